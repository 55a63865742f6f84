from celery import shared_task
from django.utils import timezone


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def send_induction_reminders() -> int:
    from . import services

    return services.induction_reminders_send(today=timezone.localdate())
