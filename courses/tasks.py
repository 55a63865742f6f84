"""Background work for content: pages scheduled to go live (or to expire) do so on time."""

from celery import shared_task
from django.core.management import call_command


@shared_task(acks_late=True)
def publish_scheduled_pages() -> None:
    """Wagtail's `publish_scheduled`: modules approved to open later, with their lessons."""
    call_command("publish_scheduled")
