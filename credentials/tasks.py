"""Background work: thin tasks that load ids and call services. All are safe to run twice."""

import logging

from celery import shared_task
from celery.signals import worker_process_init
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Page

from . import services
from .models import Certificate

logger = logging.getLogger(__name__)


@worker_process_init.connect
def _warm_up_pdf_renderer(**kwargs):
    from .pdf import renderer_warm_up

    renderer_warm_up()


# Retries 5 s apart at first, doubling to at most 2 minutes (under the broker's 5-minute
# visibility timeout): 12 of them span about 16 minutes, longer than a database restart or a
# broker outage of a few minutes. Without jitter, so the span is what this comment says.
RETRY = {
    "acks_late": True,
    "autoretry_for": (Exception,),
    "retry_backoff": 5,
    "retry_backoff_max": 120,
    "retry_jitter": False,
    "max_retries": 12,
}


@shared_task(**RETRY)
def issue_award(*, learner_id: int, page_id: int, source_key: str, completed_at: str) -> str:
    certificate = services.certificate_issue(
        learner=get_user_model().objects.get(pk=learner_id),
        page=Page.objects.get(pk=page_id),
        source_key=source_key,
        completed_at=parse_datetime(completed_at),
    )
    if certificate.rendered_at is None:
        # The certificate is committed above, so a worker that dies while rendering leaves it
        # issued; the redelivered task (acks_late) finds it and renders again.
        services.certificate_pdf_store(certificate=certificate)
    return str(certificate.pk)


@shared_task(**RETRY)
def render_certificate_pdf(*, certificate_id: str) -> str:
    """Separate from issuing: a render that dies leaves the certificate issued, and runs again.
    One that still fails after every retry waits in the officers' list of overdue PDFs."""
    certificate = services.certificate_pdf_store(
        certificate=Certificate.objects.select_related("page").get(pk=certificate_id)
    )
    return certificate.pdf.name


def render_certificate_pdf_request(*, certificate_id: str) -> bool:
    """Queue a render from a web request without letting a broker fault fail it: reconciliation
    queues it again later. Returns whether it was queued."""
    try:
        render_certificate_pdf.delay(certificate_id=certificate_id)
    except Exception:
        logger.warning("Could not queue the PDF for %s", certificate_id, exc_info=True)
        return False
    return True


@shared_task(acks_late=True)
def reconcile_awards() -> dict:
    """Issue awards whose task was lost and render them in this run; queue the other PDFs that
    were never rendered (a render that fails here is queued too, to be retried)."""
    issued = services.award_requests_reconcile()
    rendered = set()
    for certificate in issued:
        try:
            services.certificate_pdf_store(certificate=certificate)
        except Exception:
            logger.exception("Reconciliation could not render %s", certificate.pk)
        else:
            rendered.add(certificate.pk)
    unrendered = services.certificates_unrendered(
        older_than=services.issuing.RECONCILE_AFTER
    ).exclude(pk__in=rendered)
    queued = 0
    for certificate_id in unrendered.values_list("pk", flat=True):
        render_certificate_pdf.delay(certificate_id=str(certificate_id))
        queued += 1
    return {"issued": len(issued), "rendered": len(rendered), "renders_queued": queued}


@shared_task(acks_late=True)
def sweep_certificate_pdfs() -> int:
    """Remove empty or orphaned PDF files (a full disk, a crash between writing and recording)."""
    return len(services.certificate_pdfs_sweep())


@shared_task(acks_late=True)
def send_expiry_reminders() -> int:
    return services.expiry_reminders_send(today=timezone.localdate())
