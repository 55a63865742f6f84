"""Every figure of the dashboards, checked exactly on the small county of conftest.py, and the
rows of each table adding up to its total."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.html import escape

from reports import figures as F
from reports.selectors import Period, scope_build
from reports.selectors import figures as selectors
from reports.selectors.dashboard import dashboard
from reports.selectors.quizzes import quiz_pass_rate

from .conftest import lead_of

pytestmark = pytest.mark.django_db
YEAR = Period.academic_year(2025)


@pytest.fixture
def scope(county, user_with_perms):
    return scope_build(user=user_with_perms("reports.view_county_reports"), period=YEAR)


def test_learners_are_people_with_an_enrolment_active_in_the_year(scope):
    # t1 enrolled in 2024 and completed in 2025: counted. Those who finished or left before
    # September 2025 are not. So no "0 learners beside 2 completions".
    assert selectors.learners(scope) == 4
    assert selectors.enrolments(scope) == 5
    assert selectors.completions(scope) == 3
    assert selectors.completion_rate(scope) == 60
    assert selectors.cpd_hours(scope) == Decimal(9)
    assert selectors.credits(scope) == 20
    assert selectors.median_days(scope) == 122


def test_the_year_before_counts_its_own_records(county, user_with_perms):
    scope = scope_build(
        user=user_with_perms("reports.view_county_reports"), period=Period.academic_year(2024)
    )
    # t1 (Behaviour), gone (Phonics, left December 2024); old finished in March 2024.
    assert selectors.learners(scope) == 2
    assert selectors.enrolments(scope) == 2
    assert selectors.completions(scope) == 0
    assert selectors.completion_rate(scope) == 0


def test_figures_by_provider(scope, county):
    north, south = county["north"].pk, county["south"].pk
    assert selectors.learners(scope, "provider") == {north: 4, south: 1}
    assert selectors.enrolments(scope, "provider") == {north: 4, south: 1}
    assert selectors.completions(scope, "provider") == {north: 2, south: 1}
    assert selectors.completion_rate(scope, "provider") == {north: 50, south: 100}
    assert selectors.cpd_hours(scope, "provider") == {north: 6, south: 3}
    assert selectors.credits(scope, "provider") == {north: 20, south: 0}


def test_figures_by_school_phase_role_and_module(scope, county):
    brook, hill = county["brook"].pk, county["hill"].pk
    assert selectors.learners(scope, "school") == {brook: 2, hill: 1, None: 1}
    assert selectors.enrolments(scope, "school") == {brook: 3, hill: 1, None: 1}
    assert selectors.completions(scope, "school") == {brook: 2, hill: 1}
    assert selectors.cpd_hours(scope, "phase") == {"primary": 9, "secondary": 0}
    assert selectors.learners(scope, "role") == {
        "teacher": 2,
        "teaching_assistant": 1,
        "middle_leader": 1,
    }
    behaviour, leading, phonics = (county[k].pk for k in ("behaviour", "leading", "phonics"))
    assert selectors.median_days(scope, "module") == {behaviour: 374, phonics: 61, leading: 122}
    assert selectors.credits(scope, "level") == {None: 0, 7: 20}
    assert quiz_pass_rate(scope) == {}


def test_completions_per_month(scope):
    months = {f"{key:%Y-%m}": n for key, n in selectors.completions(scope, "month").items()}
    assert months == {"2025-10": 1, "2025-11": 1, "2026-01": 1}


def test_every_table_adds_up_to_its_total(county):
    lead = lead_of(county["north"], "lead@north.example")
    for user in (lead,):
        scope = scope_build(user=user, period=YEAR)
        board = dashboard(scope)
        for section in board.sections:
            table = section.table
            if table.total is None:
                continue
            for figure in table.figures:
                if not figure.additive:
                    continue
                rows = sum(row.values[figure.key] or 0 for row in table.rows)
                assert rows == table.total.values[figure.key], (table.slug, figure.key)


def test_learners_by_school_and_role_add_up_to_the_total(scope):
    assert sum(selectors.learners(scope, "school").values()) == selectors.learners(scope)
    assert sum(selectors.learners(scope, "role").values()) == selectors.learners(scope)


def test_every_figure_shown_has_its_definition_on_the_page(client, county, council_officer):
    client.force_login(council_officer)
    page = client.get(reverse("reports:index"), {"year": 2025}).content.decode()
    board = client.get(reverse("reports:index"), {"year": 2025}).context["board"]
    shown = {figure.key for section in board.sections for figure in section.table.figures}
    for key in shown | {figure.key for figure in board.headline.figures}:
        assert f'id="define-{key}"' in page
        assert escape(F.ALL[key].definition) in page
