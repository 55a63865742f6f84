from celery import shared_task
from django.utils import timezone

from . import reminders
from .standings import standings_rebuild


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def send_training_reminders() -> int:
    return reminders.training_reminders_send(today=timezone.localdate())


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def send_chair_summaries() -> int:
    return reminders.chair_summaries_send(today=timezone.localdate())


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def rebuild_training_standings() -> int:
    """The nightly backstop: recompute the compliance summary the writers keep."""
    return standings_rebuild()
