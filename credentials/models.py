import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q


class CreditEntry(models.Model):
    """One line of a learner's credit ledger. Append-only: revoking appends a reversal."""

    class Source(models.TextChoices):
        MODULE = "module", "Module completed"
        PATHWAY = "pathway", "Pathway award"
        PRIOR_LEARNING = "prior_learning", "Recognised prior learning"
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
    evidence = models.FileField(upload_to="credit-evidence/%Y/", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-awarded_at", "-id"]
        verbose_name_plural = "credit entries"

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
    pdf = models.FileField(upload_to="certificates/%Y/%m/", blank=True)
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

    def __str__(self) -> str:
        return f"{self.title} for {self.learner_name} ({self.code})"
