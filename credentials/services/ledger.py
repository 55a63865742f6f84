"""Writing the credit ledger by hand: prior learning in, reversals out. Nothing is deleted."""

import uuid
from datetime import date, datetime, time
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from ..models import CreditEntry


def prior_learning_record(
    *,
    learner,
    description: str,
    cpd_hours: Decimal,
    academic_credits: int,
    fheq_level: int | None,
    awarded_on: date,
    evidence,
    recorded_by,
) -> CreditEntry:
    """A council officer recognises learning done elsewhere, with the evidence they saw."""
    return CreditEntry.objects.create(
        learner=learner,
        source=CreditEntry.Source.PRIOR_LEARNING,
        source_key=f"prior-learning:{uuid.uuid4()}",
        description=description,
        cpd_hours=cpd_hours,
        academic_credits=academic_credits,
        fheq_level=fheq_level if academic_credits else None,
        awarded_at=timezone.make_aware(datetime.combine(awarded_on, time(12))),
        evidence=evidence,
        recorded_by=recorded_by,
    )


def credit_entry_reverse(*, entry: CreditEntry, reason: str, by=None) -> CreditEntry:
    """Cancel an entry by appending its opposite; reversing twice returns the first reversal."""
    with transaction.atomic():
        reversal, _created = CreditEntry.objects.get_or_create(
            source_key=f"reversal:{entry.source_key}",
            defaults={
                "learner_id": entry.learner_id,
                "source": CreditEntry.Source.REVERSAL,
                "page_id": entry.page_id,
                "description": f"Reversed: {entry.description}. {reason}"[:300],
                "cpd_hours": -entry.cpd_hours,
                "academic_credits": -entry.academic_credits,
                "fheq_level": entry.fheq_level,
                "awarded_at": timezone.now(),
                "reverses": entry,
                "recorded_by": by,
            },
        )
        return reversal
