"""The staff list and matrix: what each column says, filters, CSV, and a fixed query count."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse

from accounts.models import JobRole
from credentials.models import CreditEntry
from tests.factories import ModulePageFactory
from tests.governors.conftest import certificate
from tests.pathways.factories import PathwayPageFactory, module_complete, module_start, stage
from workforce import selectors, services
from workforce.models import Assignment

from .conftest import EmploymentFactory, complete_module, today

pytestmark = pytest.mark.django_db


def _staff(school, count, **extra):
    return [EmploymentFactory(school=school, **extra).person for _ in range(count)]


def _busy_staff(school, count, module, pathway, lead):
    """People with a module in progress, one completed, a certificate, hours and an assignment."""
    people = _staff(school, count)
    done = ModulePageFactory(title="Done already")
    for person in people:
        module_start(person, module)
        module_complete(person, done)
        certificate(
            learner=person,
            module=done,
            completed_on=today() - timedelta(days=300),
            expires_on=today() + timedelta(days=30),
        )
        CreditEntry.objects.create(
            learner=person,
            source="module",
            source_key=f"test:{person.pk}",
            description="Done already",
            cpd_hours=3,
            awarded_at=done.first_published_at or "2026-10-01T10:00Z",
        )
        from pathways.services import pathway_join

        pathway_join(learner=person, pathway=pathway)
    services.assignment_create(
        school=school, people=people, module=module, due_on=today(), assigned_by=lead
    )
    return people


@pytest.mark.parametrize("count", [2, 20])
def test_the_staff_page_takes_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, school_a, lead_a, safeguarding, count
):
    pathway = PathwayPageFactory(stages=[stage("Foundations", required=[safeguarding])])
    _busy_staff(school_a, count, safeguarding, pathway, lead_a)
    client.force_login(lead_a)
    url = reverse("workforce:school", args=[school_a.pk])
    client.get(url)  # warm the session and permission caches
    with django_assert_max_num_queries(18):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("Foundations") == count
    with django_assert_max_num_queries(18):
        assert client.get(reverse("workforce:school_csv", args=[school_a.pk])).status_code == 200


def test_each_column_says_what_it_means(
    client, django_capture_on_commit_callbacks, school_a, lead_a, teacher_a, safeguarding
):
    in_progress = ModulePageFactory(title="Assessment and feedback")
    module_start(teacher_a, in_progress)
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(teacher_a, safeguarding)
    late = ModulePageFactory(title="Behaviour and routines")
    services.assignment_create(
        school=school_a, people=[teacher_a], module=late, due_on=today(), assigned_by=lead_a
    )
    Assignment.objects.filter(module=late).update(due_on=today() - timedelta(days=3))
    certificate(
        learner=teacher_a,
        module=ModulePageFactory(title="First aid"),
        completed_on=today() - timedelta(days=400),
        expires_on=today() - timedelta(days=5),
    )

    matrix = selectors.staff_matrix(
        employments=selectors.staff_visible_to(user=lead_a, school=school_a)
    )
    row = next(r for r in matrix.rows if r.person == teacher_a)
    assert sorted(row.in_progress) == ["Assessment and feedback", "Behaviour and routines"]
    assert row.completed == ["Safeguarding children: annual update"]
    assert row.valid_certificates == 1  # safeguarding; first aid has expired
    assert [note.words for note in row.certificates_due][0].startswith("First aid: expired")
    assert row.cpd_hours == 3
    assert [s.short for s in row.overdue] == [
        f"was due {selectors.short_date(today() - timedelta(days=3))}"
    ]

    client.force_login(lead_a)
    page = client.get(reverse("workforce:school", args=[school_a.pk])).content.decode()
    assert "Behaviour and routines" in page
    assert "Overdue" in page


def test_the_matrix_changes_when_someone_completes_assigned_training(
    school_a, lead_a, teacher_a, safeguarding
):
    due = today() + timedelta(days=14)
    services.assignment_create(
        school=school_a, people=[teacher_a], module=safeguarding, due_on=due, assigned_by=lead_a
    )

    def cell():
        matrix = selectors.staff_matrix(
            employments=selectors.staff_visible_to(user=lead_a, school=school_a)
        )
        row = next(r for r in matrix.rows if r.person == teacher_a)
        return matrix.cells(row)[0]

    assert (cell().label, cell().short) == ("Not started", f"due by {selectors.short_date(due)}")
    complete_module(teacher_a, safeguarding)
    assert (cell().label, cell().short) == ("Completed", f"done {selectors.short_date(today())}")


def test_filters_by_job_role_pathway_and_status(client, school_a, lead_a, safeguarding):
    ta = EmploymentFactory(
        school=school_a, job_role=JobRole.TEACHING_ASSISTANT, person__last_name="Assistant"
    ).person
    follower = EmploymentFactory(school=school_a, person__last_name="Follower").person
    pathway = PathwayPageFactory(
        title="Support route", stages=[stage("One", required=[safeguarding])]
    )
    from pathways.services import pathway_join

    pathway_join(learner=follower, pathway=pathway)
    services.assignment_create(
        school=school_a, people=[ta], module=safeguarding, due_on=today(), assigned_by=lead_a
    )
    Assignment.objects.update(due_on=today() - timedelta(days=1))
    client.force_login(lead_a)
    url = reverse("workforce:school", args=[school_a.pk])

    def names(**query):
        matrix = client.get(url, query).context["matrix"]
        return {row.person.last_name for row in matrix.rows}

    assert names(job_role="teaching_assistant") == {"Assistant"}
    assert names(pathway=pathway.pk) == {"Follower"}
    assert names(status="overdue") == {"Assistant"}
    assert "Assistant" not in names(status="up_to_date")


def test_the_csv_has_a_row_per_person_in_words_and_dates(
    client, school_a, lead_a, teacher_a, safeguarding
):
    services.assignment_create(
        school=school_a, people=[teacher_a], module=safeguarding, due_on=today(), assigned_by=lead_a
    )
    client.force_login(lead_a)
    response = client.get(reverse("workforce:school_csv", args=[school_a.pk]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    row = next(r for r in rows if r["E-mail"] == teacher_a.email)
    assert row["Job role"] == "Teacher"
    assert row["Safeguarding children: annual update"] == (
        f"Not started: due by {selectors.short_date(today())}"
    )
    assert response["Content-Disposition"].startswith('attachment; filename="staff-training-990004')
