import re
from datetime import date

import pytest

from courses.frameworks import frameworks_load
from courses.models import FrameworkElement
from governors.models import Role, SkillsRating
from tests.factories import PASSWORD
from tests.governors.factories import GovernorshipFactory

from .conftest import certificate


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_chair_reads_the_board_matrix_and_skills(browser_page, board_a, induction, safeguarding):
    chair = GovernorshipFactory(
        board=board_a,
        role=Role.CHAIR,
        governor__email="chair@example.org",
        governor__first_name="Charlotte",
        governor__last_name="Chapman",
    ).governor
    late = GovernorshipFactory(
        board=board_a,
        appointed_on=date(2020, 1, 1),
        governor__first_name="Daniel",
        governor__last_name="Okafor",
    )
    certificate(learner=chair, module=induction.module, completed_on=date(2025, 1, 1))
    certificate(
        learner=late.governor,
        module=safeguarding.module,
        completed_on=date(2020, 1, 1),
        expires_on=date(2022, 1, 1),
    )

    frameworks_load()
    for element in FrameworkElement.objects.filter(parent__isnull=False):
        SkillsRating.objects.create(
            governor=chair, element=element, level=1 if element.code == "GCF-8" else 3
        )

    browser_page.log_in("chair@example.org", PASSWORD)
    browser_page.goto("/governance/")
    browser_page.click(f"a[href='/governance/boards/{board_a.pk}/']")
    table = browser_page.locator("table.academy-matrix")
    assert "Each governor's required training" in table.locator("caption").inner_text()
    row = table.locator("tr", has_text="Daniel Okafor")
    assert "Overdue" in row.inner_text()
    assert "Expired" in row.inner_text()
    assert "expired 1 Jan 2022" in row.inner_text()
    browser_page.click("text=Skills and gaps")
    heatmap = browser_page.locator("table.academy-heatmap")
    finance = heatmap.locator("tr", has_text="GCF-8 Financial frameworks")
    assert "Gap" in finance.inner_text()
    assert re.search(r"\b1\s+Needs development", finance.inner_text())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_board_pages_fit_a_phone(browser_page, board_a, induction, safeguarding):
    """The matrix and the governors' table scroll inside their own regions, keyboard included."""
    clerk = GovernorshipFactory(
        board=board_a, role=Role.CLERK, governor__email="clerk@example.org"
    ).governor
    for name in ("Amelia Fitzgerald-Hargreaves", "Bartholomew Okonkwo-Smith"):
        first, last = name.split(" ")
        GovernorshipFactory(board=board_a, governor__first_name=first, governor__last_name=last)
    browser_page.set_viewport_size({"width": 375, "height": 800})

    browser_page.log_in(clerk.email, PASSWORD)
    browser_page.goto(f"/governance/boards/{board_a.pk}/")

    assert not browser_page.overflows_sideways()
    regions = browser_page.locator(".academy-table-scroll[role=region][tabindex='0']")
    assert regions.count() == 2


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_officer_pages_searches_and_sorts_the_council_overview(
    browser_page, council_officer, induction
):
    from .test_council import _boards

    _boards(27, induction, prefix="Board")
    _boards(3, induction, prefix="Wellingborough")
    browser_page.log_in(council_officer.email, PASSWORD)
    browser_page.goto("/governance/council/")
    assert "30 boards, 60 governors" in browser_page.locator("#county-count").inner_text()
    assert "Boards 1 to 25 of 30" in browser_page.locator("#results-heading").inner_text()
    browser_page.click("a[rel=next]")
    assert "Boards 26 to 30 of 30" in browser_page.locator("#results-heading").inner_text()

    browser_page.fill("#board-search", "welling")
    browser_page.select_option("#board-sort", "name")
    browser_page.click("text=Show boards")
    assert browser_page.locator("#results-heading").inner_text() == (
        "3 boards named like “welling”"
    )
    rows = browser_page.locator("tbody th[scope=row] a")
    assert rows.all_inner_texts() == ["Wellingborough 00", "Wellingborough 01", "Wellingborough 02"]

    browser_page.set_viewport_size({"width": 375, "height": 800})
    browser_page.goto("/governance/council/?page=2")
    assert not browser_page.overflows_sideways()
