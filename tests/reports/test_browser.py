"""The impact report on a phone: wide tables scroll in their own regions, not the whole page."""

import pytest

from tests.factories import PASSWORD


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_report_fits_a_phone_and_each_table_can_be_scrolled_by_keyboard(
    browser_page,
    county,
    council_officer,
):
    browser_page.set_viewport_size({"width": 375, "height": 800})
    browser_page.log_in(council_officer.email, PASSWORD)
    browser_page.goto("/reports/")

    assert "North Alliance" in browser_page.text_content("main")
    assert not browser_page.overflows_sideways()
    tables = browser_page.locator("main table")
    regions = browser_page.locator("main .academy-table-scroll[role=region][tabindex='0']")
    assert tables.count() == regions.count() > 0
