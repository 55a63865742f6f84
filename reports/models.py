from django.db import models

# Either lets a person open the reports; which providers they then see is in selectors.
REPORT_PERMISSIONS = ("reports.view_county_reports", "reports.view_provider_reports")


class Report(models.Model):
    """No table: the reports read the other apps' records. It holds who may see which report."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_county_reports", "Can see the impact report for every provider"),
            ("view_provider_reports", "Can see the impact report for the providers they lead"),
        ]

    def __str__(self) -> str:
        return "Impact report"


class PathwayStageCount(models.Model):
    """How many people following each pathway are at each stage, per school: a summary the
    `refresh_pathway_stages` task rebuilds on a schedule, since working out the stage of every
    follower takes seconds at county size."""

    pathway = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(max_length=255)
    school = models.ForeignKey(
        "schools.School", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    learners = models.PositiveIntegerField()
    refreshed_at = models.DateTimeField()

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.learners} at {self.stage}"


class SummaryYear(models.Model):
    """An academic year whose figure summaries (FigureCount, LearnerCount, ActiveLearner) have
    been built, the period they count, and whether a change to its records has been seen since
    (so the next refresh rebuilds it). Year 0 is the last twelve months (the dashboards'
    default), counted up to the day it was built."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    refreshed_at = models.DateTimeField(null=True, blank=True)
    dirty = models.BooleanField(default=True)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"Summary of {self.year}"


class FigureCount(models.Model):
    """The dashboards' additive figures for one academic year, counted by the live definitions
    (reports.selectors.figures) and grouped by module, school, job role, month and FHEQ level:
    one kind of record (`base`) per row. Rebuilt by `figure_summaries_refresh`."""

    class Base(models.TextChoices):
        ENROLMENT = "e", "Enrolments active in the year"
        COMPLETION = "c", "Completions in the year"
        COMPLETED_ENROLMENT = "d", "Active enrolments completed in the year"
        CREDIT = "r", "Credit entries in the year"

    year = models.PositiveSmallIntegerField()
    base = models.CharField(max_length=1, choices=Base.choices)
    # Which of module, school, role, month, level the row is grouped by: PostgreSQL's
    # GROUPING(module, school, role, month, level), a bit set for each one summed over.
    grain = models.PositiveSmallIntegerField()
    module_id = models.IntegerField(null=True)
    school = models.ForeignKey(
        "schools.School",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    role = models.CharField(max_length=40, null=True)
    # The first of the month at local midnight, held as that wall-clock time in UTC
    # (reports.selectors.summary reads it back).
    month = models.DateTimeField(null=True)
    level = models.PositiveSmallIntegerField(null=True)
    n = models.IntegerField(db_default=0)
    cpd_hours = models.DecimalField(max_digits=12, decimal_places=1, db_default=0)
    credits = models.IntegerField(db_default=0)

    class Meta:
        default_permissions = ()
        indexes = [
            models.Index(fields=["year", "base", "grain", "module_id"], name="figurecount_module"),
            models.Index(fields=["year", "base", "grain", "school"], name="figurecount_school"),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.base} module {self.module_id}: {self.n}"


class LearnerCount(models.Model):
    """How many people had an enrolment active in an academic year, counted once each within
    every combination of provider, kind of module, school and job role the dashboards ask
    for (`grain`: GROUPING(provider, kind, school, role)). Rebuilt by
    `figure_summaries_refresh`."""

    year = models.PositiveSmallIntegerField()
    grain = models.PositiveSmallIntegerField()
    provider_id = models.IntegerField(null=True)
    kind = models.CharField(max_length=40, null=True)
    school = models.ForeignKey(
        "schools.School",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    role = models.CharField(max_length=40, null=True)
    n = models.IntegerField()

    class Meta:
        default_permissions = ()
        indexes = [
            models.Index(fields=["year", "grain", "provider_id"], name="learnercount_provider"),
            models.Index(fields=["year", "grain", "school"], name="learnercount_school"),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.n} learners"


class ActiveLearner(models.Model):
    """The people with an enrolment active in an academic year, one row per person and
    provider, with their school and job role when the summary was built: what learners are
    counted from (COUNT DISTINCT) where LearnerCount has no exact row, e.g. for a lead of
    several providers or a group of job roles."""

    year = models.PositiveSmallIntegerField()
    learner_id = models.IntegerField()
    provider_id = models.IntegerField(null=True)
    school = models.ForeignKey(
        "schools.School",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    role = models.CharField(max_length=40, null=True)

    class Meta:
        default_permissions = ()
        indexes = [
            models.Index(fields=["year", "provider_id"], name="activelearner_year_provider"),
        ]

    def __str__(self) -> str:
        return f"{self.year}: learner {self.learner_id}"


class BoardTrainingCount(models.Model):
    """Each open board's current governors and how much of their required training is met,
    as governors.selectors.boards_compliance counts it: a summary the scheduled refresh
    rebuilds, since counting it takes a second at county size."""

    board = models.OneToOneField("governors.Board", on_delete=models.CASCADE, related_name="+")
    governors = models.PositiveIntegerField()
    met = models.PositiveIntegerField()
    applies = models.PositiveIntegerField()
    refreshed_at = models.DateTimeField()

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.board_id}: {self.met} of {self.applies}"
