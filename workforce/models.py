from django.conf import settings
from django.db import models
from django.db.models import Q

from accounts.models import EmailInvitation, JobRole, invitation_token


class EmploymentQuerySet(models.QuerySet):
    def current(self, *, today):
        """Employments the person has confirmed that have started and not ended on `today`
        (the leaving day is not): the only ones through which a school sees anyone."""
        return self.filter(confirmed_at__isnull=False, started_on__lte=today).filter(
            Q(left_on__isnull=True) | Q(left_on__gt=today)
        )

    def pending(self):
        """Employments a school has recorded that the person has not yet answered."""
        return self.filter(
            confirmed_at__isnull=True, declined_at__isnull=True, left_on__isnull=True
        )

    def declined(self):
        return self.filter(declined_at__isnull=False)


class Employment(models.Model):
    """Someone working at a school in a job role, from one date until the day they leave.

    The school sees the person only while this is current and once the person has confirmed it
    (an account the school's invitation made counts as confirmed: it holds nothing from before);
    the person keeps every record.
    """

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="employments"
    )
    school = models.ForeignKey(
        "schools.School", on_delete=models.PROTECT, related_name="employments"
    )
    job_role = models.CharField(max_length=30, choices=JobRole.choices)
    started_on = models.DateField()
    left_on = models.DateField(
        null=True, blank=True, help_text="Their first day no longer at the school."
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the person agreed that they work here."
    )
    declined_at = models.DateTimeField(
        null=True, blank=True, help_text="When the person said they do not work here."
    )

    objects = EmploymentQuerySet.as_manager()

    class Meta:
        ordering = ["school", "person__last_name", "person__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "school"],
                condition=Q(left_on__isnull=True),
                name="one_open_employment_per_school",
            ),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gt=models.F("started_on")),
                name="employment_leaves_after_it_starts",
            ),
            models.CheckConstraint(
                condition=Q(confirmed_at__isnull=True) | Q(declined_at__isnull=True),
                name="employment_confirmed_or_declined_not_both",
            ),
        ]
        permissions = [
            ("view_all_schools", "Can see every school's staff and their training"),
            ("grant_school_roles", "Can make anyone a headteacher, CPD lead or induction tutor"),
        ]

    def __str__(self) -> str:
        return f"{self.person} at {self.school} ({self.get_job_role_display()})"

    @property
    def is_pending(self) -> bool:
        return self.confirmed_at is None and self.declined_at is None


class SchoolRoleKind(models.TextChoices):
    HEADTEACHER = "headteacher", "Headteacher"
    CPD_LEAD = "cpd_lead", "CPD lead"
    INDUCTION_TUTOR = "induction_tutor", "Induction tutor"


class SchoolRoleQuerySet(models.QuerySet):
    def current(self):
        return self.filter(ended_at__isnull=True)


class SchoolRole(models.Model):
    """A person who steers a school's staff training; one school may have several of each,
    and one person may hold roles at several schools (a trust's central CPD lead)."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="school_roles"
    )
    school = models.ForeignKey(
        "schools.School", on_delete=models.CASCADE, related_name="school_roles"
    )
    kind = models.CharField(max_length=20, choices=SchoolRoleKind.choices)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    granted_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    objects = SchoolRoleQuerySet.as_manager()

    class Meta:
        ordering = ["school", "kind", "person__last_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "school", "kind"],
                condition=Q(ended_at__isnull=True),
                name="one_current_school_role_per_kind",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}, {self.get_kind_display()}, {self.school}"


_token = invitation_token  # named by migration 0001


class RoleInvitation(EmailInvitation):
    """An e-mailed offer of a school role; the role starts when the person it was sent to accepts."""

    school = models.ForeignKey(
        "schools.School", on_delete=models.CASCADE, related_name="role_invitations"
    )
    kind = models.CharField(max_length=20, choices=SchoolRoleKind.choices)
    role = models.OneToOneField(
        SchoolRole, null=True, blank=True, on_delete=models.SET_NULL, related_name="invitation"
    )

    granted_field = "role"

    class Meta(EmailInvitation.Meta):
        pass

    def __str__(self) -> str:
        return f"{self.email}: {self.get_kind_display()} at {self.school}"


class Assignment(models.Model):
    """Training a school asks one of its staff to do: a module or a pathway, perhaps by a date."""

    school = models.ForeignKey(
        "schools.School", on_delete=models.CASCADE, related_name="assignments"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments"
    )
    module = models.ForeignKey(
        "courses.ModulePage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    pathway = models.ForeignKey(
        "pathways.PathwayPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    due_on = models.DateField(null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(module__isnull=False) & Q(pathway__isnull=True))
                | (Q(module__isnull=True) & Q(pathway__isnull=False)),
                name="assignment_is_a_module_or_a_pathway",
            ),
            models.UniqueConstraint(
                fields=["school", "person", "module"],
                condition=Q(module__isnull=False),
                name="one_assignment_per_school_person_module",
            ),
            models.UniqueConstraint(
                fields=["school", "person", "pathway"],
                condition=Q(pathway__isnull=False),
                name="one_assignment_per_school_person_pathway",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.item_title} for {self.person} from {self.school}"

    @property
    def item(self):
        return self.module or self.pathway

    @property
    def item_id(self) -> int:
        return self.module_id or self.pathway_id

    @property
    def item_title(self) -> str:
        """The module's or pathway's title; a list of many reads it as `title` in its query."""
        return self.__dict__.get("title") or self.item.title


class SummarySent(models.Model):
    """A CPD lead's weekly summary of overdue training, recorded so it goes once a week."""

    role = models.ForeignKey(SchoolRole, on_delete=models.CASCADE, related_name="+")
    week = models.CharField(max_length=10)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["role", "week"], name="one_overdue_summary_per_week")
        ]

    def __str__(self) -> str:
        return f"Summary to {self.role_id} for {self.week}"
