"""Keeping and growing staff: still in a county school, and into leadership, 1-3 years on."""

from datetime import date

import pytest
from django.urls import reverse

from accounts.models import JobRole
from reports.selectors import Period, scope_build
from reports.selectors.staff import staff_kept
from tests.factories import UserFactory
from workforce.models import Employment

from .conftest import enrol

pytestmark = pytest.mark.django_db


def employ(person, school, role, started, left=None):
    Employment.objects.create(
        person=person,
        school=school,
        job_role=role,
        started_on=date.fromisoformat(started),
        left_on=date.fromisoformat(left) if left else None,
    )


def test_people_kept_and_promoted_after_one_two_and_three_years(county, council_officer):
    brook, hill = county["brook"], county["hill"]
    riser = UserFactory()
    enrol(riser, county["behaviour"], on="2022-10-01", completed="2023-01-10")
    employ(riser, brook, JobRole.TEACHER, "2020-09-01")
    employ(riser, hill, JobRole.MIDDLE_LEADER, "2024-09-01")
    leaver = UserFactory()
    enrol(leaver, county["phonics"], on="2023-09-01", completed="2023-11-01")
    employ(leaver, brook, JobRole.TEACHER, "2021-09-01", left="2025-07-31")
    scope = scope_build(user=council_officer, period=Period.academic_year(2025))
    table = staff_kept(scope, today=date(2026, 12, 1))
    values = [
        (row.values["cohort"], row.values["still_in_county"], row.values["into_leadership"])
        for row in table.rows
    ]
    # The conftest's own completers (in 2024-2026) have no employment records.
    assert values[0] == (5, 2, 0)
    assert values[1] == (3, 1, 1)
    assert values[2] == (2, 1, 1)  # the leaver left in July 2025
    assert table.rows[2].cells[1].text == "fewer than 5"


def test_the_page_is_the_councils(client, county, council_officer, learner):
    client.force_login(council_officer)
    assert client.get(reverse("reports:staff")).status_code == 200
    client.force_login(learner)
    assert client.get(reverse("reports:staff")).status_code == 404
