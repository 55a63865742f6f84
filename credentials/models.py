import secrets
import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .codes import code_display


def _private_path(folder: str, extension: str) -> str:
    """A random, unguessable file name: these files are only ever served through a view."""
    return f"{folder}/{secrets.token_urlsafe(24)}{extension}"


def private_storage():
    """Certificates and evidence live outside MEDIA_ROOT, where no web server serves them."""
    return storages["private"]


def certificate_pdf_path(instance, filename: str) -> str:
    return _private_path("certificates", ".pdf")


def credit_evidence_path(instance, filename: str) -> str:
    extension = "." + filename.rsplit(".", 1)[-1].lower()[:8] if "." in filename else ""
    return _private_path("credit-evidence", extension)


class CreditEntry(models.Model):
    """One line of a learner's credit ledger. Append-only: revoking appends a reversal."""

    class Source(models.TextChoices):
        MODULE = "module", "Module completed"
        PATHWAY = "pathway", "Pathway award"
        PRIOR_LEARNING = "prior_learning", "Recognised prior learning"
        MENTORING = "mentoring", "Mentoring and coaching"
        MENTOR_TRAINING = "mentor_training", "Mentor training"
        REVERSAL = "reversal", "Reversal"

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="credit_entries"
    )
    source = models.CharField(max_length=20, choices=Source.choices)
    source_key = models.CharField(
        max_length=120, unique=True, help_text="What this entry is for, so it is written once."
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    description = models.CharField(max_length=300)
    cpd_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    academic_credits = models.SmallIntegerField(default=0)
    fheq_level = models.PositiveSmallIntegerField(null=True, blank=True)
    awarded_at = models.DateTimeField()
    reverses = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversed_by"
    )
    evidence = models.FileField(upload_to=credit_evidence_path, storage=private_storage, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-awarded_at", "-id"]
        verbose_name_plural = "credit entries"
        permissions = [("record_prior_learning", "Can record prior learning and read its evidence")]

    def __str__(self) -> str:
        return f"{self.description}: {self.cpd_hours} hours, {self.academic_credits} credits"


class Certificate(models.Model):
    """Proof of a completed module or pathway award; its facts are a snapshot taken at issue."""

    class Status(models.TextChoices):
        VALID = "valid", "Valid"
        SUPERSEDED = "superseded", "Replaced by a renewal"
        REVOKED = "revoked", "Revoked"

    class Kind(models.TextChoices):
        MODULE = "module", "Module"
        PATHWAY = "pathway", "Pathway award"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(max_length=16, unique=True)
    source_key = models.CharField(
        max_length=120, unique=True, help_text="The completion this certificate is for."
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.MODULE)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    learner_name = models.CharField(max_length=300)
    title = models.CharField(max_length=300)
    provider_name = models.CharField(max_length=300, blank=True)
    cpd_hours = models.DecimalField(max_digits=6, decimal_places=1, default=0)
    academic_credits = models.SmallIntegerField(default=0)
    fheq_level = models.PositiveSmallIntegerField(null=True, blank=True)
    completed_at = models.DateTimeField()
    issued_at = models.DateTimeField()
    expires_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.VALID)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    validity_months = models.PositiveSmallIntegerField(null=True, blank=True)
    pdf = models.FileField(upload_to=certificate_pdf_path, storage=private_storage, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "page"],
                condition=Q(status="valid"),
                name="one_valid_certificate_per_learner_and_page",
            )
        ]
        indexes = [models.Index(fields=["learner", "page", "status"])]
        permissions = [("revoke_certificate", "Can revoke a certificate and reverse its credits")]

    def __str__(self) -> str:
        return f"{self.title} for {self.learner_name} ({self.code})"

    @property
    def is_expired(self) -> bool:
        """Expiry is derived from the date, never stored: a valid certificate can be out of date."""
        return self.expires_on is not None and timezone.localdate() > self.expires_on

    @property
    def expires_on(self):
        """The last day the certificate is valid (it is valid through this date)."""
        return timezone.localdate(self.expires_at) if self.expires_at else None

    @property
    def is_current(self) -> bool:
        return self.status == self.Status.VALID and not self.is_expired

    @property
    def state(self) -> str:
        """One word for what the certificate is worth today: valid, expired, revoked or superseded."""
        if self.status == self.Status.REVOKED:
            return "revoked"
        if self.status == self.Status.SUPERSEDED:
            return "superseded"
        return "expired" if self.is_expired else "valid"

    @property
    def code_display(self) -> str:
        return code_display(self.code)


class CertificateEvent(models.Model):
    """The audit trail of a certificate: who issued, replaced or revoked it, when and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", "Issued"
        SUPERSEDED = "superseded", "Replaced by a renewal"
        REVOKED = "revoked", "Revoked"

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events")
    action = models.CharField(max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class AwardRequest(models.Model):
    """A completion waiting for its award, written in the completing transaction so that a lost
    task (broker down, worker killed) is found and issued by the reconciliation job."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="award_requests"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    source_key = models.CharField(max_length=120, unique=True)
    completed_at = models.DateTimeField()
    requested_at = models.DateTimeField(default=timezone.now)
    issued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at"]
        indexes = [models.Index(fields=["issued_at", "requested_at"])]

    def __str__(self) -> str:
        return self.source_key


class ExpiryReminder(models.Model):
    """A reminder e-mail sent, so each certificate gets each kind of reminder once."""

    class Kind(models.TextChoices):
        EXPIRES_SOON = "expires_soon", "Expires within 30 days"
        EXPIRED = "expired", "Expired"

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate", "kind"], name="one_reminder_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind} reminder for {self.certificate_id}"


@register_setting(icon="doc-full")
class MastersAwardRules(BaseGenericSetting):
    """How the University counts recognised prior learning toward its masters awards, as data
    the council officer keeps in step with the University's policy."""

    prior_learning_percent = models.PositiveSmallIntegerField(
        "Recognised prior learning may count for at most (per cent of an award's credits)",
        default=50,
        validators=[MaxValueValidator(100)],
        help_text="Universities commonly allow a third to a half. At 50, up to 30 of the 60 "
        "credits of a Postgraduate Certificate may be recognised prior learning. 0 means "
        "prior learning does not count toward the awards.",
    )

    panels = [
        HelpPanel(
            content="<p>The Academy records credits at FHEQ level 7 and shows learners how "
            "close they are to each of the University's awards (Postgraduate Certificate 60, "
            "Postgraduate Diploma 120, MA 180). The University makes the award.</p>"
        ),
        FieldPanel("prior_learning_percent"),
    ]

    class Meta:
        verbose_name = "masters award rules"
        verbose_name_plural = "masters award rules"


class CredentialHolder(models.Model):
    """The opaque, stable identifier a learner carries in every credential (`sub` and
    credentialSubject.id): a random UUID, so a credential names no e-mail or account number."""

    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="credential_holder"
    )
    subject_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.subject_urn

    @property
    def subject_urn(self) -> str:
        return f"urn:uuid:{self.subject_id}"


class StatusListEntry(models.Model):
    """A certificate's place in the Bitstring Status List: the bit at `index` says revoked."""

    certificate = models.OneToOneField(
        Certificate, on_delete=models.PROTECT, related_name="status_list_entry"
    )

    class Meta:
        verbose_name_plural = "status list entries"

    def __str__(self) -> str:
        return f"{self.index} for {self.certificate_id}"

    @property
    def index(self) -> int:
        """The auto-increment id, from 0: unique and never reused without any locking."""
        return self.pk - 1
