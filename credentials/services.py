"""Issuing credits and certificates. Other apps call these; nothing else writes the models."""

from datetime import datetime

from dateutil.relativedelta import relativedelta
from django.db import IntegrityError, transaction
from django.utils import timezone

from .codes import code_generate
from .models import Certificate, CreditEntry


def award_schedule(
    *, learner_id: int, page_id: int, source_key: str, completed_at: datetime
) -> None:
    """Ask the worker to issue what a completion earns, once the caller's transaction commits."""
    from .tasks import issue_award

    issue_award.delay_on_commit(
        learner_id=learner_id,
        page_id=page_id,
        source_key=source_key,
        completed_at=completed_at.isoformat(),
    )


def _page_facts(page) -> dict:
    """What a certificate snapshots from a module or pathway page."""
    specific = page.specific
    parent = specific.get_parent()
    kind = (
        Certificate.Kind.MODULE
        if specific._meta.model_name == "modulepage"
        else Certificate.Kind.PATHWAY
    )
    return {
        "kind": kind,
        "title": specific.title,
        "provider_name": parent.title if kind == Certificate.Kind.MODULE and parent else "",
        "cpd_hours": getattr(specific, "cpd_hours", 0) or 0,
        "academic_credits": getattr(specific, "academic_credits", 0) or 0,
        "fheq_level": getattr(specific, "fheq_level", None),
        "validity_months": getattr(specific, "validity_months", None),
    }


def certificate_issue(*, learner, page, source_key: str, completed_at: datetime) -> Certificate:
    """Issue the certificate (and ledger entry) for one completion; running it again returns the first."""
    existing = Certificate.objects.filter(source_key=source_key).first()
    if existing:
        return existing
    facts = _page_facts(page)
    now = timezone.now()
    validity = facts.pop("validity_months")
    expires_at = completed_at + relativedelta(months=validity) if validity else None
    try:
        with transaction.atomic():
            if facts["kind"] == Certificate.Kind.MODULE and (
                facts["cpd_hours"] or facts["academic_credits"]
            ):
                CreditEntry.objects.get_or_create(
                    source_key=source_key,
                    defaults={
                        "learner": learner,
                        "source": CreditEntry.Source.MODULE,
                        "page": page,
                        "description": facts["title"],
                        "cpd_hours": facts["cpd_hours"],
                        "academic_credits": facts["academic_credits"],
                        "fheq_level": facts["fheq_level"],
                        "awarded_at": completed_at,
                    },
                )
            Certificate.objects.filter(
                learner=learner, page=page, status=Certificate.Status.VALID
            ).update(status=Certificate.Status.SUPERSEDED, status_changed_at=now)
            return Certificate.objects.create(
                code=code_generate(),
                source_key=source_key,
                learner=learner,
                page=page,
                learner_name=learner.display_name,
                completed_at=completed_at,
                issued_at=now,
                expires_at=expires_at,
                **facts,
            )
    except IntegrityError:
        # A concurrent run issued it first: that one stands.
        return Certificate.objects.get(source_key=source_key)
