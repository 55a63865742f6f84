"""Retention: personal data is kept only as long as its settings say, applied every night by
``privacy.tasks.apply_retention``, which logs (and records) what it removed.

- Archives of a person's data: ``PRIVACY_EXPORT_DAYS`` after they are ready.
- Invitations never accepted (to a school role or a board): ``PRIVACY_INVITATION_DAYS``.
- Accounts whose address was never confirmed and that never signed in:
  ``PRIVACY_UNCONFIRMED_ACCOUNT_DAYS`` after they were made, when they hold nothing (an
  account a school or board made for its staff is theirs to end).
- Learning records: ``PRIVACY_LEARNING_RECORD_YEARS`` after the person leaves, that is after
  their last sign-in (or joining, if they never signed in) while no school employs them and
  no board has them: the account is erased as an approved request would erase it, so
  certificates stay verifiable with the name withheld.
"""

import logging
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.db.models.deletion import ProtectedError, RestrictedError
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.privacy import ERASED_DOMAIN
from governors.models import Governorship, Invitation
from workforce.models import Employment, RoleInvitation

from ..models import RetentionRun
from .erasure import person_erase
from .exporting import data_exports_expired_delete

logger = logging.getLogger(__name__)


def _unconfirmed_accounts(cutoff):
    confirmed = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    return (
        get_user_model()
        .objects.filter(date_joined__lt=cutoff, last_login__isnull=True)
        .exclude(Exists(confirmed))
        .exclude(email__endswith=f"@{ERASED_DOMAIN}")
        .exclude(Q(is_staff=True) | Q(is_superuser=True))
    )


def _left_long_ago(cutoff):
    return (
        get_user_model()
        .objects.alias(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=cutoff)
        .exclude(email__endswith=f"@{ERASED_DOMAIN}")
        .exclude(Q(is_staff=True) | Q(is_superuser=True))
        .exclude(Exists(Employment.objects.filter(person=OuterRef("pk"), left_on__isnull=True)))
        .exclude(Exists(Governorship.objects.filter(governor=OuterRef("pk"), ended_on=None)))
    )


def retention_apply(*, now=None) -> RetentionRun:
    """Remove what has outlived its period; returns the run's record of what went."""
    now = now or timezone.now()
    removed = {"data exports": data_exports_expired_delete(now=now)}

    cutoff = now - timedelta(days=settings.PRIVACY_INVITATION_DAYS)
    removed["school role invitations"] = RoleInvitation.objects.filter(
        accepted_at__isnull=True, created_at__lt=cutoff
    ).delete()[0]
    removed["board invitations"] = Invitation.objects.filter(
        accepted_at__isnull=True, created_at__lt=cutoff
    ).delete()[0]

    cutoff = now - timedelta(days=settings.PRIVACY_UNCONFIRMED_ACCOUNT_DAYS)
    deleted = 0
    for user in _unconfirmed_accounts(cutoff):
        try:
            with transaction.atomic():
                user.delete()
            deleted += 1
        except (ProtectedError, RestrictedError):
            continue  # a school or board holds records for them: they are staff, not strays
    removed["unconfirmed accounts deleted"] = deleted

    erased = 0

    cutoff = now - timedelta(days=365 * settings.PRIVACY_LEARNING_RECORD_YEARS)
    for user in _left_long_ago(cutoff):
        person_erase(person=user, pseudonym=f"erased-{secrets.token_hex(8)}")
        erased += 1
    removed["accounts erased after their retention period"] = erased

    run = RetentionRun.objects.create(removed=removed)
    logger.info("Retention removed: %s", ", ".join(f"{k} {v}" for k, v in removed.items()))
    return run
