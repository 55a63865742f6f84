"""Assigning training: enrolled through learning and pathways, told by e-mail, shown on My learning."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import JobRole
from learning.models import Enrolment
from pathways.models import PathwayEnrolment
from tests.factories import ModulePageFactory
from tests.pathways.factories import PathwayPageFactory, stage
from workforce import services
from workforce.models import Assignment

from .conftest import EmploymentFactory, complete_module, today

pytestmark = pytest.mark.django_db


def test_assigning_a_module_enrols_and_tells_each_person(
    client, django_capture_on_commit_callbacks, school_a, lead_a, teacher_a, safeguarding
):
    due = today() + timedelta(days=30)
    client.force_login(lead_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workforce:assign", args=[school_a.pk]),
            {"module": safeguarding.pk, "people": [teacher_a.pk], "due_on": due.isoformat()},
        )
    assert response.status_code == 302
    assert Enrolment.objects.filter(learner=teacher_a, module=safeguarding).exists()
    assert Assignment.objects.get(person=teacher_a).due_on == due
    assert len(mail.outbox) == 1
    assert f"by {due:%-d %B %Y}" in mail.outbox[0].body

    client.force_login(teacher_a)
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert f"Assigned by {school_a} — due {due:%-d %B %Y}" in page


def test_everyone_with_a_job_role_can_be_assigned_at_once(client, school_a, lead_a, safeguarding):
    assistants = [
        EmploymentFactory(school=school_a, job_role=JobRole.TEACHING_ASSISTANT).person
        for _ in range(3)
    ]
    EmploymentFactory(school=school_a)  # a teacher, not assigned
    client.force_login(lead_a)
    client.post(
        reverse("workforce:assign", args=[school_a.pk]),
        {"module": safeguarding.pk, "job_role": "teaching_assistant"},
    )
    assert {a.person for a in Assignment.objects.all()} == set(assistants)


def test_assigning_again_moves_the_due_date_and_sends_nothing_more(
    django_capture_on_commit_callbacks, school_a, lead_a, teacher_a, safeguarding
):
    with django_capture_on_commit_callbacks(execute=True):
        for days in (10, 20):
            services.assignment_create(
                school=school_a,
                people=[teacher_a],
                module=safeguarding,
                due_on=today() + timedelta(days=days),
                assigned_by=lead_a,
            )
    assert Assignment.objects.get().due_on == today() + timedelta(days=20)
    assert len(mail.outbox) == 1


def test_only_people_working_at_the_school_can_be_assigned(
    school_a, school_b, lead_a, safeguarding
):
    elsewhere = EmploymentFactory(school=school_b).person
    with pytest.raises(ValidationError, match="Only people who work at"):
        services.assignment_create(
            school=school_a, people=[elsewhere], module=safeguarding, assigned_by=lead_a
        )
    assert not Assignment.objects.exists()
    assert not Enrolment.objects.filter(learner=elsewhere).exists()


def test_the_form_asks_for_a_module_or_pathway_and_someone(client, school_a, lead_a):
    client.force_login(lead_a)
    response = client.post(reverse("workforce:assign", args=[school_a.pk]), {})
    page = response.content.decode()
    assert "Choose a module or a pathway, not both." in page
    assert "Tick at least one person, or choose a job role." in page


def test_a_due_date_in_the_past_is_refused(client, school_a, lead_a, teacher_a, safeguarding):
    client.force_login(lead_a)
    response = client.post(
        reverse("workforce:assign", args=[school_a.pk]),
        {
            "module": safeguarding.pk,
            "people": [teacher_a.pk],
            "due_on": (today() - timedelta(days=1)).isoformat(),
        },
    )
    assert "The due date must be today or in the future." in response.content.decode()
    assert not Assignment.objects.exists()


def test_assigning_a_pathway_joins_it_and_completing_it_counts(
    school_a, lead_a, teacher_a, safeguarding
):
    pathway = PathwayPageFactory(
        title="Safer schools", stages=[stage("One", required=[safeguarding])]
    )
    services.assignment_create(
        school=school_a, people=[teacher_a], pathway=pathway, assigned_by=lead_a
    )
    assert PathwayEnrolment.objects.filter(learner=teacher_a, pathway=pathway).exists()
    complete_module(teacher_a, safeguarding)
    from workforce.selectors import my_assignments

    [status] = my_assignments(person=teacher_a)
    assert status.label == "Completed"


def test_a_missing_prerequisite_is_said_and_the_assignment_kept(
    client, school_a, lead_a, teacher_a
):
    first = ModulePageFactory(title="Foundations of behaviour")
    second = ModulePageFactory(title="Advanced behaviour")
    second.prerequisites.add(first)
    second.save()
    client.force_login(lead_a)
    response = client.post(
        reverse("workforce:assign", args=[school_a.pk]),
        {"module": second.pk, "people": [teacher_a.pk]},
        follow=True,
    )
    assert "must first complete Foundations of behaviour" in response.content.decode()
    assert Assignment.objects.filter(person=teacher_a, module=second).exists()


def test_my_learning_stops_showing_a_schools_assignment_once_they_leave(
    client, school_a, lead_a, teacher_a, safeguarding
):
    services.assignment_create(
        school=school_a, people=[teacher_a], module=safeguarding, assigned_by=lead_a
    )
    services.employment_end(employment=teacher_a.employments.get(), left_on=today())
    client.force_login(teacher_a)
    assert "Assigned by" not in client.get(reverse("learning:dashboard")).content.decode()
