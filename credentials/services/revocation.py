"""Revoking a certificate: status, reason and who did it, a reversing ledger entry, a new PDF."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ..hooks import certificate_changed_announce
from ..models import Certificate, CertificateEvent, CreditEntry
from .ledger import credit_entry_reverse


def certificate_revoke(*, certificate: Certificate, reason: str, by) -> Certificate:
    """Withdraw a certificate for a stated reason; its credits are reversed, its history kept."""
    from ..tasks import render_certificate_pdf

    reason = reason.strip()
    if not reason:
        raise ValidationError("Enter the reason for revoking this certificate.")
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status == Certificate.Status.REVOKED:
            return certificate
        now = timezone.now()
        certificate.status = Certificate.Status.REVOKED
        certificate.status_changed_at = now
        certificate.revoked_reason = reason
        certificate.revoked_by = by
        certificate.rendered_at = None
        certificate.save(
            update_fields=[
                "status",
                "status_changed_at",
                "revoked_reason",
                "revoked_by",
                "rendered_at",
            ]
        )
        CertificateEvent.objects.create(
            certificate=certificate,
            action=CertificateEvent.Action.REVOKED,
            actor=by,
            reason=reason,
            at=now,
        )
        certificate_changed_announce(learner_id=certificate.learner_id, page_id=certificate.page_id)
        entry = CreditEntry.objects.filter(source_key=certificate.source_key).first()
        if entry is not None:
            credit_entry_reverse(entry=entry, reason=f"Certificate revoked: {reason}", by=by)
        transaction.on_commit(
            lambda: render_certificate_pdf.delay(certificate_id=str(certificate.pk)), robust=True
        )
    return certificate


def award_withdraw(*, learner, page, source_key: str, completed_at, reason: str, by) -> Certificate:
    """Take back what a completion earned when the completion itself is undone (a register
    corrected): its certificate is issued now if its task has not yet run, so the task can never
    issue it later, then revoked with its ledger entry reversed. Idempotent."""
    from .issuing import certificate_issue

    with transaction.atomic():
        certificate = certificate_issue(
            learner=learner, page=page, source_key=source_key, completed_at=completed_at
        )
        return certificate_revoke(certificate=certificate, reason=reason, by=by)
