from celery import shared_task
from django.utils import timezone

from . import summaries


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def send_overdue_summaries() -> int:
    return summaries.overdue_summaries_send(today=timezone.localdate())
