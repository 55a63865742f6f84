"""Issuing what a completion earns: a ledger entry and a certificate, once, even under races."""

import logging
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..codes import code_generate
from ..hooks import certificate_changed_announce
from ..models import (
    AwardRequest,
    Certificate,
    CertificateEvent,
    CredentialHolder,
    CreditEntry,
    StatusListEntry,
)
from ..renewal import expiry_after_completion

logger = logging.getLogger(__name__)

RECONCILE_AFTER = timedelta(minutes=1)


def award_schedule(
    *, learner_id: int, page_id: int, source_key: str, completed_at: datetime
) -> None:
    """Ask the worker to issue what a completion earns, once the caller's transaction commits.

    The request row is written in the caller's transaction, so if the broker is down the
    reconciliation job still finds it; a broker error after the commit is logged, never raised
    into the learner's request (`robust=True`), because the completion itself has been saved."""
    from ..tasks import issue_award

    AwardRequest.objects.get_or_create(
        source_key=source_key,
        defaults={"learner_id": learner_id, "page_id": page_id, "completed_at": completed_at},
    )

    def send_issue_award():
        issue_award.delay(
            learner_id=learner_id,
            page_id=page_id,
            source_key=source_key,
            completed_at=completed_at.isoformat(),
        )

    transaction.on_commit(send_issue_award, robust=True)


def _page_facts(page) -> dict:
    """What a certificate snapshots from a module or pathway page."""
    specific = page.specific
    parent = specific.get_parent()
    is_module = specific._meta.model_name == "modulepage"
    return {
        "kind": Certificate.Kind.MODULE if is_module else Certificate.Kind.PATHWAY,
        "title": getattr(specific, "award_name", None) or specific.title,
        "provider_name": parent.title if is_module and parent else "",
        "cpd_hours": getattr(specific, "cpd_hours", 0) or 0,
        "academic_credits": getattr(specific, "academic_credits", 0) or 0,
        "fheq_level": getattr(specific, "fheq_level", None),
        "validity_months": getattr(specific, "validity_months", None) or None,
    }


def _ledger_entry_add(*, learner, page, source_key: str, facts: dict, completed_at) -> None:
    """A module's hours count every time it is completed; its academic credits only once."""
    if facts["kind"] != Certificate.Kind.MODULE:
        return
    credits = facts["academic_credits"]
    if credits and (
        Certificate.objects.filter(learner=learner, page=page)
        .exclude(status=Certificate.Status.REVOKED)
        .exists()
    ):
        credits = 0
    if not (facts["cpd_hours"] or credits):
        return
    # One INSERT ... ON CONFLICT DO NOTHING: an entry already written for this completion stays.
    CreditEntry.objects.bulk_create(
        [
            CreditEntry(
                source_key=source_key,
                learner=learner,
                source=CreditEntry.Source.MODULE,
                page=page,
                description=facts["title"],
                cpd_hours=facts["cpd_hours"],
                academic_credits=credits,
                fheq_level=facts["fheq_level"] if credits else None,
                awarded_at=completed_at,
            )
        ],
        ignore_conflicts=True,
    )


def credential_holder(*, learner) -> CredentialHolder:
    """The learner's opaque credential identifier, made the first time it is needed."""
    holder = CredentialHolder.objects.filter(learner=learner).first()
    if holder is not None:
        return holder
    try:
        with transaction.atomic():
            return CredentialHolder.objects.create(learner=learner)
    except IntegrityError:  # made at the same moment by another request
        return CredentialHolder.objects.get(learner=learner)


def status_list_entry(*, certificate: Certificate) -> StatusListEntry:
    """The certificate's place in the status list (given at issue; made here for any made
    another way)."""
    try:
        return certificate.status_list_entry
    except StatusListEntry.DoesNotExist:
        entry, _created = StatusListEntry.objects.get_or_create(certificate=certificate)
        return entry


def _certificate_create(*, learner, page, source_key: str, completed_at, facts: dict):
    now = timezone.now()
    with transaction.atomic():
        # One issue at a time for a learner: the lock on their valid certificate below holds
        # nothing when there is none yet, and a row superseded meanwhile no longer matches, so
        # eight racing completions could each lose to another in turn past every retry. The
        # learner's row always exists; NO KEY leaves rows that refer to the learner free.
        get_user_model().objects.select_for_update(no_key=True).filter(pk=learner.pk).exists()
        previous = (
            Certificate.objects.select_for_update()
            .filter(learner=learner, page=page, status=Certificate.Status.VALID)
            .first()
        )
        expires_at = expiry_after_completion(
            completed_at=completed_at,
            validity_months=facts["validity_months"],
            previous_expires_at=previous.expires_at if previous else None,
        )
        _ledger_entry_add(
            learner=learner,
            page=page,
            source_key=source_key,
            facts=facts,
            completed_at=completed_at,
        )
        if previous:
            previous.status = Certificate.Status.SUPERSEDED
            previous.status_changed_at = now
            previous.save(update_fields=["status", "status_changed_at"])
            CertificateEvent.objects.create(
                certificate=previous, action=CertificateEvent.Action.SUPERSEDED, at=now
            )
        certificate = Certificate.objects.create(
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
        CertificateEvent.objects.create(
            certificate=certificate, action=CertificateEvent.Action.ISSUED, at=now
        )
        StatusListEntry.objects.create(certificate=certificate)
        credential_holder(learner=learner)
        AwardRequest.objects.filter(source_key=source_key, issued_at__isnull=True).update(
            issued_at=now
        )
        certificate_changed_announce(learner_id=learner.pk, page_id=page.pk)
        return certificate


def certificate_issue(*, learner, page, source_key: str, completed_at: datetime) -> Certificate:
    """Issue the certificate (and ledger entry) for one completion; running it again returns the
    first. A renewal supersedes the learner's valid certificate for the same page."""
    facts = _page_facts(page)
    for _attempt in range(5):
        existing = Certificate.objects.filter(source_key=source_key).first()
        if existing:
            AwardRequest.objects.filter(source_key=source_key, issued_at__isnull=True).update(
                issued_at=existing.issued_at
            )
            return existing
        try:
            return _certificate_create(
                learner=learner,
                page=page,
                source_key=source_key,
                completed_at=completed_at,
                facts=facts,
            )
        except IntegrityError:
            # Another run won the race: for this completion (we return its certificate above)
            # or for another completion of the same page (we now supersede it).
            continue
    raise RuntimeError(f"Could not issue a certificate for {source_key} after 5 attempts.")


def award_requests_reconcile(*, older_than: timedelta = RECONCILE_AFTER) -> list[Certificate]:
    """Issue every award whose task never ran (broker down, worker lost); returns those issued."""
    issued = []
    cutoff = timezone.now() - older_than
    pending = AwardRequest.objects.filter(issued_at__isnull=True, requested_at__lte=cutoff)
    for request in pending.select_related("learner", "page"):
        try:
            certificate = certificate_issue(
                learner=request.learner,
                page=request.page,
                source_key=request.source_key,
                completed_at=request.completed_at,
            )
        except Exception:
            logger.exception("Reconciliation could not issue %s", request.source_key)
            continue
        issued.append(certificate)
    return issued
