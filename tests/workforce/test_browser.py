"""The CPD lead's journey: import five staff (a bad e-mail first), assign safeguarding with a
due date, watch the matrix change as one completes it; the mover's old school no longer sees them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from tests.factories import PASSWORD
from workforce.models import Employment

from .conftest import EmploymentFactory, complete_module

STAFF = [
    ("Amara Okafor", "amara@example.org", "Early-career teacher"),
    ("Ben Carter", "ben@example.org", "Teacher"),
    ("Chloe Davies", "chloe@example.org", "Teaching assistant"),
    ("Dan Evans", "dan@example.org", "Teacher"),
    ("Eve Fox", "eve@example.org", "Support staff"),
]


def _csv(rows) -> bytes:
    lines = ["Name,E-mail,Job role,TRN"] + [f"{n},{e},{r}," for n, e, r in rows]
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_cpd_lead_imports_assigns_and_sees_progress(
    browser_page, school_a, school_b, lead_a, lead_b, safeguarding
):
    today = timezone.localdate()
    mover = EmploymentFactory(
        school=school_b,
        started_on=today - timedelta(days=900),
        left_on=today - timedelta(days=30),
        person__first_name="Maya",
        person__last_name="Moreno",
    ).person
    EmploymentFactory(school=school_a, person=mover, started_on=today - timedelta(days=30))
    page = browser_page

    page.log_in(lead_a.email, PASSWORD)
    page.click("nav.academy-nav >> text=My school")
    assert page.locator("h1").inner_text() == school_a.name

    page.click("text=Import staff from a CSV file")
    bad = STAFF[:3] + [("Dan Evans", "dan-at-example.org", "Teacher")] + STAFF[4:]
    page.set_input_files(
        "input[type=file]", {"name": "staff.csv", "mimeType": "text/csv", "buffer": _csv(bad)}
    )
    page.click("button:has-text('Check the file')")
    summary = page.locator(".govuk-error-summary").inner_text()
    assert "Nothing has been imported" in summary
    assert "Line 5: Enter an e-mail address like name@example.com." in summary
    assert page.locator("button:has-text('Import')").count() == 0
    assert not User.objects.filter(email="amara@example.org").exists()

    page.set_input_files(
        "input[type=file]", {"name": "staff.csv", "mimeType": "text/csv", "buffer": _csv(STAFF)}
    )
    page.click("button:has-text('Check the file')")
    assert "Nothing has been imported yet" in page.locator("main").inner_text()
    page.click("button:has-text('Import 5 rows')")
    assert "Imported. 5 people added to the staff list" in page.locator("main").inner_text()
    assert (
        Employment.objects.filter(school=school_a, person__email__endswith="@example.org").count()
        == 7
    )

    page.click("text=Assign training")
    page.select_option("select[name=module]", label=safeguarding.title)
    for name, _, _ in STAFF:
        page.check(f"label:has-text('{name}')")
    due = today + timedelta(days=21)
    page.fill("input[name=due_on]", due.isoformat())
    page.click("main button:has-text('Assign')")
    assert f"Assigned {safeguarding.title} to 5 people" in page.locator("main").inner_text()

    matrix = page.locator("table.academy-matrix")
    amara = matrix.locator("tr", has_text="Amara Okafor")
    assert "Not started" in amara.inner_text()
    assert f"due by {due.day} {due:%b %Y}" in amara.inner_text()

    complete_module(User.objects.get(email="amara@example.org"), safeguarding)
    page.reload()
    page.check_accessibility()
    amara = page.locator("table.academy-matrix tr", has_text="Amara Okafor")
    assert "Completed" in amara.inner_text()
    assert f"done {today.day} {today:%b %Y}" in amara.inner_text()
    assert (
        "Not started" in page.locator("table.academy-matrix tr", has_text="Ben Carter").inner_text()
    )
    assert "Maya Moreno" in page.locator("table.academy-staff").inner_text()

    page.context.clear_cookies()
    page.log_in(lead_b.email, PASSWORD)
    page.goto(f"/my-school/{school_b.pk}/")
    assert "Maya Moreno" not in page.locator("main").inner_text()
    response = page.goto(f"/my-school/{school_b.pk}/staff/{mover.pk}/")
    assert response.status == 404


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_someone_with_an_account_is_asked_on_my_learning_and_the_school_then_sees_them(
    browser_page, school_a, lead_a, head_a, safeguarding
):
    from tests.factories import UserFactory
    from workforce import services

    nadia = UserFactory(email="nadia@example.org", first_name="Nadia", last_name="Noor")
    complete_module(nadia, safeguarding)
    services.staff_add(
        school=school_a,
        email=nadia.email,
        first_name="Nadia",
        last_name="Noor",
        job_role="teacher",
        added_by=lead_a,
    )
    page = browser_page
    page.log_in(lead_a.email, PASSWORD)
    page.goto(f"/my-school/{school_a.pk}/")
    assert "Nadia Noor" not in page.locator("table.academy-staff").inner_text()
    assert "Waiting for them to confirm" in page.locator("main").inner_text()

    page.context.clear_cookies()
    page.log_in(nadia.email, PASSWORD)
    page.goto("/my-learning/")
    banner = page.locator(".govuk-notification-banner")
    assert f"{school_a.name} says you work there as teacher" in banner.inner_text()
    banner.locator("button:has-text('Confirm I work there')").click()
    assert f"You are on the staff list of {school_a.name}" in page.locator("main").inner_text()
    assert page.locator(".govuk-notification-banner", has_text="says you work there").count() == 0

    page.context.clear_cookies()
    page.log_in(head_a.email, PASSWORD)  # another of the school's leads: a code is used once
    page.goto(f"/my-school/{school_a.pk}/")
    row = page.locator("table.academy-staff tr", has_text="Nadia Noor")
    assert "1 completed" in row.inner_text()
