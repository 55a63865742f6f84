"""One selector per figure (reports.figures defines each in words). Each takes the scope and
a dimension to break it down by, and gives a dict {key: value}, or the total when `by` is None.
The page, the CSV and the tests all read these and nothing else."""

from decimal import Decimal
from statistics import median
from typing import Any

from django.apps import apps
from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    F,
    FloatField,
    IntegerField,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Extract, TruncMonth

from courses.models import ModulePage
from credentials.models import CreditEntry
from learning.models import Enrolment, ModuleCompletion

from . import summary
from .scope import Scope

# For each kind of record: its module field, the path to its learner, the learner's id field,
# and its date field (for per-month breakdowns).
_BASES = {
    "enrolment": ("module_id", "learner__", "learner_id", "enrolled_at"),
    "completion": (
        "enrolment__module_id",
        "enrolment__learner__",
        "enrolment__learner_id",
        "completed_at",
    ),
    "credit": ("page_id", "learner__", "learner_id", "awarded_at"),
}

# The dimensions a figure can be broken down by.
DIMENSIONS = ("provider", "module", "kind", "school", "phase", "role", "month", "level")


def narrowed(records: QuerySet, scope: Scope, learner: str = "learner") -> QuerySet:
    """The records of the scope's school and job roles only; ``learner`` is the lookup from a
    record to the person it is about."""
    if scope.school is not None:
        records = records.filter(**{f"{learner}__school": scope.school})
    if scope.roles:
        records = records.filter(**{f"{learner}__job_role__in": scope.roles})
    return records


def enrolments_active(scope: Scope) -> QuerySet:
    """Enrolments active at any time in the period (reports.figures.LEARNERS)."""
    start, end = scope.period.start, scope.period.end
    records = (
        Enrolment.objects.filter(module_id__in=scope.module_ids, enrolled_at__lt=end)
        .exclude(withdrawn_at__lt=start)
        .exclude(status=Enrolment.Status.COMPLETED, completed_at__lt=start)
    )
    return narrowed(records, scope)


def completions_in(scope: Scope) -> QuerySet:
    records = ModuleCompletion.objects.filter(
        enrolment__module_id__in=scope.module_ids,
        completed_at__gte=scope.period.start,
        completed_at__lt=scope.period.end,
    )
    return narrowed(records, scope, learner="enrolment__learner")


def credits_in(scope: Scope) -> QuerySet:
    records = CreditEntry.objects.filter(
        page_id__in=scope.module_ids,
        awarded_at__gte=scope.period.start,
        awarded_at__lt=scope.period.end,
    )
    return narrowed(records, scope)


def _by_module_map(scope: Scope, module_field: str, value_of, output_field):
    """A CASE expression giving each module's provider or kind, so distinct counts stay right."""
    groups: dict[Any, list[int]] = {}
    for module in scope.modules.values():
        groups.setdefault(value_of(module), []).append(module.pk)
    if not groups:
        return Value(None, output_field=output_field)
    return Case(
        *(When(**{f"{module_field}__in": ids}, then=Value(key)) for key, ids in groups.items()),
        output_field=output_field,
    )


def _key(scope: Scope, base: str, by: str):
    module_field, learner, _, date_field = _BASES[base]
    if by == "provider":
        return _by_module_map(scope, module_field, lambda m: m.provider_id, IntegerField())
    if by == "kind":
        return _by_module_map(scope, module_field, lambda m: m.kind, CharField())
    if by == "month":
        return TruncMonth(date_field)
    lookups = {
        "module": module_field,
        "school": f"{learner}school_id",
        "phase": f"{learner}school__phase",
        "role": f"{learner}job_role",
        "level": "fheq_level",
    }
    return F(lookups[by])


def _aggregate(scope: Scope, records: QuerySet, base: str, by: str | None, aggregate):
    if by is None:
        return records.order_by().aggregate(value=aggregate)["value"] or 0
    if by not in DIMENSIONS:
        raise ValueError(f"No dimension {by!r}")
    grouped = (
        records.order_by()
        .annotate(key=_key(scope, base, by))
        .values("key")
        .annotate(value=aggregate)
        .values_list("key", "value")
    )
    return {key: value or 0 for key, value in grouped}


def _remembered(selector):
    """The selector, computing each (figure, dimension) once per scope: the completion rate and
    the headline reuse the counts the tables already asked for."""

    def remembered(scope: Scope, by: str | None = None):
        key = (selector.__name__, by)
        if key not in scope.memo:
            scope.memo[key] = selector(scope, by)
        return scope.memo[key]

    remembered.__name__ = selector.__name__
    remembered.__doc__ = selector.__doc__
    return remembered


def _summary(scope: Scope, by: str | None) -> int | None:
    """The year of the summary to read for this figure, or None to count it live."""
    if by is not None and by not in DIMENSIONS:
        raise ValueError(f"No dimension {by!r}")
    found = summary.summary_year(scope)
    return found.year if found else None


@_remembered
def learners(scope: Scope, by: str | None = None):
    year = _summary(scope, by) if by not in ("month", "level") else None
    found = summary.learners(scope, year, by) if year is not None else None
    if found is not None:
        return found
    return _aggregate(
        scope, enrolments_active(scope), "enrolment", by, Count("learner_id", distinct=True)
    )


@_remembered
def enrolments(scope: Scope, by: str | None = None):
    if (year := _summary(scope, by)) is not None:
        return summary.figure(scope, year, "e", by)
    return _aggregate(scope, enrolments_active(scope), "enrolment", by, Count("id"))


@_remembered
def completions(scope: Scope, by: str | None = None):
    if (year := _summary(scope, by)) is not None:
        return summary.figure(scope, year, "c", by)
    return _aggregate(scope, completions_in(scope), "completion", by, Count("id"))


@_remembered
def completed_enrolments(scope: Scope, by: str | None = None):
    """Active enrolments with a completion in the period: the rate's numerator."""
    if (year := _summary(scope, by)) is not None:
        return summary.figure(scope, year, "d", by)
    return _aggregate(
        scope,
        completions_in(scope).filter(enrolment__in=enrolments_active(scope)),
        "completion",
        by,
        Count("enrolment_id", distinct=True),
    )


def _rate(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


@_remembered
def completion_rate(scope: Scope, by: str | None = None):
    done, active = completed_enrolments(scope, by), enrolments(scope, by)
    if by is None:
        return _rate(done, active)
    return {key: _rate(done.get(key, 0), whole) for key, whole in active.items()}


@_remembered
def cpd_hours(scope: Scope, by: str | None = None):
    if (year := _summary(scope, by)) is not None:
        return summary.figure(scope, year, "r", by, "cpd_hours")
    value = _aggregate(scope, credits_in(scope), "credit", by, Sum("cpd_hours"))
    if by is None:
        return Decimal(value)
    return {key: Decimal(hours) for key, hours in value.items()}


@_remembered
def credits(scope: Scope, by: str | None = None):
    if (year := _summary(scope, by)) is not None:
        return summary.figure(scope, year, "r", by, "credits")
    return _aggregate(scope, credits_in(scope), "credit", by, Sum("academic_credits"))


class _Median(Aggregate):
    """PostgreSQL's exact median (percentile_cont) of a number of days."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


@_remembered
def median_days(scope: Scope, by: str | None = None):
    """Days from enrolling to a first completion, for completions in the period (rounded)."""
    records = completions_in(scope).filter(cycle=1).order_by()
    if connection.vendor == "postgresql":
        days = Extract(F("completed_at") - F("enrolment__enrolled_at"), "epoch") / 86400.0
        if by is None:
            value = records.aggregate(value=_Median(days))["value"]
            return None if value is None else round(value)
        grouped = (
            records.annotate(key=_key(scope, "completion", by))
            .values("key")
            .annotate(value=_Median(days))
            .values_list("key", "value")
        )
        return {key: round(value) for key, value in grouped}
    if by is None:
        pairs = [
            (None, *row) for row in records.values_list("enrolment__enrolled_at", "completed_at")
        ]
    else:
        pairs = list(
            records.annotate(key=_key(scope, "completion", by)).values_list(
                "key", "enrolment__enrolled_at", "completed_at"
            )
        )
    durations: dict[Any, list[float]] = {}
    for key, enrolled, completed in pairs:
        durations.setdefault(key, []).append((completed - enrolled).total_seconds() / 86400)
    medians = {key: round(median(days)) for key, days in durations.items()}
    return medians.get(None) if by is None else medians


def live_session_attendance(scope: Scope) -> dict[int, int]:
    """People present at each module's live sessions in the period (module id -> number), from
    the events app where it is installed (events.selectors.attendance_by_module); else nothing."""
    if not apps.is_installed("events"):
        return {}
    from events import selectors as events_selectors

    modules = ModulePage.objects.filter(pk__in=scope.module_ids)
    found = events_selectors.attendance_by_module(modules, scope.period.start, scope.period.end)
    return {module_id: counts["attended"] for module_id, counts in found.items()}


def attended(scope: Scope, by: str | None = None):
    by_module = live_session_attendance(scope)
    if by is None:
        return sum(by_module.values())
    if by != "module":
        raise ValueError("Attendance is reported by module only")
    return by_module


# Each figure's selector by its key (reports.figures).
SELECTORS = {
    "learners": learners,
    "enrolments": enrolments,
    "completions": completions,
    "completion_rate": completion_rate,
    "cpd_hours": cpd_hours,
    "credits": credits,
    "median_days": median_days,
    "attended": attended,
}
