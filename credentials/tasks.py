"""Background work: thin tasks that load ids and call services. All are safe to run twice."""

from celery import shared_task
from celery.signals import worker_process_init
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Page

from . import services
from .models import Certificate


@worker_process_init.connect
def _warm_up_pdf_renderer(**kwargs):
    from .pdf import renderer_warm_up

    renderer_warm_up()


RETRY = {"acks_late": True, "autoretry_for": (Exception,), "retry_backoff": 2, "max_retries": 6}


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
    """Separate from issuing: a render that dies leaves the certificate issued, and runs again."""
    certificate = services.certificate_pdf_store(
        certificate=Certificate.objects.select_related("page").get(pk=certificate_id)
    )
    return certificate.pdf.name


@shared_task(acks_late=True)
def reconcile_awards() -> dict:
    """Issue awards whose task was lost and queue PDFs that were never rendered."""
    issued = services.award_requests_reconcile()
    unrendered = services.certificates_unrendered(older_than=services.issuing.RECONCILE_AFTER)
    queued = 0
    for certificate_id in unrendered.values_list("pk", flat=True):
        render_certificate_pdf.delay(certificate_id=str(certificate_id))
        queued += 1
    return {"issued": len(issued), "renders_queued": queued}


@shared_task(acks_late=True)
def send_expiry_reminders() -> int:
    return services.expiry_reminders_send(today=timezone.localdate())
