"""Expiry reminders: one e-mail per certificate per kind, however often the job runs."""

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse

from academy_site.emails import email_send
from academy_site.links import site_url

from ..models import Certificate, ExpiryReminder
from ..renewal import long_date, renewal_sentence

EXPIRES_SOON_DAYS = 30


def _due(*, today: date):
    """(certificate, kind) pairs: expiring within 30 days, or expired yesterday."""
    valid = Certificate.objects.filter(status=Certificate.Status.VALID, expires_at__isnull=False)
    valid = valid.select_related("learner")
    soon = valid.filter(
        expires_at__date__gte=today, expires_at__date__lte=today + timedelta(days=EXPIRES_SOON_DAYS)
    ).exclude(_already_sent(ExpiryReminder.Kind.EXPIRES_SOON))
    expired = valid.filter(expires_at__date=today - timedelta(days=1)).exclude(
        _already_sent(ExpiryReminder.Kind.EXPIRED)
    )
    yield from ((certificate, ExpiryReminder.Kind.EXPIRES_SOON) for certificate in soon)
    yield from ((certificate, ExpiryReminder.Kind.EXPIRED) for certificate in expired)


def _already_sent(kind: str):
    from django.db.models import Exists, OuterRef, Q

    return Q(
        Exists(ExpiryReminder.objects.filter(certificate=OuterRef("pk"), kind=kind)),
    )


def _send(*, certificate: Certificate, kind: str, today: date) -> None:
    email_send(
        to=certificate.learner.email,
        template="credentials/emails/expiry_reminder",
        context={
            "certificate": certificate,
            "expired": kind == ExpiryReminder.Kind.EXPIRED,
            "expires_on": long_date(certificate.expires_on),
            "renewal": renewal_sentence(certificate=certificate, today=today),
            "module_url": site_url(certificate.page.url or "")
            if certificate.page_id
            else site_url(),
            "certificates_url": site_url(reverse("credentials:my_certificates")),
        },
    )


def expiry_reminders_send(*, today: date) -> int:
    """Send each due reminder once: the reminder row and its e-mail in the outbox commit together."""
    sent = 0
    for certificate, kind in list(_due(today=today)):
        try:
            with transaction.atomic():
                ExpiryReminder.objects.create(certificate=certificate, kind=kind)
                _send(certificate=certificate, kind=kind, today=today)
        except IntegrityError:
            continue  # another run sent it
        sent += 1
    return sent
