"""Consents a person gives and withdraws (research use, their name on shared credentials)."""

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from .models import Consent, ConsentPurpose, User


def consent_has(person: User, purpose: str) -> bool:
    return Consent.objects.filter(person=person, purpose=purpose, withdrawn_at=None).exists()


def people_consenting(purpose: str) -> QuerySet[User]:
    """Everyone with a standing consent for ``purpose``: a subquery, not a list."""
    return User.objects.filter(
        consents__purpose=purpose, consents__withdrawn_at=None, is_active=True
    ).distinct()


def consent_give(person: User, purpose: str) -> Consent:
    """Give consent (a no-op, returning the standing row, if it is already given)."""
    if purpose not in ConsentPurpose.values:
        raise ValueError(f"Unknown consent purpose {purpose!r}")
    standing = Consent.objects.filter(person=person, purpose=purpose, withdrawn_at=None).first()
    if standing:
        return standing
    try:
        with transaction.atomic():
            return Consent.objects.create(person=person, purpose=purpose)
    except IntegrityError:  # given at the same moment in another request
        return Consent.objects.get(person=person, purpose=purpose, withdrawn_at=None)


def consent_withdraw(person: User, purpose: str) -> int:
    """Withdraw a standing consent; returns how many rows changed (0 if none was standing)."""
    return Consent.objects.filter(person=person, purpose=purpose, withdrawn_at=None).update(
        withdrawn_at=timezone.now()
    )
