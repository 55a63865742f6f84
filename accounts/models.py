import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager):
    """Users log in by e-mail; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class JobRole(models.TextChoices):
    TRAINEE = "trainee", "Trainee teacher (ITT)"
    EARLY_CAREER = "early_career", "Early-career teacher"
    TEACHER = "teacher", "Teacher"
    MIDDLE_LEADER = "middle_leader", "Middle leader"
    SENIOR_LEADER = "senior_leader", "Senior leader"
    HEADTEACHER = "headteacher", "Headteacher"
    TEACHING_ASSISTANT = "teaching_assistant", "Teaching assistant"
    SUPPORT_STAFF = "support_staff", "Support staff"
    EARLY_YEARS = "early_years", "Early years practitioner"
    GOVERNOR = "governor", "Governor or trustee"
    CLERK = "clerk", "Clerk to governors"
    OTHER = "other", "Other"


class User(AbstractUser):
    """A person who uses Academy: a learner, a governor, a provider lead or a council officer."""

    username = None
    email = models.EmailField("e-mail address", unique=True)
    job_role = models.CharField(max_length=30, choices=JobRole.choices, blank=True)
    school = models.ForeignKey(
        "schools.School", null=True, blank=True, on_delete=models.SET_NULL, related_name="staff"
    )
    trn = models.CharField(
        "teacher reference number",
        max_length=7,
        blank=True,
        validators=[RegexValidator(r"^\d{7}$", "Enter a 7-digit teacher reference number.")],
        help_text="Optional. Your 7-digit teacher reference number (TRN).",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name", "email"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.email

    @property
    def is_governor_or_clerk(self) -> bool:
        return self.job_role in (JobRole.GOVERNOR, JobRole.CLERK)


class ConsentPurpose(models.TextChoices):
    RESEARCH = "research", "Use of my pseudonymised training record in the University's evaluation"
    NAME_ON_CREDENTIALS = "name_on_credentials", "My name on the digital badges I share"


class Consent(models.Model):
    """A consent a person gave, and when they withdrew it. Never overwritten: giving it again
    after withdrawing is a new row, so the history of what they agreed to, and when, stays."""

    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=30, choices=ConsentPurpose.choices)
    given_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "purpose"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_standing_consent_per_purpose",
            )
        ]

    def __str__(self):
        state = "withdrawn" if self.withdrawn_at else "given"
        return f"{self.person_id} {self.purpose} {state}"


def invitation_token() -> str:
    return secrets.token_urlsafe(32)


def invitation_expiry():
    return timezone.now() + timedelta(days=INVITATION_DAYS)


INVITATION_DAYS = 14


class EmailInvitation(models.Model):
    """An offer e-mailed to an address, accepted by the person who signs in with it before it
    expires. Each app keeps its own concrete invitation, with what accepting it grants, and
    accepts it through `accounts.invitations.invitation_accept`."""

    email = models.EmailField("e-mail address")
    token = models.CharField(max_length=64, unique=True, default=invitation_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)

    # The field of the concrete invitation that records what accepting it granted.
    granted_field = ""

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def is_expired(self) -> bool:
        return self.accepted_at is None and self.expires_at <= timezone.now()

    def is_for(self, user) -> bool:
        return user.is_authenticated and user.email.lower() == self.email.lower()
