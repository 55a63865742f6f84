"""Impact figures for the council and provider leads: read-only over the other apps."""

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from accounts.models import JobRole
from courses.models import ModulePage, ProviderPage
from courses.selectors import providers_led_by
from credentials.models import CreditEntry
from credentials.selectors import academic_year_bounds, academic_year_of
from learning.models import Enrolment, ModuleCompletion


@dataclass
class Row:
    """One line of a report: who or what, and its figures."""

    label: str
    learners: int = 0
    enrolments: int = 0
    completions: int = 0
    cpd_hours: Decimal = Decimal(0)
    credits: int = 0
    url: str = ""

    def add(self, other: "Row") -> None:
        """Add another row's figures to this one's (a module's to its provider's)."""
        self.learners += other.learners
        self.enrolments += other.enrolments
        self.completions += other.completions
        self.cpd_hours += other.cpd_hours
        self.credits += other.credits

    @property
    def completion_rate(self) -> int | None:
        return round(100 * self.completions / self.enrolments) if self.enrolments else None


@dataclass
class ImpactReport:
    scope: str
    year_label: str
    totals: Row
    by_provider: list[Row] = field(default_factory=list)
    by_module: list[Row] = field(default_factory=list)
    by_school: list[Row] = field(default_factory=list)
    by_role: list[Row] = field(default_factory=list)
    by_kind: list[Row] = field(default_factory=list)


def current_academic_year() -> int:
    return academic_year_of(timezone.localdate())


def providers_for(user) -> list[ProviderPage]:
    """Every provider for those who see the county's reports; the ones they lead for leads."""
    if user.has_perm("reports.view_county_reports"):
        return list(ProviderPage.objects.order_by("title"))
    if user.has_perm("reports.view_provider_reports"):
        return providers_led_by(user=user)
    return []


@dataclass(frozen=True)
class Scope:
    """What a report counts: the providers' own modules and their records in the chosen year."""

    providers: list[ProviderPage]
    modules: list[ModulePage]
    provider_of: dict[int, ProviderPage]
    enrolments: QuerySet
    completions: QuerySet
    credits: QuerySet


def _scope(providers: list[ProviderPage], year: int | None) -> Scope:
    condition = Q(pk__in=[])
    for provider in providers:
        condition |= Q(path__startswith=provider.path, depth=provider.depth + 1)
    candidates = (
        ModulePage.objects.filter(condition)
        .only("id", "title", "path", "depth", "kind", "url_path")
        .order_by("title")
    )
    provider_by_path = {provider.path: provider for provider in providers}
    modules = [m for m in candidates if m.path[: -ModulePage.steplen] in provider_by_path]
    provider_of = {m.pk: provider_by_path[m.path[: -ModulePage.steplen]] for m in modules}
    module_ids = list(provider_of)
    enrolments = Enrolment.objects.filter(module_id__in=module_ids)
    completions = ModuleCompletion.objects.filter(enrolment__module_id__in=module_ids)
    credits = CreditEntry.objects.filter(page_id__in=module_ids)
    if year is not None:
        start, end = academic_year_bounds(year)
        enrolments = enrolments.filter(enrolled_at__gte=start, enrolled_at__lt=end)
        completions = completions.filter(completed_at__gte=start, completed_at__lt=end)
        credits = credits.filter(awarded_at__gte=start, awarded_at__lt=end)
    return Scope(providers, modules, provider_of, enrolments, completions, credits)


def _by_module(scope: Scope) -> list[Row]:
    """Each module's figures, in title order (three queries whatever the number of modules)."""
    taking = {
        row["module_id"]: row
        for row in scope.enrolments.values("module_id").annotate(
            n=Count("id"), learners=Count("learner_id", distinct=True)
        )
    }
    completed = {
        row["enrolment__module_id"]: row["n"]
        for row in scope.completions.values("enrolment__module_id").annotate(
            n=Count("enrolment_id", distinct=True)
        )
    }
    awarded = {
        row["page_id"]: row
        for row in scope.credits.values("page_id").annotate(
            hours=Sum("cpd_hours"), credits=Sum("academic_credits")
        )
    }
    return [
        Row(
            module.title,
            learners=taking.get(module.pk, {}).get("learners", 0),
            enrolments=taking.get(module.pk, {}).get("n", 0),
            completions=completed.get(module.pk, 0),
            cpd_hours=awarded.get(module.pk, {}).get("hours") or Decimal(0),
            credits=awarded.get(module.pk, {}).get("credits") or 0,
            url=module.url or "",
        )
        for module in scope.modules
    ]


def _by_provider(scope: Scope, module_rows: list[Row]) -> list[Row]:
    rows = {
        provider.pk: Row(provider.title, url=provider.url or "") for provider in scope.providers
    }
    for module, module_row in zip(scope.modules, module_rows, strict=True):
        rows[scope.provider_of[module.pk].pk].add(module_row)
    return list(rows.values())


def _by_kind(scope: Scope, module_rows: list[Row]) -> list[Row]:
    """Each kind of module (ITT, early career, CPD...) that has enrolments."""
    rows = {kind: Row(label) for kind, label in ModulePage.Kind.choices}
    for module, module_row in zip(scope.modules, module_rows, strict=True):
        rows[module.kind].add(module_row)
    return [row for row in rows.values() if row.enrolments]


def _enrolments_by(scope: Scope, learner_field: str, *order_by: str) -> list[tuple[Any, Row]]:
    """Enrolments grouped by something about the learner: its value and the figures."""
    grouped = (
        scope.enrolments.values(learner_field)
        .annotate(
            n=Count("id"),
            learners=Count("learner_id", distinct=True),
            done=Count("id", filter=Q(completions__isnull=False), distinct=True),
        )
        .order_by(*order_by)
    )
    return [
        (
            row[learner_field],
            Row("", learners=row["learners"], enrolments=row["n"], completions=row["done"]),
        )
        for row in grouped
    ]


def _by_role(scope: Scope) -> list[Row]:
    roles = dict(JobRole.choices)
    rows = _enrolments_by(scope, "learner__job_role", "-n")
    return [replace(row, label=roles.get(role, "Not given")) for role, row in rows]


def _by_school(scope: Scope) -> list[Row]:
    rows = _enrolments_by(scope, "learner__school__name", "-n", "learner__school__name")
    return [replace(row, label=school or "No county school") for school, row in rows]


def _totals(scope: Scope, provider_rows: list[Row]) -> Row:
    """Learners counted once however many modules they take; the rest summed over providers."""
    totals = Row("All", learners=scope.enrolments.values("learner_id").distinct().count())
    for row in provider_rows:
        totals.add(replace(row, learners=0))
    return totals


def _by_enrolments(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: (-row.enrolments, row.label))


def impact_report(*, providers: list[ProviderPage], year: int | None = None) -> ImpactReport:
    """Enrolments, completions, hours and credits for the given providers' modules.

    A fixed number of queries whatever the number of providers, modules or learners.
    """
    scope = _scope(providers, year)
    module_rows = _by_module(scope)
    provider_rows = _by_provider(scope, module_rows)
    return ImpactReport(
        scope="county" if len(providers) != 1 else providers[0].title,
        year_label=f"{year} to {year + 1}" if year is not None else "All years",
        totals=_totals(scope, provider_rows),
        by_provider=_by_enrolments(provider_rows),
        by_module=_by_enrolments(module_rows),
        by_school=_by_school(scope),
        by_role=_by_role(scope),
        by_kind=_by_kind(scope, module_rows),
    )
