from celery import shared_task
from django.contrib.auth import get_user_model
from django.utils.dateparse import parse_datetime
from wagtail.models import Page

from . import services


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=5)
def issue_award(*, learner_id: int, page_id: int, source_key: str, completed_at: str) -> str:
    certificate = services.certificate_issue(
        learner=get_user_model().objects.get(pk=learner_id),
        page=Page.objects.get(pk=page_id),
        source_key=source_key,
        completed_at=parse_datetime(completed_at),
    )
    return str(certificate.pk)
