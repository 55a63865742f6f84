from celery import shared_task


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=6)
def deliver_email(*, email_id: int) -> bool:
    from .emails import email_deliver

    return email_deliver(email_id=email_id)


@shared_task(acks_late=True)
def deliver_pending_emails() -> int:
    """Queue e-mails whose delivery task was lost (a broker outage at commit), and forget old ones."""
    from .emails import emails_pending_queue

    return emails_pending_queue()
