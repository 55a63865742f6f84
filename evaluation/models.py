"""The social impact matrix's data: indicators (what the University measures, for whom, from
which source, against which baseline and target), and short questionnaires learners may answer
before and after a module or pathway. Answering is never required to complete anything."""

import secrets

from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from accounts.models import JobRole


class StakeholderGroup(models.TextChoices):
    NEW_TEACHERS = "new_teachers", "Trainee and early-career teachers"
    TEACHERS = "teachers", "Teachers"
    LEADERS = "leaders", "School leaders"
    SUPPORT = "support", "Support staff and early years practitioners"
    GOVERNORS = "governors", "Governors"
    EVERYONE = "everyone", "Everyone"


# The job roles each group is made of (EVERYONE: no restriction).
GROUP_ROLES = {
    StakeholderGroup.NEW_TEACHERS: (JobRole.TRAINEE, JobRole.EARLY_CAREER),
    StakeholderGroup.TEACHERS: (JobRole.TEACHER,),
    StakeholderGroup.LEADERS: (JobRole.MIDDLE_LEADER, JobRole.SENIOR_LEADER, JobRole.HEADTEACHER),
    StakeholderGroup.SUPPORT: (
        JobRole.TEACHING_ASSISTANT,
        JobRole.SUPPORT_STAFF,
        JobRole.EARLY_YEARS,
    ),
    StakeholderGroup.GOVERNORS: (JobRole.GOVERNOR, JobRole.CLERK),
    StakeholderGroup.EVERYONE: (),
}


class Measure(models.TextChoices):
    """What a question measures: the matrix compares answers about the same thing."""

    CONFIDENCE = "confidence", "Confidence"
    RESILIENCE = "resilience", "Self-rated resilience"
    READINESS = "readiness", "Readiness for the next role"


class PlatformFigure(models.TextChoices):
    """Figures the platform computes (reports.figures) that an indicator may follow."""

    LEARNERS = "learners", "Learners"
    COMPLETIONS = "completions", "Modules completed"
    CPD_HOURS = "cpd_hours", "CPD hours"
    COMPLETION_RATE = "completion_rate", "Completion rate"


class Questionnaire(ClusterableModel):
    """A short questionnaire offered before starting, or after completing, a module or pathway."""

    class Timing(models.TextChoices):
        BEFORE = "before", "Before starting"
        AFTER = "after", "After completing"

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=200)
    introduction = models.TextField(blank=True)
    timing = models.CharField(max_length=10, choices=Timing.choices)
    pages = models.ManyToManyField(
        "wagtailcore.Page",
        related_name="+",
        help_text="The modules and pathways it is offered on.",
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Question(models.Model):
    """A rating from 1 to 5 about one measure."""

    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(max_length=300)
    measure = models.CharField(max_length=20, choices=Measure.choices)
    low_label = models.CharField(max_length=60, default="Not at all")
    high_label = models.CharField(max_length=60, default="Very")

    class Meta:
        ordering = ["questionnaire", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class Response(models.Model):
    """One person's answers to one questionnaire about one module or pathway, given with their
    consent to use them in the evaluation. Kept only while that consent stands."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="evaluation_responses"
    )
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="responses"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    consented_at = models.DateTimeField()
    answered_at = models.DateTimeField()

    class Meta:
        ordering = ["-answered_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "questionnaire", "page"], name="one_response_per_questionnaire"
            )
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire} on page {self.page_id}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    value = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="one_answer_per_question"
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=5), name="answer_from_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value} to {self.question_id}"


class Indicator(models.Model):
    """One line of the social impact matrix."""

    class Source(models.TextChoices):
        PLATFORM = "platform", "A figure the platform computes"
        SURVEY = "survey", "A questionnaire item"

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    theme = models.CharField(
        max_length=100, help_text="e.g. work readiness, emotional resilience, partnership."
    )
    group = models.CharField(max_length=20, choices=StakeholderGroup.choices)
    source = models.CharField(max_length=10, choices=Source.choices)
    platform_figure = models.CharField(max_length=30, choices=PlatformFigure.choices, blank=True)
    measure = models.CharField(max_length=20, choices=Measure.choices, blank=True)
    baseline = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Leave empty for a questionnaire item to use the answers given before.",
    )
    baseline_note = models.CharField(max_length=200, blank=True)
    target = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["theme", "order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(source="platform", measure="") & ~models.Q(platform_figure=""))
                | (models.Q(source="survey", platform_figure="") & ~models.Q(measure="")),
                name="indicator_has_one_source",
            )
        ]

    def __str__(self) -> str:
        return self.name


def _salt() -> str:
    return secrets.token_hex(16)


class Study(models.Model):
    """A piece of the University's research: each gets its own stable pseudonyms."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    salt = models.CharField(max_length=64, default=_salt, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "studies"

    def __str__(self) -> str:
        return self.name
