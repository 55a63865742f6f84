"""Reads other apps and views share: certificates, credit totals, masters progress, renewals."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone

from .awards import MASTERS_LEVEL, MastersProgress
from .models import Certificate, CreditEntry, MastersAwardRules
from .renewal import RenewalDates, long_date, renewal_dates, renewal_sentence

__all__ = [
    "RenewalDates",
    "academic_year_of",
    "certificate_by_code",
    "certificates_for_learner",
    "certificates_overdue_for_pdf",
    "cpd_hours_by_learner",
    "cpd_hours_in_academic_year",
    "credit_entries_for_learner",
    "credit_totals",
    "long_date",
    "masters_award_rules",
    "masters_progress",
    "prior_learning_credits",
    "renewal_dates",
    "renewal_sentence",
    "valid_certificate",
]


def certificates_for_learner(*, learner):
    """Every certificate a learner holds or held, newest first (revoked and replaced too)."""
    return Certificate.objects.filter(learner=learner).select_related("page").order_by("-issued_at")


def valid_certificate(*, learner, page) -> Certificate | None:
    """The learner's valid certificate for a page, or None. It may still be out of date:
    check `is_expired` (or `state`)."""
    return Certificate.objects.filter(
        learner=learner, page=page, status=Certificate.Status.VALID
    ).first()


# A PDF normally follows its certificate within seconds; after this long, an officer should know.
PDF_OVERDUE_AFTER = timedelta(minutes=10)


def certificates_overdue_for_pdf():
    """Certificates still without their PDF long after issue or revocation (a full disk, a lost
    task), oldest first: listed for officers and counted by /healthz."""
    cutoff = timezone.now() - PDF_OVERDUE_AFTER
    return (
        Certificate.objects.filter(rendered_at__isnull=True, issued_at__lte=cutoff)
        .exclude(status_changed_at__gt=cutoff)
        .select_related("learner")
        .order_by("issued_at")
    )


def certificate_by_code(code: str) -> Certificate | None:
    return Certificate.objects.filter(code=code).select_related("page").first()


def credit_entries_for_learner(*, learner):
    return CreditEntry.objects.filter(learner=learner).order_by("awarded_at", "id")


def academic_year_of(day: date) -> int:
    """The year an academic year starts in: 1 September to 31 August."""
    return day.year if day.month >= 9 else day.year - 1


def academic_year_bounds(start_year: int) -> tuple[datetime, datetime]:
    """Local midnight on 1 September of start_year, and of the year after."""
    return (
        timezone.make_aware(datetime(start_year, 9, 1)),
        timezone.make_aware(datetime(start_year + 1, 9, 1)),
    )


def academic_year_label(start_year: int) -> str:
    return f"{start_year} to {start_year + 1}"


def masters_award_rules() -> MastersAwardRules:
    """The officer's rules for counting prior learning toward the University's awards."""
    return MastersAwardRules.load()


def masters_progress(*, module_credits: int, prior_credits: int = 0) -> MastersProgress:
    """Level 7 credits toward PG Cert (60), PG Dip (120) and MA (180); prior learning capped."""
    percent = masters_award_rules().prior_learning_percent if prior_credits > 0 else 0
    return MastersProgress(
        module_credits=module_credits, prior_credits=prior_credits, prior_percent=percent
    )


def prior_learning_credits(*, learner, level: int = MASTERS_LEVEL) -> int:
    """Credits of recognised prior learning at a level, net of any reversal."""
    total = (
        CreditEntry.objects.filter(learner=learner, fheq_level=level)
        .filter(
            Q(source=CreditEntry.Source.PRIOR_LEARNING)
            | Q(reverses__source=CreditEntry.Source.PRIOR_LEARNING)
        )
        .aggregate(credits=Sum("academic_credits"))["credits"]
    )
    return max(0, total or 0)


@dataclass(frozen=True)
class CreditTotals:
    cpd_hours: Decimal
    academic_credits: int
    prior_learning_credits: int  # recognised from elsewhere, included in academic_credits
    by_level: dict[int, int]
    by_academic_year: list[tuple[str, Decimal, int]]  # (label, CPD hours, credits), oldest first
    masters: MastersProgress
    mentoring_cpd_hours: Decimal = Decimal(0)  # meetings as mentor or mentee, apart from modules
    mentor_training_cpd_hours: Decimal = Decimal(0)  # a mentor's own training, apart too

    @property
    def module_cpd_hours(self) -> Decimal:
        return self.cpd_hours - self.mentoring_cpd_hours - self.mentor_training_cpd_hours


LEDGER_COLUMNS = ("cpd_hours", "academic_credits", "fheq_level", "awarded_at", "source")


def ledger_rows(*, learner) -> list[tuple]:
    """The learner's ledger entries as (LEDGER_COLUMNS..., the reversed entry's source)."""
    return list(
        CreditEntry.objects.filter(learner=learner).values_list(*LEDGER_COLUMNS, "reverses__source")
    )


def ledger_rows_for_request(request) -> list[tuple]:
    """``ledger_rows`` for the signed-in person, read once for a page whose panels (credits,
    the CPD-hours chart) all sum the same ledger. Only for GET pages that write nothing."""
    rows = getattr(request, "_academy_ledger_rows", None)
    if rows is None:
        rows = request._academy_ledger_rows = ledger_rows(learner=request.user)
    return rows


def credit_totals(*, learner, entries: list[tuple] | None = None) -> CreditTotals:
    """A learner's ledger summed: all time, by FHEQ level and by academic year (reversals net).
    ``entries`` are the learner's ``ledger_rows`` where the caller has read them already."""
    if entries is None:
        entries = ledger_rows(learner=learner)
    prior_source = CreditEntry.Source.PRIOR_LEARNING
    by_level: dict[int, int] = {}
    by_year: dict[int, list] = {}
    prior_by_level: dict[int, int] = {}
    for hours, credits, level, awarded_at, source, reverses_source in entries:
        if level and credits:
            by_level[level] = by_level.get(level, 0) + credits
            if prior_source in (source, reverses_source):
                prior_by_level[level] = prior_by_level.get(level, 0) + credits
        year = academic_year_of(timezone.localdate(awarded_at))
        totals = by_year.setdefault(year, [Decimal(0), 0])
        totals[0] += hours
        totals[1] += credits
    prior_7 = max(0, prior_by_level.get(MASTERS_LEVEL, 0))
    return CreditTotals(
        cpd_hours=sum((hours for hours, *_ in entries), Decimal(0)),
        academic_credits=sum(credits for _, credits, *_ in entries),
        prior_learning_credits=max(0, sum(prior_by_level.values())),
        by_level={level: credits for level, credits in sorted(by_level.items()) if credits},
        by_academic_year=[
            (academic_year_label(year), hours, credits)
            for year, (hours, credits) in sorted(by_year.items())
        ],
        masters=masters_progress(
            module_credits=by_level.get(MASTERS_LEVEL, 0) - prior_7, prior_credits=prior_7
        ),
        mentoring_cpd_hours=_hours_from(entries, CreditEntry.Source.MENTORING),
        mentor_training_cpd_hours=_hours_from(entries, CreditEntry.Source.MENTOR_TRAINING),
    )


def _hours_from(entries: list[tuple], source_wanted: str) -> Decimal:
    """The CPD hours of ``entries`` from one source, its reversals netted."""
    return sum(
        (
            hours
            for hours, _c, _l, _a, source, reverses_source in entries
            if source_wanted in (source, reverses_source)
        ),
        Decimal(0),
    )


def cpd_hours_in_academic_year(
    *, learner, year: int | None = None, entries: list[tuple] | None = None
) -> Decimal:
    """CPD hours in the academic year starting 1 September `year` (default: the current one),
    summed from ``entries`` (the learner's ``ledger_rows``) where the caller has them."""
    if year is None:
        year = academic_year_of(timezone.localdate())
    start, end = academic_year_bounds(year)
    if entries is not None:
        at, cpd = LEDGER_COLUMNS.index("awarded_at"), LEDGER_COLUMNS.index("cpd_hours")
        return sum((e[cpd] for e in entries if start <= e[at] < end), Decimal(0))
    total = CreditEntry.objects.filter(
        learner=learner, awarded_at__gte=start, awarded_at__lt=end
    ).aggregate(hours=Sum("cpd_hours"))["hours"]
    return total or Decimal(0)


def cpd_hours_by_learner(*, learner_ids, year: int | None = None) -> dict[int, Decimal]:
    """Each learner's CPD hours in one academic year (default: the current one), in one query;
    a learner with none is missing from the result."""
    if year is None:
        year = academic_year_of(timezone.localdate())
    start, end = academic_year_bounds(year)
    rows = (
        CreditEntry.objects.filter(
            learner_id__in=learner_ids, awarded_at__gte=start, awarded_at__lt=end
        )
        .values("learner_id")
        .annotate(hours=Sum("cpd_hours"))
        .values_list("learner_id", "hours")
    )
    return {learner_id: hours for learner_id, hours in rows}
