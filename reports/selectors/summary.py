"""The figures read from the summaries (reports.summaries builds them) for a whole academic
year: the same values as the live counts in reports.selectors.figures, at the time the year's
summary was built. Date ranges that are not a whole academic year are always counted live."""

from datetime import UTC, datetime
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, F, Sum
from django.utils import timezone

from ..models import ActiveLearner, FigureCount, LearnerCount, SummaryYear
from ..summaries_grains import (
    FIGURE_DIMS,
    FIGURE_SETS,
    LEARNER_DIMS,
    LEARNER_SETS,
    ROLLING,
    grain,
)
from .scope import Period, Scope

# Where each dimension is held in the summaries; provider and kind come from the module.
_FIELDS = {
    "module": "module_id",
    "school": "school_id",
    "phase": "school__phase",
    "role": "role",
    "month": "month",
    "level": "level",
}


def summary_year(scope: Scope) -> SummaryYear | None:
    """The summary this scope may read: its period is a whole academic year, or the last
    twelve months as of today, and that summary has been built for exactly this period; None
    when the figures must be counted live."""
    if not getattr(settings, "REPORTS_SUMMARIES", True):
        return None
    bounds = (scope.period.start, scope.period.end)
    year = timezone.localtime(scope.period.start).year
    whole = Period.academic_year(year)
    if bounds != (whole.start, whole.end):
        rolling = Period.last_twelve_months()
        if bounds != (rolling.start, rolling.end):
            return None
        year = ROLLING
    if "summary_year" not in scope.memo:
        if getattr(settings, "REPORTS_SUMMARIES_REBUILD_ON_READ", False):
            from ..summaries import figure_summary_rebuild

            figure_summary_rebuild(year)
        scope.memo["summary_year"] = SummaryYear.objects.filter(
            year=year, refreshed_at__isnull=False, starts_at=bounds[0], ends_at=bounds[1]
        ).first()
    return scope.memo["summary_year"]


# The dimension each breakdown needs, in the summaries' letters (reports.summaries).
_FIGURE_DIM = {"provider": "m", "kind": "m", "module": "m", "school": "s", "phase": "s"}
_FIGURE_DIM.update({"role": "j", "month": "t", "level": "v"})
_LEARNER_DIM = {"provider": "p", "kind": "k", "school": "s", "phase": "s", "role": "j"}


def _local_month(stored: datetime) -> datetime:
    """A month as the live count gives it (local midnight on the first): the summary holds
    the local wall-clock time as written by INSERT ... SELECT, read back as if it were UTC."""
    return timezone.make_aware(timezone.make_naive(stored, UTC))


def _every_provider(scope: Scope) -> bool:
    """The scope counts every provider's modules (a council officer not drilled down)."""
    return scope.county and scope.provider is None and scope.module is None


def _smallest(sets: list[str], needed: set) -> str:
    return min((g for g in sets if needed <= set(g)), key=len)


def sums(scope: Scope, year: int, base: str, by: str | None) -> dict:
    """{key: {"n", "cpd_hours", "credits"}} of one kind of record, or the totals when by is
    None: the summary rows of the smallest grouping that holds the scope's filters and the
    breakdown, summed."""
    memo_key = ("summary", base, by)
    if memo_key in scope.memo:
        return scope.memo[memo_key]
    needed = set()
    if not _every_provider(scope):
        needed.add("m")
    if scope.school is not None:
        needed.add("s")
    if scope.roles:
        needed.add("j")
    if by is not None:
        needed.add(_FIGURE_DIM[by])
    grouped_by = _smallest(FIGURE_SETS, needed)
    rows = FigureCount.objects.filter(
        year=year, base=base, grain=grain(FIGURE_DIMS, grouped_by)
    ).order_by()
    if "m" in needed:
        rows = rows.filter(module_id__in=scope.module_ids)
    if scope.school is not None:
        rows = rows.filter(school=scope.school)
    if scope.roles:
        rows = rows.filter(role__in=scope.roles)
    measures = {"n": Sum("n"), "cpd_hours": Sum("cpd_hours"), "credits": Sum("credits")}
    if base != FigureCount.Base.CREDIT:
        measures = {"n": Sum("n")}
    if by is None:
        found = rows.aggregate(**measures)
        result = {name: value or 0 for name, value in found.items()}
    else:
        field = "module_id" if by in ("provider", "kind") else _FIELDS[by]
        grouped = [(row.pop("key"), row) for row in rows.values(key=F(field)).annotate(**measures)]
        if by == "month":
            grouped = [(_local_month(key), row) for key, row in grouped]
        result = _by_module(scope, by, grouped) if by in ("provider", "kind") else dict(grouped)
        result = {key: {n: v or 0 for n, v in values.items()} for key, values in result.items()}
    scope.memo[memo_key] = result
    return result


def _by_module(scope: Scope, by: str, grouped) -> dict:
    """Rows grouped by module, summed by the module's provider or kind."""
    out: dict = {}
    for module_id, values in grouped:
        module = scope.modules.get(module_id)
        if module is None:
            continue
        key = module.provider_id if by == "provider" else module.kind
        total = out.setdefault(key, {})
        for name, value in values.items():
            total[name] = total.get(name, 0) + (value or 0)
    return out


def figure(scope: Scope, year: int, base: str, by: str | None, measure: str = "n"):
    found = sums(scope, year, base, by)
    if by is None:
        value = found.get(measure, 0)
    else:
        value = {key: values.get(measure, 0) for key, values in found.items()}
    if measure == "cpd_hours":
        return Decimal(value) if by is None else {k: Decimal(v) for k, v in value.items()}
    return value


def learners(scope: Scope, year: int, by: str | None):
    """People with an active enrolment: one module's are its enrolments (a person has one
    enrolment per module); else the LearnerCount row counting each person once in exactly
    the scope's provider, school and breakdown; else (several providers, a group of roles)
    the ActiveLearner rows, counted distinct."""
    if scope.module is not None or by == "module":
        return figure(scope, year, FigureCount.Base.ENROLMENT, by)
    providers = list(scope.providers)
    field = {"provider": "provider_id", "kind": "kind"}.get(by) or _FIELDS.get(by)
    if scope.roles or (not _every_provider(scope) and len(providers) != 1):
        if by == "kind":
            return None
        rows = ActiveLearner.objects.filter(year=year, provider_id__in=providers).order_by()
        if scope.school is not None:
            rows = rows.filter(school=scope.school)
        if scope.roles:
            rows = rows.filter(role__in=scope.roles)
        counted = Count("id") if by == "provider" else Count("learner_id", distinct=True)
    else:
        needed = set()
        if not _every_provider(scope):
            needed.add("p")
        if scope.school is not None:
            needed.add("s")
        if by is not None:
            needed.add(_LEARNER_DIM[by])
        grouped_by = _smallest(LEARNER_SETS, needed)
        rows = LearnerCount.objects.filter(year=year, grain=grain(LEARNER_DIMS, grouped_by))
        if "p" in needed:
            rows = rows.filter(provider_id__in=providers)
        if scope.school is not None:
            rows = rows.filter(school=scope.school)
        rows = rows.order_by()
        counted = Sum("n")
    if by is None:
        return rows.aggregate(value=counted)["value"] or 0
    return dict(rows.values_list(field).annotate(value=counted).values_list(field, "value"))
