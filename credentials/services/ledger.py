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
    source_key: str | None = None,
) -> CreditEntry:
    """A council officer recognises learning done elsewhere, with the evidence they saw."""
    entry, _created = CreditEntry.objects.get_or_create(
        source_key=source_key or f"prior-learning:{uuid.uuid4()}",
        defaults=dict(
            learner=learner,
            source=CreditEntry.Source.PRIOR_LEARNING,
            description=description,
            cpd_hours=cpd_hours,
            academic_credits=academic_credits,
            fheq_level=fheq_level if academic_credits else None,
            awarded_at=timezone.make_aware(datetime.combine(awarded_on, time(12))),
            evidence=evidence,
            recorded_by=recorded_by,
        ),
    )
    return entry


def cpd_time_record(
    *,
    learner,
    source_key: str,
    description: str,
    cpd_hours: Decimal,
    awarded_at: datetime,
    source: str = CreditEntry.Source.MENTORING,
) -> CreditEntry:
    """CPD time spent mentoring, being mentored or in mentor training: hours, never credits,
    written once per key."""
    entry, _created = CreditEntry.objects.get_or_create(
        source_key=source_key,
        defaults=dict(
            learner=learner,
            source=source,
            description=description[:300],
            cpd_hours=cpd_hours,
            awarded_at=awarded_at,
        ),
    )
    return entry


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
                "awarded_at": entry.awarded_at,  # nets out in the same academic year
                "reverses": entry,
                "recorded_by": by,
            },
        )
        return reversal


def hours_entry_set(
    *, learner, page, key: str, cpd_hours: Decimal, description: str, awarded_at, by=None
) -> CreditEntry | None:
    """Keep the CPD hours recorded under `key` (one learner's attendance at a live session) at
    `cpd_hours`: a changed figure reverses the entry standing and appends a new one, so the
    ledger always nets to the latest figure and nothing is deleted. Zero leaves none standing."""
    with transaction.atomic():
        written = CreditEntry.objects.select_for_update(of=("self",)).filter(
            learner=learner, source_key__startswith=f"{key}:"
        )
        standing = written.filter(reversed_by__isnull=True).order_by("-pk").first()
        if standing is not None and standing.cpd_hours == cpd_hours:
            return standing
        if standing is not None:
            credit_entry_reverse(entry=standing, reason="The register was corrected", by=by)
        if not cpd_hours:
            return None
        return CreditEntry.objects.create(
            source_key=f"{key}:{written.count() + 1}",
            learner=learner,
            source=CreditEntry.Source.MODULE,
            page=page,
            description=description[:300],
            cpd_hours=cpd_hours,
            awarded_at=awarded_at,
            recorded_by=by,
        )
