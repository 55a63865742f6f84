"""The social impact matrix: each indicator's baseline, latest value and change, by group."""

from dataclasses import dataclass, replace
from decimal import Decimal

from evaluation.models import GROUP_ROLES, Indicator, Questionnaire, StakeholderGroup
from evaluation.selectors import answers_mean, indicators

from ..figures import SMALL_NUMBER
from . import figures
from .scope import Period, Scope, current_academic_year, providers_for, scope_build


@dataclass
class MatrixRow:
    indicator: Indicator
    group: str
    source: str
    baseline: str
    latest: str
    change: str
    target: str
    note: str = ""


def _number(value) -> str:
    if value is None:
        return "–"
    value = Decimal(value).quantize(Decimal("0.1"))
    return f"{value:,.1f}".removesuffix(".0")


def _change(latest, baseline) -> str:
    if latest is None or baseline is None:
        return "–"
    delta = Decimal(latest) - Decimal(baseline)
    delta = delta.quantize(Decimal("0.1"))
    return ("+" if delta > 0 else "") + f"{delta:,.1f}".removesuffix(".0")


def _survey(indicator: Indicator) -> MatrixRow:
    """Mean ratings before and after; a mean of fewer than 5 people's answers is withheld."""
    before = answers_mean(
        measure=indicator.measure, group=indicator.group, timing=Questionnaire.Timing.BEFORE
    )
    after = answers_mean(
        measure=indicator.measure, group=indicator.group, timing=Questionnaire.Timing.AFTER
    )
    hidden = f"fewer than {SMALL_NUMBER} answered"
    baseline, baseline_text = indicator.baseline, _number(indicator.baseline)
    if baseline is None:
        baseline = before.value if before.people >= SMALL_NUMBER else None
        baseline_text = (
            _number(baseline) if before.people >= SMALL_NUMBER or not before.people else hidden
        )
    latest = after.value if after.people >= SMALL_NUMBER else None
    latest_text = _number(latest) if after.people >= SMALL_NUMBER or not after.people else hidden
    return MatrixRow(
        indicator,
        indicator.get_group_display(),
        f"Questionnaire: {indicator.get_measure_display().lower()} (mean rating, 1 to 5)",
        baseline_text,
        latest_text,
        _change(latest, baseline),
        _number(indicator.target),
        f"{before.people} answered before, {after.people} after",
    )


def _platform(indicator: Indicator, county: Scope) -> MatrixRow:
    scope = replace(county, roles=GROUP_ROLES[indicator.group], memo={})
    latest = figures.SELECTORS[indicator.platform_figure](scope, None)
    shown = latest
    note = county.period.label
    if indicator.platform_figure in ("learners", "completions") and 0 < latest < SMALL_NUMBER:
        shown, note = None, f"fewer than {SMALL_NUMBER} people"
    return MatrixRow(
        indicator,
        indicator.get_group_display(),
        f"Platform: {indicator.get_platform_figure_display()}",
        _number(indicator.baseline),
        _number(shown) if shown is not None else f"fewer than {SMALL_NUMBER}",
        _change(shown, indicator.baseline),
        _number(indicator.target),
        note,
    )


def impact_matrix(*, user) -> list[tuple[str, list[MatrixRow]]]:
    """The matrix by stakeholder group, in the groups' order; the platform's figures are the
    county's for the current academic year."""
    if not providers_for(user):
        return []
    county = scope_build(user=user, period=Period.academic_year(current_academic_year()))
    by_group: dict[str, list[MatrixRow]] = {}
    for indicator in indicators():
        row = (
            _survey(indicator)
            if indicator.source == Indicator.Source.SURVEY
            else _platform(indicator, county)
        )
        by_group.setdefault(indicator.group, []).append(row)
    return [
        (label, by_group[group]) for group, label in StakeholderGroup.choices if group in by_group
    ]
