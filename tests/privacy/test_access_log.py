"""Every look at another person's record is written down: the person sees who looked, and
officers search the log."""

import pytest
from django.urls import reverse
from django.utils import timezone

from academy_site.models import AccessRecord
from credentials.services import certificate_issue
from governors.models import Role
from tests.factories import ModulePageFactory, UserFactory
from tests.governors.factories import GovernorshipFactory
from tests.workforce.conftest import EmploymentFactory, role_holder
from workforce.models import SchoolRoleKind


@pytest.fixture
def staff(db):
    """A teacher at a school, and the school's CPD lead."""
    teacher = UserFactory(email="teacher@example.org", first_name="Tess", last_name="Teacher")
    employment = EmploymentFactory(person=teacher)
    lead = role_holder(
        employment.school,
        SchoolRoleKind.CPD_LEAD,
        email="cpd@example.org",
        first_name="Priya",
        last_name="Patel",
    )
    return teacher, employment.school, lead


def test_a_school_leads_look_is_written_and_the_teacher_sees_it(client, staff):
    teacher, school, lead = staff
    client.force_login(lead)
    assert client.get(reverse("workforce:person", args=[school.pk, teacher.pk])).status_code == 200
    record = AccessRecord.objects.get(person=teacher)
    assert record.viewer == lead
    assert record.action == "viewed"
    assert school.name in record.what

    client.force_login(teacher)
    page = client.get(reverse("privacy:accesses_mine")).content.decode()
    assert "Priya Patel" in page
    assert "Viewed your training record" in page


def test_the_staff_list_and_its_spreadsheet_are_written_per_person(client, staff):
    teacher, school, lead = staff
    client.force_login(lead)
    client.get(reverse("workforce:school", args=[school.pk]))
    client.get(reverse("workforce:school_csv", args=[school.pk]))
    actions = sorted(AccessRecord.objects.filter(person=teacher).values_list("action", flat=True))
    assert actions == ["exported", "viewed"]
    # The lead's own row on the list is not a look at someone else's record.
    assert not AccessRecord.objects.filter(person=lead).exists()


def test_a_chairs_look_at_the_board_is_written(client, db):
    chair = GovernorshipFactory(role=Role.CHAIR, governor__totp=True).governor
    board = chair.governorships.get().board
    governor = GovernorshipFactory(board=board, role=Role.PARENT).governor
    client.force_login(chair)
    assert client.get(reverse("governors:board", args=[board.pk])).status_code == 200
    assert AccessRecord.objects.filter(person=governor, viewer=chair).count() == 1


def test_an_officer_downloading_a_certificate_is_written(client, council_officer, learner):
    certificate = certificate_issue(
        learner=learner,
        page=ModulePageFactory(),
        source_key="test:1",
        completed_at=timezone.now(),
    )
    client.force_login(council_officer)
    client.get(reverse("credentials:certificate_pdf", args=[certificate.pk]))
    record = AccessRecord.objects.get(person=learner)
    assert record.action == "exported"
    # The learner's own download is not written.
    client.force_login(learner)
    client.get(reverse("credentials:certificate_pdf", args=[certificate.pk]))
    assert AccessRecord.objects.filter(person=learner).count() == 1


def test_officers_search_the_log_by_person_and_viewer(client, council_officer, staff):
    teacher, school, lead = staff
    other = UserFactory(email="someone@example.org", first_name="Sam", last_name="Else")
    AccessRecord.objects.create(viewer=lead, person=teacher, what="training record")
    AccessRecord.objects.create(viewer=council_officer, person=other, what="certificate")
    client.force_login(council_officer)
    page = client.get(reverse("privacy:access_log"), {"person": "teacher@example.org"})
    rows = page.context["page"].object_list
    assert [r.person for r in rows] == [teacher]
    page = client.get(reverse("privacy:access_log"), {"viewer": "Patel"})
    assert [r.viewer for r in page.context["page"].object_list] == [lead]


def test_the_log_is_not_for_others(client, staff):
    teacher, school, lead = staff
    client.force_login(lead)
    assert client.get(reverse("privacy:access_log")).status_code == 404


def test_an_officer_listing_and_opening_pathway_learners_is_written(client, council_officer):
    from pathways.services import pathway_join
    from tests.pathways.factories import PathwayPageFactory, stage

    learner = UserFactory(email="walker@example.org")
    enrolment = pathway_join(
        learner=learner, pathway=PathwayPageFactory(stages=[stage(required=[ModulePageFactory()])])
    )
    client.force_login(council_officer)
    assert client.get(reverse("pathway_enrolments:index")).status_code == 200
    response = client.get(reverse("pathway_enrolments:inspect", args=[enrolment.pk]))
    assert response.status_code == 200
    assert AccessRecord.objects.filter(person=learner, viewer=council_officer).count() == 2
