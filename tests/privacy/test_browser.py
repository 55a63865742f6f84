"""The main journey in a browser: a school lead opens a teacher's record; the teacher sees who
looked, gives a consent, downloads their data and asks to be erased; the officer approves; the
certificate still verifies with the name withheld. Checked at 1280 px and on a 375 px phone."""

import zipfile

import pytest
from django.utils import timezone

from credentials.services import certificate_issue
from tests.factories import PASSWORD, ModulePageFactory, UserFactory
from tests.workforce.conftest import EmploymentFactory, role_holder
from workforce.models import SchoolRoleKind


def _sign_out(page):
    page.click("header >> text=Sign out")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_teacher_sees_who_looked_takes_their_data_and_is_erased(
    browser_page, council_officer, tmp_path
):
    teacher = UserFactory(email="tess@example.org", first_name="Tess", last_name="Quillfeather")
    school = EmploymentFactory(person=teacher).school
    lead = role_holder(
        school,
        SchoolRoleKind.CPD_LEAD,
        email="cpd@example.org",
        first_name="Priya",
        last_name="Patel",
    )
    certificate = certificate_issue(
        learner=teacher,
        page=ModulePageFactory(title="Phonics for early readers"),
        source_key="browser:1",
        completed_at=timezone.now(),
    )
    page = browser_page

    page.log_in(lead.email, PASSWORD)
    page.goto(f"/my-school/{school.pk}/staff/{teacher.pk}/")
    assert "Tess Quillfeather" in page.locator("h1").inner_text()
    _sign_out(page)

    page.log_in(teacher.email, PASSWORD)
    page.goto("/account/profile/")
    page.click("text=Your data and privacy")
    assert "Priya Patel viewed your training record" in page.locator("main").inner_text()
    page.click("text=See everyone who has looked at your record")
    assert "Priya Patel" in page.locator("table").inner_text()
    page.set_viewport_size({"width": 375, "height": 800})
    assert not page.overflows_sideways()
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto("/account/privacy/consent/")
    page.click("text=Give consent: Use of my pseudonymised training record")
    assert "You have given your consent" in page.locator("main").inner_text()
    assert "Given on" in page.locator(".govuk-summary-card").first.inner_text()

    page.goto("/account/privacy/")
    page.click("text=Get a copy of your data")
    page.reload()
    with page.expect_download() as download:
        page.page.click("text=Download your data from")
    path = tmp_path / "data.zip"
    download.value.save_as(path)
    assert "learning.json" in zipfile.ZipFile(path).namelist() or "credentials.json" in (
        zipfile.ZipFile(path).namelist()
    )

    page.click("text=Ask to erase your account")
    page.check("input[name=confirm]")
    page.click("main button:has-text('Ask to erase your account')")
    assert "Your request has been sent" in page.locator("main").inner_text()
    _sign_out(page)

    page.log_in(council_officer.email, PASSWORD)
    page.goto("/privacy/erasure-requests/")
    page.click("text=Tess Quillfeather")
    if "/reauthenticate/" in page.url:  # as before any change to someone else's record
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
    main = page.locator("main").inner_text()
    assert "Kept without the name" in main
    assert "name withheld" in main
    page.set_viewport_size({"width": 375, "height": 800})
    assert not page.overflows_sideways()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.check("input[value=approve]")
    page.click("text=Confirm decision")
    assert "The account has been erased" in page.locator("main").inner_text()
    _sign_out(page)

    page.goto(f"/verify/{certificate.code}/")
    main = page.locator("main").inner_text()
    assert "name withheld at their request" in main
    assert "Quillfeather" not in main
