"""Inviting one person, leaving a school, and the mover who keeps every record."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory
from workforce import selectors, services
from workforce.models import Employment

from .conftest import EmploymentFactory, complete_module, today

pytestmark = pytest.mark.django_db


def test_inviting_one_person_links_an_existing_account_and_emails_them(
    client, django_capture_on_commit_callbacks, school_a, lead_a
):
    existing = UserFactory(email="Sam.Support@example.org", first_name="Sam")
    client.force_login(lead_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workforce:staff_add", args=[school_a.pk]),
            {
                "first_name": "Sam",
                "last_name": "Support",
                "email": "sam.support@example.org",
                "job_role": "teaching_assistant",
                "started_on": today().isoformat(),
            },
        )
    assert response.status_code == 302
    employment = Employment.objects.get(person=existing)
    assert employment.school == school_a
    assert employment.added_by == lead_a
    assert employment.is_pending
    assert len(mail.outbox) == 1
    assert "never see your reflections" in mail.outbox[0].body
    assert reverse("workforce:confirm", args=[employment.pk]) in mail.outbox[0].body


def test_the_invite_form_says_what_is_wrong(client, school_a, lead_a):
    client.force_login(lead_a)
    response = client.post(reverse("workforce:staff_add", args=[school_a.pk]), {"email": "nope"})
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter an e-mail address like name@example.com." in page
    assert "Choose their job role." in page


def test_a_mover_keeps_every_record_and_only_the_new_school_sees_them(
    school_a, school_b, lead_a, lead_b, safeguarding
):
    mover = EmploymentFactory(school=school_a).person
    complete_module(mover, safeguarding)
    services.employment_end(employment=Employment.objects.get(person=mover), left_on=today())
    added = services.staff_add(
        school=school_b,
        email=mover.email,
        first_name=mover.first_name,
        last_name=mover.last_name,
        job_role="teacher",
        added_by=lead_b,
    )
    assert not selectors.staff_visible_to(user=lead_b, school=school_b).filter(person=mover)
    services.employment_confirm(employment=added.employment, person=mover)
    mover.refresh_from_db()
    assert mover.school == school_b
    seen_by_a = selectors.staff_visible_to(user=lead_a, school=school_a)
    assert not seen_by_a.filter(person=mover).exists()
    matrix = selectors.staff_matrix(
        employments=selectors.staff_visible_to(user=lead_b, school=school_b)
    )
    row = next(r for r in matrix.rows if r.person == mover)
    assert row.completed == [safeguarding.title]
    assert Employment.objects.filter(person=mover).count() == 2


def test_leaving_must_come_after_starting(client, school_a, lead_a, teacher_a):
    employment = Employment.objects.get(person=teacher_a)
    client.force_login(lead_a)
    response = client.post(
        reverse("workforce:employment_end", args=[school_a.pk, teacher_a.pk]),
        {"left_on": (employment.started_on - timedelta(days=1)).isoformat()},
    )
    assert "The day they leave must be after the day they started." in response.content.decode()
    employment.refresh_from_db()
    assert employment.left_on is None


def test_leaving_clears_the_school_label_when_they_work_nowhere_else(school_a, lead_a, teacher_a):
    teacher_a.school = school_a
    teacher_a.save()
    services.employment_end(employment=Employment.objects.get(person=teacher_a), left_on=today())
    teacher_a.refresh_from_db()
    assert teacher_a.school is None
