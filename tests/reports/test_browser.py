"""The council dashboard in a browser: charts, the drill-down from the county to a school and
a module, on a phone without a sideways scroll, each page checked by axe-core."""

import pytest

from tests.factories import PASSWORD


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_officer_drills_from_the_county_to_a_school_and_a_module_on_a_phone(
    browser_page,
    county,
    council_officer,
):
    browser_page.set_viewport_size({"width": 375, "height": 800})
    browser_page.log_in(council_officer.email, PASSWORD)
    browser_page.goto("/reports/?year=2025")

    assert "North Alliance" in browser_page.text_content("main")
    assert browser_page.locator("main svg[role=img] title").count() >= 2
    assert not browser_page.overflows_sideways()
    tables = browser_page.locator("main table")
    regions = browser_page.locator("main .academy-table-scroll[role=region][tabindex='0']")
    assert tables.count() == regions.count() > 0

    browser_page.click("#school-heading ~ div a:text('Brook Primary')")
    assert browser_page.text_content("h1") == "Brook Primary"
    assert "fewer than 5" in browser_page.text_content("main")
    browser_page.click("#module-heading ~ div a:text('Behaviour')")
    assert browser_page.text_content("h1") == "Behaviour"
    assert not browser_page.overflows_sideways()
