"""The figure summaries: for each academic year, the dashboards' additive figures grouped by
module, school, role, month and level (FigureCount), and the people active in it (ActiveLearner).

Each year is rebuilt in one statement per kind of record from the live definitions themselves
(reports.selectors.figures builds the querysets; here they are grouped and written with INSERT
... SELECT), so a summary holds exactly what the live count gives at the moment it was built.
`figure_summaries_refresh` rebuilds the current academic year and any year marked dirty by a
change to older records (reports.signals); beat runs it every five minutes."""

from datetime import datetime

from django.db import connection, transaction
from django.db.models import CharField, DateTimeField, F, IntegerField, Value
from django.db.models.functions import Cast, TruncMonth
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from courses.models import ProviderPage
from learning.models import Enrolment

from .models import ActiveLearner, FigureCount, LearnerCount, SummaryYear
from .selectors.figures import _by_module_map, completions_in, credits_in, enrolments_active
from .selectors.scope import Period, Scope, _modules_of, current_academic_year
from .summaries_grains import FIGURE_DIMS, FIGURE_SETS, LEARNER_DIMS, LEARNER_SETS, ROLLING

# The years a dashboard offers (reports.views): this one and the four before it.
YEARS_KEPT = 5


def summary_period(year: int) -> Period:
    return Period.last_twelve_months() if year == ROLLING else Period.academic_year(year)


def _county(period: Period) -> Scope:
    """Every provider's modules, for the period: what the summaries count."""
    providers = list(ProviderPage.objects.order_by("pk"))
    return Scope(
        providers={p.pk: p for p in providers},
        modules=_modules_of(providers),
        period=period,
        county=True,
    )


def _sets(dims: str, sets: list[str]) -> str:
    return ", ".join("(" + ", ".join(f"sub.{d}" for d in grouped) + ")" for grouped in sets)


def _insert_grouped(cursor, table: str, head: dict, queryset, dims: str, sets, measures) -> int:
    """INSERT INTO table SELECT the queryset's records summed by each grouping set: head maps
    constant columns to values, measures maps columns to aggregates of sub.*; the queryset
    gives one row per record with a column for each dimension."""
    sql, params = queryset.query.sql_with_params()
    columns = {"s": "school_id", "j": "role", "m": "module_id", "t": "month", "v": "level"}
    columns.update({"p": "provider_id", "k": "kind"})
    names = [*head, "grain", *(columns[d] for d in dims), *measures]
    selected = [
        *(["%s"] * len(head)),
        f"GROUPING({', '.join(f'sub.{d}' for d in dims)})",
        *(f"sub.{d}" for d in dims),
        *measures.values(),
    ]
    cursor.execute(
        f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(selected)} "
        f"FROM ({sql}) AS sub GROUP BY GROUPING SETS ({_sets(dims, sets)})",
        [*head.values(), *params],
    )
    return cursor.rowcount


def _insert(cursor, model, year: int, queryset, columns: dict) -> int:
    """INSERT INTO the model's table SELECT the queryset's rows (columns maps each table column
    to the queryset's name for it)."""
    sql, params = queryset.query.sql_with_params()
    names = ["year", *columns]
    selected = ["%s", *(f'sub."{name}"' for name in columns.values())]
    cursor.execute(
        f"INSERT INTO {model._meta.db_table} ({', '.join(names)}) "
        f"SELECT {', '.join(selected)} FROM ({sql}) AS sub",
        [year, *params],
    )
    return cursor.rowcount


def _who(learner: str) -> dict:
    return {"s": F(f"{learner}__school_id"), "j": F(f"{learner}__job_role")}


def _none(field):
    return Cast(Value(None), field)


def _build(year: int, period: Period) -> int:
    """Write one year's rows (the caller has deleted the old ones); returns how many."""
    scope = _county(period)
    active = enrolments_active(scope).order_by()
    completions = completions_in(scope).order_by()
    credits = credits_in(scope).order_by()
    no_month, no_level = _none(DateTimeField()), _none(IntegerField())
    zero = {"h": Value(0), "c": Value(0)}
    bases = {
        FigureCount.Base.ENROLMENT: active.annotate(
            m=F("module_id"), **_who("learner"), t=no_month, v=no_level, x=F("id"), **zero
        ),
        FigureCount.Base.COMPLETION: completions.annotate(
            m=F("enrolment__module_id"),
            **_who("enrolment__learner"),
            t=TruncMonth("completed_at"),
            v=no_level,
            x=F("id"),
            **zero,
        ),
        FigureCount.Base.COMPLETED_ENROLMENT: completions.filter(
            enrolment__in=enrolments_active(scope)
        ).annotate(
            m=F("enrolment__module_id"),
            **_who("enrolment__learner"),
            t=no_month,
            v=no_level,
            x=F("enrolment_id"),
            **zero,
        ),
        FigureCount.Base.CREDIT: credits.annotate(
            m=F("page_id"),
            **_who("learner"),
            t=TruncMonth("awarded_at"),
            v=F("fheq_level"),
            x=F("id"),
            h=F("cpd_hours"),
            c=F("academic_credits"),
        ),
    }
    written = 0
    with connection.cursor() as cursor:
        for base, records in bases.items():
            counted = "COUNT(DISTINCT sub.x)" if base == "d" else "COUNT(*)"
            written += _insert_grouped(
                cursor,
                FigureCount._meta.db_table,
                {"year": year, "base": base},
                records.values("m", "s", "j", "t", "v", "x", "h", "c"),
                FIGURE_DIMS,
                FIGURE_SETS,
                {
                    "n": counted,
                    "cpd_hours": "COALESCE(SUM(sub.h), 0)",
                    "credits": "COALESCE(SUM(sub.c), 0)",
                },
            )
        provider = _by_module_map(scope, "module_id", lambda m: m.provider_id, IntegerField())
        kind = _by_module_map(scope, "module_id", lambda m: m.kind, CharField())
        people = active.annotate(w=F("learner_id"), p=provider, k=kind, **_who("learner"))
        written += _insert_grouped(
            cursor,
            LearnerCount._meta.db_table,
            {"year": year},
            people.values("w", "p", "k", "s", "j"),
            LEARNER_DIMS,
            LEARNER_SETS,
            {"n": "COUNT(DISTINCT sub.w)"},
        )
        # Each person once per provider: what a lead of several providers is counted from.
        rows = people.values("w", "p", "s", "j").distinct()
        written += _insert(
            cursor,
            ActiveLearner,
            year,
            rows,
            {"learner_id": "w", "provider_id": "p", "school_id": "s", "role": "j"},
        )
    return written


def figure_summary_rebuild(year: int) -> int:
    """Rebuild one academic year's summaries in one transaction; returns the rows written.
    The year's SummaryYear row is locked first, so two refreshes of a year run one after the
    other rather than writing it twice."""
    with transaction.atomic():
        SummaryYear.objects.get_or_create(year=year)
        summary = SummaryYear.objects.select_for_update().get(year=year)
        with connection.cursor() as cursor:
            for model in (FigureCount, LearnerCount, ActiveLearner):
                cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE year = %s", [year])
        period = summary_period(year)
        written = _build(year, period)
        summary.refreshed_at = timezone.now()
        summary.dirty = False
        summary.starts_at, summary.ends_at = period.start, period.end
        summary.save(update_fields=["refreshed_at", "dirty", "starts_at", "ends_at"])
    return written


def years_kept() -> list[int]:
    this_year = current_academic_year()
    return list(range(this_year - YEARS_KEPT + 1, this_year + 1))


def figure_summaries_refresh(years: list[int] | None = None) -> dict[int, int]:
    """Rebuild the given years, or: the current one and the last twelve months, those never
    built and those marked dirty since. Returns {year: rows written}."""
    if years is None:
        kept = years_kept()
        fresh = set(
            SummaryYear.objects.filter(
                year__in=kept, dirty=False, refreshed_at__isnull=False
            ).values_list("year", flat=True)
        )
        years = [year for year in kept if year not in fresh or year == kept[-1]] + [ROLLING]
    return {year: figure_summary_rebuild(year) for year in years}


def years_touched(*moments) -> list[int]:
    """The kept years before this one that records at these moments fall in."""
    from credentials.selectors import academic_year_of

    this_year = current_academic_year()
    years = set()
    for moment in moments:
        if isinstance(moment, str):  # as a model may be given it before saving
            moment = parse_datetime(moment) or parse_date(moment)
        if moment is None:
            continue
        if isinstance(moment, datetime):
            moment = timezone.localtime(moment) if timezone.is_aware(moment) else moment
            moment = moment.date()
        year = academic_year_of(moment)
        if year < this_year:
            years.add(year)
    return sorted(years)


def years_mark_dirty(years) -> None:
    """A change to records of these years: the next refresh rebuilds them."""
    if years:
        SummaryYear.objects.filter(year__in=list(years), dirty=False).update(dirty=True)


def enrolment_years(enrolment: Enrolment) -> list[int]:
    """An enrolment is active in every year from the one it began in to the one it ended in."""
    from credentials.selectors import academic_year_of

    this_year = current_academic_year()
    first = academic_year_of(timezone.localtime(enrolment.enrolled_at).date())
    return [year for year in range(first, this_year) if year >= this_year - YEARS_KEPT]
