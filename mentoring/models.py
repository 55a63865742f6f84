"""Mentoring of every kind: the relationship, its meetings and actions, coaching records,
early-career induction, offers and requests for matches. Notes belong to the pair."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q


class Kind(models.TextChoices):
    ITT = "itt", "Trainee teacher and school-based mentor"
    ECT = "ect", "Early-career teacher and mentor"
    BUSINESS_COACHING = "business_coaching", "Business coach and school leader"
    SETTING_PARTNERSHIP = "setting_partnership", "Early-years setting partnership"
    PARTNERSHIP_HEAD = "partnership_head", "Partnership head teacher supporting a school"


COACHING_KINDS = (Kind.ITT, Kind.ECT)
MATCHED_KINDS = (Kind.BUSINESS_COACHING, Kind.PARTNERSHIP_HEAD, Kind.SETTING_PARTNERSHIP)


class ArrangedBy(models.TextChoices):
    SCHOOL = "school", "The school"
    ALLIANCE = "alliance", "A Teaching School alliance"
    COUNCIL = "council", "The council"


class Status(models.TextChoices):
    REQUESTED = "requested", "Waiting for both sides to accept"
    ACCEPTED = "accepted", "Under way"
    DECLINED = "declined", "Declined"
    ENDED = "ended", "Ended"


class EndReason(models.TextChoices):
    COMPLETED = "completed", "Completed"
    INDUCTION_COMPLETED = "induction_completed", "Induction completed"
    MOVED_SCHOOL = "moved_school", "Moved school"
    MENTOR_CHANGED = "mentor_changed", "Mentor changed"
    NO_LONGER_NEEDED = "no_longer_needed", "No longer needed"
    OTHER = "other", "Other"


class Relationship(models.Model):
    """Two sides working together for a dated period: people (mentor and mentee) and, where the
    kind is between organisations, the schools or settings on each side."""

    kind = models.CharField(max_length=30, choices=Kind.choices)
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentoring_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="mentoring_as_mentee",
        help_text="The trainee, ECT or school leader; for a setting partnership its lead "
        "practitioner.",
    )
    mentor_organisation = models.ForeignKey(
        "schools.School",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The mentor's school or setting, where it takes part.",
    )
    mentee_organisation = models.ForeignKey(
        "schools.School",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The school or setting supported.",
    )
    mentor_business = models.CharField(
        max_length=200, blank=True, help_text="A business coach's company."
    )
    arranged_by = models.CharField(max_length=20, choices=ArrangedBy.choices)
    arranged_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    request = models.ForeignKey(
        "MatchRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="relationships",
    )
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    mentor_accepted_at = models.DateTimeField(null=True, blank=True)
    mentee_accepted_at = models.DateTimeField(null=True, blank=True)
    starts_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=30, choices=EndReason.choices, blank=True)
    end_note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "pk"]
        permissions = [
            ("view_county_mentoring", "Can see mentoring counts and the partnership map"),
            ("arrange_matches", "Can propose business coaches and partnership heads to schools"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(mentor=models.F("mentee")), name="mentor_is_not_their_own_mentee"
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("starts_on")),
                name="relationship_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.mentor} with {self.mentee}"

    @property
    def is_coaching(self) -> bool:
        return self.kind in COACHING_KINDS

    def side_of(self, user) -> str | None:
        if user.pk == self.mentor_id:
            return "mentor"
        if user.pk == self.mentee_id:
            return "mentee"
        return None


class RelationshipEvent(models.Model):
    """The relationship's history: append-only, one row per change of status."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=20, choices=Status.choices)
    note = models.CharField(max_length=300, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.relationship_id}: {self.status} at {self.at:%Y-%m-%d}"


class Practitioner(models.Model):
    """A named practitioner on one side of a setting partnership, who gets its CPD time too."""

    class Side(models.TextChoices):
        MENTOR = "mentor", "Mentoring setting"
        MENTEE = "mentee", "Setting supported"

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="practitioners"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentoring_practitioner"
    )
    side = models.CharField(max_length=10, choices=Side.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["relationship", "person"], name="one_practitioner_row_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_side_display()})"


class Meeting(models.Model):
    """A meeting, observation or visit of the pair. Its notes are the pair's alone."""

    class Format(models.TextChoices):
        MEETING = "meeting", "Meeting"
        OBSERVATION = "observation", "Observation and feedback"
        VISIT = "visit", "Visit to the setting"

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="meetings"
    )
    format = models.CharField(max_length=20, choices=Format.choices, default=Format.MEETING)
    held_on = models.DateField()
    minutes = models.PositiveSmallIntegerField(validators=[MinValueValidator(5)])
    focus = models.CharField(max_length=200)
    notes = models.TextField(blank=True, help_text="Only the two of you can read these.")
    focus_areas = models.ManyToManyField("courses.FrameworkElement", blank=True, related_name="+")
    outcomes = models.TextField(blank=True)
    next_meeting_on = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_format_display()} on {self.held_on:%d %b %Y}: {self.focus}"

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.minutes) / 60).quantize(Decimal("0.1"))


class CoachingRecord(models.Model):
    """Instructional coaching for an ITT or ECT meeting: what was seen, the one action step,
    how it was practised, and how the previous step went when it was next observed."""

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="coaching")
    observed = models.TextField("what was observed")
    action_step = models.CharField("the one action step", max_length=300)
    practice = models.TextField("how it was practised")
    follow_up = models.TextField(
        "follow-up on the last action step", blank=True, help_text="At this observation."
    )

    def __str__(self) -> str:
        return self.action_step


class Action(models.Model):
    """Something the pair agreed to do by a date, perhaps a module or lesson to take."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="actions")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="actions"
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentoring_actions"
    )
    text = models.CharField(max_length=300)
    due_on = models.DateField()
    module = models.ForeignKey(
        "courses.ModulePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.text


class ReflectionComment(models.Model):
    """A mentor's comment on a reflection its learner shared with them; a sign-off marks it as
    evidence the mentor has seen and agrees with."""

    reflection = models.ForeignKey(
        "learning.Reflection", on_delete=models.CASCADE, related_name="mentor_comments"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(blank=True)
    signs_off = models.BooleanField("sign off as evidence", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Comment on reflection {self.reflection_id}"


class MentorTrainingAllowance(models.Model):
    """Hours of mentor training funded for a kind of mentor from a date: data, not code."""

    kind = models.CharField(max_length=30, choices=Kind.choices)
    label = models.CharField(max_length=100)
    hours = models.DecimalField(max_digits=5, decimal_places=1)
    applies_from = models.DateField()

    class Meta:
        ordering = ["kind", "applies_from", "hours"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "label", "applies_from"], name="one_allowance_per_label"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}, {self.hours} hours"


class MentorTraining(models.Model):
    """Hours of training a mentor did, counted against an allowance."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentor_training"
    )
    allowance = models.ForeignKey(
        MentorTrainingAllowance, on_delete=models.PROTECT, related_name="training"
    )
    hours = models.DecimalField(max_digits=5, decimal_places=1)
    done_on = models.DateField()
    description = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True, null=True)

    class Meta:
        ordering = ["done_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentor", "allowance", "done_on", "description"],
                name="one_training_record_per_day_and_description",
            )
        ]

    def __str__(self) -> str:
        return f"{self.mentor}: {self.hours} hours of {self.allowance.label}"


class AppropriateBody(models.Model):
    """The body that quality-assures an ECT's induction (a Teaching School hub, or a council)."""

    name = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "appropriate bodies"

    def __str__(self) -> str:
        return self.name


class InductionRules(models.Model):
    """How long induction lasts and when its reviews and assessments fall: national policy as
    data (mentoring/data/induction.toml), so a change of policy is an edit, not a release."""

    name = models.CharField(max_length=100, unique=True)
    terms = models.DecimalField(max_digits=3, decimal_places=1)
    assessment_terms = models.JSONField(help_text="The terms ending in a formal assessment.")
    review_terms = models.JSONField(help_text="The terms ending in a progress review.")
    reminder_days = models.PositiveSmallIntegerField(
        help_text="How many days before a review or assessment is due its writer is reminded."
    )
    applies_from = models.DateField()

    class Meta:
        ordering = ["-applies_from"]
        verbose_name_plural = "induction rules"

    def __str__(self) -> str:
        return self.name


class SchoolTerm(models.Model):
    """One school term's dates, so the calendar can say when each review falls due."""

    name = models.CharField(max_length=40)
    starts_on = models.DateField()
    ends_on = models.DateField(unique=True)

    class Meta:
        ordering = ["starts_on"]

    def __str__(self) -> str:
        return self.name


class Induction(models.Model):
    """An early-career teacher's statutory induction: it follows them between schools."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        PASSED = "passed", "Passed"
        FAILED = "failed", "Not passed"

    ect = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="induction"
    )
    school = models.ForeignKey("schools.School", on_delete=models.PROTECT, related_name="+")
    appropriate_body = models.ForeignKey(
        AppropriateBody, on_delete=models.PROTECT, related_name="inductions"
    )
    rules = models.ForeignKey(InductionRules, on_delete=models.PROTECT, related_name="+")
    started_on = models.DateField()
    terms_completed = models.DecimalField(
        max_digits=3, decimal_places=1, default=Decimal("0.0"), help_text="To one decimal place."
    )
    extension_terms = models.DecimalField(max_digits=3, decimal_places=1, default=Decimal("0.0"))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_PROGRESS)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["started_on", "pk"]

    def __str__(self) -> str:
        return f"Induction of {self.ect}"

    @property
    def terms_required(self) -> Decimal:
        return self.rules.terms + self.extension_terms


class InductionEvent(models.Model):
    """The induction's history: started, terms counted, extended, transferred. Append-only."""

    induction = models.ForeignKey(Induction, on_delete=models.CASCADE, related_name="events")
    what = models.CharField(max_length=300)
    school = models.ForeignKey("schools.School", on_delete=models.PROTECT, related_name="+")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return self.what


class InductionRecord(models.Model):
    """A progress review or a formal assessment at the end of one term of induction, written by
    the induction tutor or the headteacher (never the mentor)."""

    class Kind(models.TextChoices):
        REVIEW = "review", "Progress review"
        ASSESSMENT = "assessment", "Formal assessment"

    induction = models.ForeignKey(Induction, on_delete=models.CASCADE, related_name="records")
    term = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    on_track = models.BooleanField()
    evidence = models.TextField()
    targets = models.TextField()
    school = models.ForeignKey("schools.School", on_delete=models.PROTECT, related_name="+")
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    written_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["induction", "term"], name="one_record_per_term")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}, term {self.term}"


class InductionReminder(models.Model):
    """A reminder that a review or assessment is due, recorded so it is sent once."""

    induction = models.ForeignKey(Induction, on_delete=models.CASCADE, related_name="+")
    term = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["induction", "term"], name="one_reminder_per_term")
        ]

    def __str__(self) -> str:
        return f"Reminder for term {self.term} of {self.induction_id}"


class Offer(models.Model):
    """Someone offering to coach or support: a business volunteer, a partnership head teacher,
    or a good or outstanding early-years setting offering to mentor another."""

    class Grade(models.TextChoices):
        OUTSTANDING = "outstanding", "Outstanding"
        GOOD = "good", "Good"

    kind = models.CharField(max_length=30, choices=[(k.value, k.label) for k in MATCHED_KINDS])
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_offers"
    )
    organisation = models.ForeignKey(
        "schools.School", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    business = models.CharField(max_length=200, blank=True)
    inspection_grade = models.CharField(
        "latest Ofsted grade", max_length=20, choices=Grade.choices, blank=True
    )
    skills = models.ManyToManyField("courses.FrameworkElement", related_name="+")
    about = models.TextField(blank=True)
    available = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_kind_display()})"


class MatchRequest(models.Model):
    """A school leader asking for a business coach, or a school for a partnership head or a
    setting for a partner, saying what they want help with."""

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for a match"
        MATCHED = "matched", "Matched"
        WITHDRAWN = "withdrawn", "Withdrawn"

    kind = models.CharField(max_length=30, choices=[(k.value, k.label) for k in MATCHED_KINDS])
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_requests"
    )
    organisation = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    needs = models.ManyToManyField("courses.FrameworkElement", related_name="+")
    help_wanted = models.TextField("what you want help with")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.organisation}: {self.get_kind_display()}"
