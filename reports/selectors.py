"""Impact figures for the council and provider leads: read-only over the other apps."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum
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


def impact_report(*, providers: list[ProviderPage], year: int | None = None) -> ImpactReport:
    """Enrolments, completions, hours and credits for the given providers' modules.

    A fixed number of queries whatever the number of providers, modules or learners.
    """
    condition = Q(pk__in=[])
    for provider in providers:
        condition |= Q(path__startswith=provider.path, depth=provider.depth + 1)
    modules = list(
        ModulePage.objects.filter(condition)
        .only("id", "title", "path", "depth", "kind", "url_path")
        .order_by("title")
    )
    provider_by_path = {provider.path: provider for provider in providers}
    module_provider = {
        module.pk: provider_by_path[module.path[: -ModulePage.steplen]]
        for module in modules
        if module.path[: -ModulePage.steplen] in provider_by_path
    }
    module_ids = list(module_provider)
    enrolments = Enrolment.objects.filter(module_id__in=module_ids)
    completions = ModuleCompletion.objects.filter(enrolment__module_id__in=module_ids)
    credits = CreditEntry.objects.filter(page_id__in=module_ids)
    if year is not None:
        start, end = academic_year_bounds(year)
        enrolments = enrolments.filter(enrolled_at__gte=start, enrolled_at__lt=end)
        completions = completions.filter(completed_at__gte=start, completed_at__lt=end)
        credits = credits.filter(awarded_at__gte=start, awarded_at__lt=end)

    per_module = defaultdict(lambda: {"enrolments": 0, "learners": 0})
    for row in enrolments.values("module_id").annotate(
        n=Count("id"), learners=Count("learner_id", distinct=True)
    ):
        per_module[row["module_id"]] = {"enrolments": row["n"], "learners": row["learners"]}
    completed = {
        row["enrolment__module_id"]: row["n"]
        for row in completions.values("enrolment__module_id").annotate(
            n=Count("enrolment_id", distinct=True)
        )
    }
    awarded = {
        row["page_id"]: (row["hours"] or Decimal(0), row["credits"] or 0)
        for row in credits.values("page_id").annotate(
            hours=Sum("cpd_hours"), credits=Sum("academic_credits")
        )
    }

    def fill(row: Row, module_id: int) -> None:
        row.enrolments += per_module[module_id]["enrolments"]
        row.learners += per_module[module_id]["learners"]
        row.completions += completed.get(module_id, 0)
        hours, credit = awarded.get(module_id, (Decimal(0), 0))
        row.cpd_hours += hours
        row.credits += credit

    by_provider = {
        provider.pk: Row(provider.title, url=provider.url or "") for provider in providers
    }
    by_kind = {kind: Row(label) for kind, label in ModulePage.Kind.choices}
    by_module = []
    for module in modules:
        if module.pk not in module_provider:
            continue
        module_row = Row(module.title, url=module.url or "")
        fill(module_row, module.pk)
        by_module.append(module_row)
        fill(by_provider[module_provider[module.pk].pk], module.pk)
        fill(by_kind[module.kind], module.pk)

    roles = dict(JobRole.choices)
    by_role = [
        Row(
            roles.get(row["learner__job_role"], "Not given"),
            learners=row["learners"],
            enrolments=row["n"],
            completions=row["done"],
        )
        for row in enrolments.values("learner__job_role")
        .annotate(
            n=Count("id"),
            learners=Count("learner_id", distinct=True),
            done=Count("id", filter=Q(completions__isnull=False), distinct=True),
        )
        .order_by("-n")
    ]
    by_school = [
        Row(
            row["learner__school__name"] or "No county school",
            learners=row["learners"],
            enrolments=row["n"],
            completions=row["done"],
        )
        for row in enrolments.values("learner__school__name")
        .annotate(
            n=Count("id"),
            learners=Count("learner_id", distinct=True),
            done=Count("id", filter=Q(completions__isnull=False), distinct=True),
        )
        .order_by("-n", "learner__school__name")
    ]
    totals = Row(
        "All",
        learners=enrolments.values("learner_id").distinct().count(),
        enrolments=sum(row.enrolments for row in by_provider.values()),
        completions=sum(row.completions for row in by_provider.values()),
        cpd_hours=sum((row.cpd_hours for row in by_provider.values()), Decimal(0)),
        credits=sum(row.credits for row in by_provider.values()),
    )
    return ImpactReport(
        scope="county" if len(providers) != 1 else providers[0].title,
        year_label=f"{year} to {year + 1}" if year is not None else "All years",
        totals=totals,
        by_provider=sorted(by_provider.values(), key=lambda row: (-row.enrolments, row.label)),
        by_module=sorted(by_module, key=lambda row: (-row.enrolments, row.label)),
        by_school=by_school,
        by_role=by_role,
        by_kind=[row for row in by_kind.values() if row.enrolments],
    )
