from celery import shared_task
from django.utils import timezone

from . import reminders


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def send_training_reminders() -> int:
    return reminders.training_reminders_send(today=timezone.localdate())


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def send_chair_summaries() -> int:
    return reminders.chair_summaries_send(today=timezone.localdate())
