"""What a dashboard counts: the modules of the providers a person may see, narrowed by the
drill-down (provider, school, module) and a period."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

from courses.models import ModulePage, ProviderPage
from courses.selectors import providers_led_by
from credentials.selectors import academic_year_bounds, academic_year_of
from schools.models import School


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
class ModuleInfo:
    pk: int
    title: str
    kind: str
    provider_id: int


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime
    label: str

    @classmethod
    def academic_year(cls, year: int) -> "Period":
        start, end = academic_year_bounds(year)
        return cls(start, end, f"September {year} to August {year + 1}")

    @classmethod
    def last_twelve_months(cls) -> "Period":
        """The dashboards' default: the twelve months up to and including today."""
        from dateutil.relativedelta import relativedelta

        today = timezone.localdate()
        return cls.dates(today - relativedelta(years=1) + timedelta(days=1), today)

    @classmethod
    def dates(cls, first: date, last: date) -> "Period":
        """From the start of `first` to the end of `last`, both days included."""
        start = timezone.make_aware(datetime.combine(first, time.min))
        end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time.min))
        return cls(start, end, f"{first:%-d %B %Y} to {last:%-d %B %Y}")


@dataclass(frozen=True)
class Scope:
    """The providers and modules counted, the drill-down chosen and the period."""

    providers: dict[int, ProviderPage]
    modules: dict[int, ModuleInfo]
    period: Period
    county: bool  # the viewer sees the whole county (a council officer)
    provider: ProviderPage | None = None
    school: School | None = None
    module: ModuleInfo | None = None
    allowed_provider_ids: frozenset = field(default_factory=frozenset)
    roles: tuple = ()  # only learners in these job roles (a stakeholder group); () for all
    # Figures already computed for this scope in this request: {(figure, dimension): value}.
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def providers_titles(self) -> list[str]:
        return [provider.title for provider in self.providers.values()]

    @property
    def module_ids(self) -> list[int]:
        return list(self.modules)

    @property
    def small_numbers_withheld(self) -> bool:
        """County and school views withhold small numbers; a lead's own modules do not."""
        return self.county or self.school is not None

    @property
    def level(self) -> str:
        if self.module:
            return "module"
        if self.school:
            return "school"
        if self.provider:
            return "provider"
        return "county" if self.county else "providers"


class OutOfScope(Exception):
    """The drill-down names a provider, school or module the viewer may not see."""


def _modules_of(providers: list[ProviderPage]) -> dict[int, ModuleInfo]:
    condition = Q(pk__in=[])
    for provider in providers:
        condition |= Q(path__startswith=provider.path, depth=provider.depth + 1)
    by_path = {provider.path: provider for provider in providers}
    modules = {}
    for pk, title, kind, path in (
        ModulePage.objects.filter(condition)
        .order_by("title", "pk")
        .values_list("pk", "title", "kind", "path")
    ):
        provider = by_path.get(path[: -ModulePage.steplen])
        if provider is not None:
            modules[pk] = ModuleInfo(pk, title, kind, provider.pk)
    return modules


def scope_build(
    *,
    user,
    period: Period,
    provider_id: int | None = None,
    school_id: int | None = None,
    module_id: int | None = None,
) -> Scope:
    """The viewer's scope, narrowed; OutOfScope when a step names what they may not see."""
    providers = providers_for(user)
    allowed = frozenset(p.pk for p in providers)
    provider = None
    if provider_id is not None:
        provider = next((p for p in providers if p.pk == provider_id), None)
        if provider is None:
            raise OutOfScope
        providers = [provider]
    modules = _modules_of(providers)
    module = None
    if module_id is not None:
        module = modules.get(module_id)
        if module is None:
            raise OutOfScope
        modules = {module.pk: module}
    school = None
    if school_id is not None:
        school = School.objects.filter(pk=school_id).first()
        if school is None:
            raise OutOfScope
    return Scope(
        providers={p.pk: p for p in providers},
        modules=modules,
        period=period,
        county=user.has_perm("reports.view_county_reports"),
        provider=provider,
        school=school,
        module=module,
        allowed_provider_ids=allowed,
    )
