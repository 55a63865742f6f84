"""What credentials does. Other apps call these functions; nothing else writes its models."""

from .issuing import (
    award_requests_reconcile,
    award_schedule,
    certificate_issue,
    credential_holder,
    status_list_entry,
)
from .ledger import cpd_time_record, credit_entry_reverse, prior_learning_record
from .reminders import expiry_reminders_send
from .rendering import certificate_pdf_store, certificate_pdfs_sweep, certificates_unrendered
from .revocation import certificate_revoke

__all__ = [
    "award_requests_reconcile",
    "award_schedule",
    "certificate_issue",
    "certificate_pdf_store",
    "certificate_pdfs_sweep",
    "certificate_revoke",
    "certificates_unrendered",
    "cpd_time_record",
    "credential_holder",
    "credit_entry_reverse",
    "expiry_reminders_send",
    "prior_learning_record",
    "status_list_entry",
]
