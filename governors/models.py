from django.conf import settings
from django.db import models
from django.db.models import Q

from accounts.models import EmailInvitation, invitation_token
from credentials.renewal import default_window_days
from volunteers.models import BusinessVolunteer

__all__ = ["BusinessVolunteer"]  # re-exported: its table and history began here


class Role(models.TextChoices):
    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-chair"
    PARENT = "parent", "Parent governor"
    STAFF = "staff", "Staff governor"
    LOCAL_AUTHORITY = "local_authority", "Local authority governor"
    CO_OPTED = "co_opted", "Co-opted governor"
    FOUNDATION = "foundation", "Foundation governor"
    TRUSTEE = "trustee", "Trustee"
    ASSOCIATE = "associate", "Associate member"
    CLERK = "clerk", "Clerk"


# Who may see and manage a board's records, besides council officers.
BOARD_LEADER_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.CLERK)
# Who may invite governors and record terms.
BOARD_MANAGER_ROLES = (Role.CHAIR, Role.CLERK)


class Board(models.Model):
    """A governing body or trust board: the people who govern one or more schools. A board that
    closes is archived (`closed_on`), never deleted: its governors' records are history."""

    class Kind(models.TextChoices):
        MAINTAINED = "maintained", "Maintained school governing body"
        TRUST = "trust", "Academy trust board"
        LOCAL = "local", "Local governing body"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    schools = models.ManyToManyField("schools.School", blank=True, related_name="boards")
    created_at = models.DateTimeField(auto_now_add=True)
    closed_on = models.DateField(
        null=True, blank=True, editable=False, help_text="When the board closed, if it has."
    )

    class Meta:
        ordering = ["name"]
        permissions = [
            ("manage_boards", "Can see and manage every board"),
            ("place_volunteers", "Can match business volunteers and place them on boards"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None

    @property
    def placement_role(self) -> str:
        """The role a business volunteer joins this board in."""
        return Role.TRUSTEE if self.kind == self.Kind.TRUST else Role.CO_OPTED


class GovernorshipQuerySet(models.QuerySet):
    def current(self):
        return self.filter(ended_on__isnull=True)


class Governorship(models.Model):
    """One person's place on one board, in one role, for one term."""

    governor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="governorships"
    )
    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="governorships")
    role = models.CharField(max_length=20, choices=Role.choices)
    appointed_on = models.DateField()
    term_ends_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True, help_text="When they left the board.")
    volunteer = models.OneToOneField(
        "volunteers.BusinessVolunteer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="placement",
        help_text="The business volunteer placed in this role, if one was.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = GovernorshipQuerySet.as_manager()

    class Meta:
        ordering = ["board", "governor__last_name", "governor__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["governor", "board"],
                condition=Q(ended_on__isnull=True),
                name="one_current_governorship_per_board",
            )
        ]

    def __str__(self) -> str:
        return f"{self.governor.display_name}, {self.get_role_display()}, {self.board}"

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


_token = invitation_token  # named by migration 0001


class Invitation(EmailInvitation):
    """An e-mailed invitation to join a board; accepting it starts the governorship."""

    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="invitations")
    role = models.CharField(max_length=20, choices=Role.choices)
    appointed_on = models.DateField()
    term_ends_on = models.DateField(null=True, blank=True)
    governorship = models.OneToOneField(
        Governorship, null=True, blank=True, on_delete=models.SET_NULL, related_name="invitation"
    )

    granted_field = "governorship"

    class Meta(EmailInvitation.Meta):
        pass

    def __str__(self) -> str:
        return f"{self.email} to {self.board}"


class TrainingRequirement(models.Model):
    """Training the council requires of governors in some roles, by a deadline, renewed on a cycle."""

    title = models.CharField(
        max_length=200, blank=True, help_text="Leave empty to use the module's title."
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.PROTECT, related_name="training_requirements"
    )
    roles = models.JSONField(
        default=list, blank=True, help_text="The roles it applies to. Tick none for every role."
    )
    due_within_days = models.PositiveSmallIntegerField(
        default=183, help_text="Days after appointment by which it must first be done."
    )
    renew_every_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Leave empty to follow the module's validity (or never, if it has none).",
    )
    window_days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Days before the deadline or expiry when it becomes 'due soon' and renewal "
        "opens. Leave empty to use the Academy's renewal window, as certificates do.",
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.title or self.module.title

    @property
    def renewal_window_days(self) -> int:
        return self.window_days if self.window_days is not None else default_window_days()

    def applies_to(self, role: str) -> bool:
        return not self.roles or role in self.roles

    @property
    def roles_display(self) -> str:
        if not self.roles:
            return "All roles"
        labels = dict(Role.choices)
        return ", ".join(labels.get(role, role) for role in self.roles)

    @property
    def renewal_months(self) -> int | None:
        return self.renew_every_months or self.module.validity_months


class ReminderSent(models.Model):
    """A reminder that went out, so running the task again sends it never twice."""

    class Kind(models.TextChoices):
        TRAINING = "training", "Training reminder"
        CHAIR_SUMMARY = "chair_summary", "Chair's weekly summary"
        CHASE = "chase", "Reminder from the board"

    governorship = models.ForeignKey(
        Governorship, on_delete=models.PROTECT, related_name="reminders_sent"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    requirement = models.ForeignKey(
        TrainingRequirement, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(max_length=20, blank=True)
    cycle = models.CharField(
        max_length=20, help_text="The deadline a training reminder is about, or a summary's week."
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["governorship", "requirement", "status", "cycle"],
                condition=Q(kind="training"),
                name="one_training_reminder_per_status_and_cycle",
            ),
            models.UniqueConstraint(
                fields=["governorship", "cycle"],
                condition=Q(kind="chair_summary"),
                name="one_chair_summary_per_week",
            ),
            models.UniqueConstraint(
                fields=["governorship", "cycle"],
                condition=Q(kind="chase"),
                name="one_reminder_from_the_board_per_day",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.governorship.governor_id} ({self.cycle})"


class SkillsRating(models.Model):
    """A governor's own rating of themself against one competency."""

    class Level(models.IntegerChoices):
        NEEDS_DEVELOPMENT = 1, "Needs development"
        DEVELOPING = 2, "Developing"
        CONFIDENT = 3, "Confident"
        COULD_LEAD = 4, "Could lead others"

    governor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="skills_ratings"
    )
    element = models.ForeignKey(
        "courses.FrameworkElement", on_delete=models.CASCADE, related_name="skills_ratings"
    )
    level = models.PositiveSmallIntegerField(choices=Level.choices)
    rated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["governor", "element"], name="one_rating_per_competency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.element.code}: {self.get_level_display()}"


class TrainingRequest(models.Model):
    """A board's request to the council's governor services for training it cannot find."""

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for an answer"
        ANSWERED = "answered", "Answered"

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="training_requests")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    competencies = models.ManyToManyField(
        "courses.FrameworkElement", blank=True, related_name="training_requests"
    )
    message = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    answer = models.TextField(blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Training request from {self.board}"


class VolunteerProposal(models.Model):
    """An officer's proposal that a volunteer joins a board; the board's chair decides."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Waiting for the board"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    volunteer = models.ForeignKey(
        BusinessVolunteer, on_delete=models.CASCADE, related_name="proposals"
    )
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="volunteer_proposals")
    role = models.CharField(max_length=20, choices=Role.choices)
    appointed_on = models.DateField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True)
    governorship = models.OneToOneField(
        Governorship, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposal"
    )

    class Meta:
        ordering = ["-proposed_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer"],
                condition=Q(status="proposed"),
                name="one_open_proposal_per_volunteer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.volunteer.name} to {self.board}"


class TrainingStanding(models.Model):
    """A current governor's standing against one active requirement that applies to their role,
    kept as the days it changes on, so the council's overview counts any day's statuses in one
    SQL aggregate (training expires: a stored "met" would go stale as the days pass).

    Derived, never typed in: `governors.standings` rewrites the rows in the transaction that
    changes what they follow from (a certificate issued or revoked, a governorship started,
    changed or ended, a requirement added or changed), and rebuilds them all nightly."""

    governorship = models.ForeignKey(
        Governorship, on_delete=models.CASCADE, related_name="training_standings"
    )
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="training_standings")
    requirement = models.ForeignKey(
        TrainingRequirement, on_delete=models.CASCADE, related_name="standings"
    )
    completed = models.BooleanField(help_text="Done at least once (a certificate not revoked).")
    soon_from = models.DateField(
        null=True, help_text="Due soon (or open for renewal) from this day; empty: never."
    )
    late_after = models.DateField(
        null=True,
        help_text="Overdue (never done) or expired (done) after this day; empty: met for good.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["governorship", "requirement"], name="one_standing_per_requirement"
            )
        ]

    def __str__(self) -> str:
        return f"{self.governorship_id} against {self.requirement_id}"
