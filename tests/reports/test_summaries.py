"""The figure summaries hold exactly what the live counts give, after records change: an
enrolment, a completion, its undoing, a credit revoked, a learner moving school, erasure."""

from decimal import Decimal

import pytest
from django.test import override_settings

from accounts.models import User
from credentials.models import CreditEntry
from learning.models import Enrolment, ModuleCompletion
from reports.models import FigureCount, SummaryYear
from reports.selectors import Period, scope_build
from reports.selectors import figures as selectors
from reports.summaries import figure_summaries_refresh, figure_summary_rebuild
from tests.factories import UserFactory

from .conftest import at, enrol, lead_of

pytestmark = pytest.mark.django_db
YEAR = Period.academic_year(2025)
COMMON = [None, "provider", "module", "kind", "school", "phase", "role"]
# Each figure and the dimensions it can be broken down by.
FIGURES = {
    "learners": COMMON,
    "enrolments": COMMON,
    "completed_enrolments": COMMON,
    "completions": [*COMMON, "month"],
    "cpd_hours": [*COMMON, "month", "level"],
    "credits": [*COMMON, "month", "level"],
}


def figures_of(user, **drill):
    """Every additive figure by every dimension, for one viewer and drill-down."""
    scope = scope_build(user=user, period=YEAR, **drill)
    found = {}
    for name, dimensions in FIGURES.items():
        for by in dimensions:
            found[(name, by)] = getattr(selectors, name)(scope, by)
    return found


def views(county, officer):
    lead = User.objects.filter(email="lead@north.example").first() or lead_of(
        county["north"], "lead@north.example"
    )
    return [
        (officer, {}),
        (officer, {"school_id": county["brook"].pk}),
        (officer, {"provider_id": county["south"].pk}),
        (officer, {"module_id": county["behaviour"].pk}),
        (lead, {}),
        (lead, {"school_id": county["hill"].pk}),
    ]


def assert_summary_equals_live(county, officer):
    figure_summary_rebuild(2025)
    assert FigureCount.objects.filter(year=2025).exists()
    for user, drill in views(county, officer):
        with override_settings(REPORTS_SUMMARIES=False):
            live = figures_of(user, **drill)
        summary = figures_of(user, **drill)
        assert summary == live, drill


@pytest.fixture
def officer(user_with_perms):
    return user_with_perms("reports.view_county_reports")


def test_summary_and_live_agree_as_records_change(county, officer):
    assert_summary_equals_live(county, officer)
    # A new enrolment and a completion this year.
    newcomer = UserFactory(job_role="teacher", school=county["hill"])
    enrolment = enrol(newcomer, county["leading"], on="2025-10-01", completed="2026-02-01")
    assert_summary_equals_live(county, officer)
    # The completion undone: the completion and its credit go, the enrolment is active again.
    ModuleCompletion.objects.filter(enrolment=enrolment).delete()
    CreditEntry.objects.filter(learner=newcomer).delete()
    Enrolment.objects.filter(pk=enrolment.pk).update(status="active", completed_at=None)
    assert_summary_equals_live(county, officer)
    # A credit revoked by a reversing entry.
    original = CreditEntry.objects.filter(page=county["phonics"]).first()
    CreditEntry.objects.create(
        learner=original.learner,
        source=original.source,
        source_key=f"{original.source_key}:revoked",
        page=original.page,
        description="Revoked",
        cpd_hours=-original.cpd_hours,
        academic_credits=0,
        awarded_at=at("2026-03-01"),
        reverses=original,
    )
    # Until the next refresh the dashboards give the figures as the summary was built.
    assert selectors.cpd_hours(scope_build(user=officer, period=YEAR)) == Decimal(9)
    assert_summary_equals_live(county, officer)
    assert selectors.cpd_hours(scope_build(user=officer, period=YEAR)) == Decimal(6)
    # A learner moves school; another's records are erased (enrolments deleted).
    t1 = Enrolment.objects.get(module=county["behaviour"], enrolled_at=at("2024-10-01")).learner
    t1.school = county["hill"]
    t1.save()
    Enrolment.objects.filter(learner=newcomer).delete()
    assert_summary_equals_live(county, officer)


def test_a_change_to_an_older_year_marks_it_for_the_next_refresh(county, officer):
    figure_summaries_refresh(years=[2024, 2025])
    assert not SummaryYear.objects.get(year=2024).dirty
    learner = UserFactory(job_role="teacher")
    enrolment = Enrolment.objects.create(learner=learner, module=county["behaviour"])
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=at("2024-11-01"))
    enrolment.refresh_from_db()
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = at("2025-01-10")
    enrolment.save(update_fields=["status", "withdrawn_at"])
    assert SummaryYear.objects.get(year=2024).dirty
    refreshed = figure_summaries_refresh()
    assert 2024 in refreshed
    scope = scope_build(user=officer, period=Period.academic_year(2024))
    assert selectors.enrolments(scope) == 3
    with override_settings(REPORTS_SUMMARIES=False):
        assert (
            selectors.enrolments(scope_build(user=officer, period=Period.academic_year(2024))) == 3
        )


def test_a_date_range_that_is_not_a_whole_year_is_counted_live(county, officer):
    figure_summary_rebuild(2025)
    FigureCount.objects.filter(year=2025).update(n=999)
    whole = scope_build(user=officer, period=YEAR)
    assert (
        selectors.enrolments(whole)
        == 999 * FigureCount.objects.filter(year=2025, base="e", grain=31).count()
    )
    part = scope_build(
        user=officer, period=Period.dates(YEAR.start.date(), at("2026-08-30").date())
    )
    assert selectors.enrolments(part) == 5
