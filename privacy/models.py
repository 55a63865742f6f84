import secrets
import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q


def private_storage():
    """Archives of a person's data are served only through a view that checks who asks."""
    return storages["private"]


def data_export_path(instance, filename: str) -> str:
    return f"data-exports/{secrets.token_urlsafe(24)}.zip"


class DataExport(models.Model):
    """One "download my data" archive: built in the background, offered for a week, then
    deleted by the retention task (file and row)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to=data_export_path, storage=private_storage, blank=True)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(ready_at__isnull=True),
                name="one_data_export_being_built_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"Data export {self.pk} for {self.person_id}"


class ErasureRequest(models.Model):
    """A person's request to be erased, and the officer's decision on it. The row outlives the
    erasure as its record: it then names only the pseudonym the account became."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Waiting for review"
        APPROVED = "approved", "Approved and carried out"
        REFUSED = "refused", "Refused"
        WITHDRAWN = "withdrawn", "Withdrawn by the person"

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="erasure_requests",
    )
    pseudonym = models.CharField(max_length=40, unique=True)
    reason = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    outcome = models.JSONField(
        default=dict, blank=True, help_text="What was deleted, pseudonymised and kept: counts."
    )

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(status="requested"),
                name="one_open_erasure_request_per_person",
            )
        ]
        permissions = [
            ("review_erasure", "Can review, approve and refuse erasure requests"),
            ("view_access_log", "Can search the log of who opened whose record"),
        ]

    def __str__(self) -> str:
        return f"Erasure request {self.pseudonym} ({self.status})"


class RetentionRun(models.Model):
    """What one run of the retention schedule removed, for the officers' record."""

    ran_at = models.DateTimeField(auto_now_add=True)
    removed = models.JSONField(default=dict)

    class Meta:
        ordering = ["-ran_at"]

    def __str__(self) -> str:
        return f"Retention run at {self.ran_at:%Y-%m-%d %H:%M}"
