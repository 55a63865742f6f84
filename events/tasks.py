"""Background work for events: thin tasks that call services. Safe to run twice."""

from celery import shared_task


@shared_task(acks_late=True)
def send_reminders() -> int:
    from . import services

    return services.reminders_send()
