"""One way to send e-mail. `email_send` renders it and writes it to the outbox in the caller's
transaction; once that commits a worker hands it to the mail server, at most once, with the
Message-ID it was given when written. See the README's Production section for the guarantee."""

import logging
import smtplib
from collections.abc import Sequence
from datetime import timedelta
from email.utils import make_msgid
from typing import NamedTuple
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone

from . import smtp
from .links import site_url
from .models import OutboundEmail
from .tasks import deliver_email

logger = logging.getLogger(__name__)

PENDING_AFTER = timedelta(minutes=10)
GIVE_UP_AFTER = timedelta(days=2)
KEEP_FOR = timedelta(days=30)


class Attachment(NamedTuple):
    """A text file sent with an e-mail."""

    name: str
    mimetype: str
    content: str


def _html_template(name: str):
    try:
        return get_template(name)
    except TemplateDoesNotExist:
        return None


def email_send(
    *, to: str, template: str, context: dict, attachments: Sequence[Attachment] = ()
) -> OutboundEmail:
    """Render `<template>_subject.txt`, `_message.txt` and (if there is one) `_message.html`,
    and queue the e-mail to go once the caller's transaction commits, with any text files
    `attachments` names (a calendar invitation)."""
    context = {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": site_url("/"),
        "organisation": settings.ACADEMY_ORGANISATION,
        **context,
    }
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    context["subject"] = subject
    html = _html_template(f"{template}_message.html")
    email = OutboundEmail.objects.create(
        to=to,
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        text=render_to_string(f"{template}_message.txt", context).strip(),
        html=html.render(context) if html else "",
        message_id=make_msgid(domain=urlsplit(site_url("/")).hostname),
        attachments=[attachment._asdict() for attachment in attachments],
    )
    # robust: a broker that is down must not undo the sender's work; the sweep sends it later.
    transaction.on_commit(lambda: deliver_email.delay(email_id=email.pk), robust=True)
    return email


class _HandedOverElsewhere(Exception):
    pass


def email_deliver(*, email_id: int) -> bool:
    """Hand one e-mail from the outbox to the mail server unless it was handed over before.

    The hand-over is recorded (and committed) just before the message's final line goes, so a
    worker killed earlier leaves it to be sent again, and one killed later never sends it twice.
    Returns whether this call sent it."""
    email = OutboundEmail.objects.filter(pk=email_id).first()
    if email is None:
        return False
    if email.handed_over_at:
        if email.sent_at is None:
            logger.warning(
                "E-mail %s %s was handed to the mail server at %s with no reply; not sent again.",
                email.pk,
                email.message_id,
                email.handed_over_at.isoformat(),
            )
        return False
    claimed = False

    def hand_over():
        nonlocal claimed
        pending = OutboundEmail.objects.filter(pk=email.pk, handed_over_at__isnull=True)
        if not pending.update(handed_over_at=timezone.now()):
            raise _HandedOverElsewhere
        claimed = True

    connection = get_connection()
    try:
        if isinstance(connection, smtp.EmailBackend):
            connection.before_final_dot = hand_over
        else:
            hand_over()
        connection.send_messages([email.message()])
    except _HandedOverElsewhere:
        return False
    except smtplib.SMTPResponseException:
        # The server answered that it did not take the message: it may be tried again.
        if claimed:
            OutboundEmail.objects.filter(pk=email.pk).update(handed_over_at=None)
        raise
    OutboundEmail.objects.filter(pk=email.pk).update(sent_at=timezone.now())
    return True


def emails_pending_queue() -> int:
    """Queue every e-mail still waiting after PENDING_AFTER (up to GIVE_UP_AFTER), and delete
    those handed over more than KEEP_FOR ago. Returns how many were queued."""
    now = timezone.now()
    OutboundEmail.objects.filter(handed_over_at__lt=now - KEEP_FOR).delete()
    pending = OutboundEmail.objects.filter(
        handed_over_at__isnull=True,
        created_at__lt=now - PENDING_AFTER,
        created_at__gte=now - GIVE_UP_AFTER,
    ).values_list("pk", flat=True)
    queued = 0
    for email_id in pending:
        deliver_email.delay(email_id=email_id)
        queued += 1
    return queued
