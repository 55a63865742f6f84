"""Who sees which school's staff, checked view by view: 404, never 403, and never a leaver."""

from datetime import timedelta

import pytest
from django.urls import reverse

from learning import services as learning_services
from tests.factories import UserFactory
from tests.learning.factories import REFLECTION_TEXT, RIGHT, module_build
from workforce.models import SchoolRole, SchoolRoleKind

from .conftest import EmploymentFactory, role_holder, today, yesterday

pytestmark = pytest.mark.django_db

SCHOOL_PAGES = ["workforce:school", "workforce:school_csv", "workforce:roles"]
MANAGE_PAGES = ["workforce:staff_add", "workforce:staff_import"]
ASSIGN_PAGES = ["workforce:assign"]


@pytest.mark.parametrize("name", SCHOOL_PAGES + MANAGE_PAGES + ASSIGN_PAGES)
def test_a_cpd_lead_sees_their_own_school_and_gets_404_on_another(
    client, name, school_a, school_b, lead_a, lead_b
):
    client.force_login(lead_a)
    assert client.get(reverse(name, args=[school_a.pk])).status_code == 200
    assert client.get(reverse(name, args=[school_b.pk])).status_code == 404


def test_a_cpd_lead_gets_404_for_another_schools_person(client, school_a, school_b, lead_a):
    other = EmploymentFactory(school=school_b).person
    client.force_login(lead_a)
    assert client.get(reverse("workforce:person", args=[school_b.pk, other.pk])).status_code == 404
    # Nor through their own school's address.
    assert client.get(reverse("workforce:person", args=[school_a.pk, other.pk])).status_code == 404


def test_a_person_who_left_yesterday_is_gone_from_the_old_school(client, school_a, lead_a):
    leaver = EmploymentFactory(school=school_a, left_on=yesterday(), person__last_name="Leaver")
    client.force_login(lead_a)
    url = reverse("workforce:person", args=[school_a.pk, leaver.person_id])
    assert client.get(url).status_code == 404
    page = client.get(reverse("workforce:school", args=[school_a.pk])).content.decode()
    assert "Leaver" not in page
    csv = client.get(reverse("workforce:school_csv", args=[school_a.pk])).content.decode()
    assert leaver.person.email not in csv
    end = reverse("workforce:employment_end", args=[school_a.pk, leaver.person_id])
    assert client.get(end).status_code == 404


def test_a_person_leaving_today_is_no_longer_seen_but_one_leaving_tomorrow_is(
    client, school_a, lead_a
):
    today_leaver = EmploymentFactory(school=school_a, left_on=today())
    tomorrow_leaver = EmploymentFactory(school=school_a, left_on=today() + timedelta(days=1))
    client.force_login(lead_a)
    for employment, status in ((today_leaver, 404), (tomorrow_leaver, 200)):
        url = reverse("workforce:person", args=[school_a.pk, employment.person_id])
        assert client.get(url).status_code == status


def test_someone_who_has_not_started_yet_is_not_seen(client, school_a, lead_a):
    starter = EmploymentFactory(school=school_a, started_on=today() + timedelta(days=7))
    client.force_login(lead_a)
    url = reverse("workforce:person", args=[school_a.pk, starter.person_id])
    assert client.get(url).status_code == 404


def test_a_former_cpd_lead_loses_access(client, school_a, lead_a):
    SchoolRole.objects.filter(person=lead_a).update(ended_at="2025-01-01T00:00Z")
    client.force_login(lead_a)
    assert client.get(reverse("workforce:school", args=[school_a.pk])).status_code == 404
    assert client.get(reverse("workforce:index")).status_code == 404


@pytest.mark.parametrize("name", MANAGE_PAGES + ASSIGN_PAGES)
def test_an_induction_tutor_sees_the_staff_but_cannot_bring_in_or_assign(
    client, name, school_a, tutor_a
):
    client.force_login(tutor_a)
    assert client.get(reverse("workforce:school", args=[school_a.pk])).status_code == 200
    assert client.get(reverse(name, args=[school_a.pk])).status_code == 404


@pytest.mark.parametrize("name", SCHOOL_PAGES + MANAGE_PAGES + ASSIGN_PAGES)
def test_a_teacher_at_the_school_sees_none_of_it(client, name, school_a, teacher_a):
    client.force_login(teacher_a)
    assert client.get(reverse(name, args=[school_a.pk])).status_code == 404
    assert client.get(reverse("workforce:index")).status_code == 404
    assert client.get(reverse("workforce:staff_across")).status_code == 404


def test_visitors_are_sent_to_sign_in(client, school_a):
    response = client.get(reverse("workforce:school", args=[school_a.pk]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_council_officer_sees_every_school_but_does_not_run_them(
    client, council_officer, school_a, school_b, teacher_a
):
    client.force_login(council_officer)
    for school in (school_a, school_b):
        assert client.get(reverse("workforce:school", args=[school.pk])).status_code == 200
    url = reverse("workforce:person", args=[school_a.pk, teacher_a.pk])
    assert client.get(url).status_code == 200
    assert client.get(reverse("workforce:staff_add", args=[school_a.pk])).status_code == 404
    assert client.get(reverse("workforce:assign", args=[school_a.pk])).status_code == 404
    page = client.get(reverse("workforce:staff_across")).content.decode()
    assert "Tom Teacher" in page


def test_a_trusts_central_cpd_lead_sees_each_of_its_schools(client, school_a, school_b):
    central = UserFactory(email="central@example.org", totp=True)
    for school in (school_a, school_b):
        SchoolRole.objects.create(person=central, school=school, kind=SchoolRoleKind.CPD_LEAD)
        EmploymentFactory(school=school, person__last_name=f"Staff of {school.urn}")
    client.force_login(central)
    page = client.get(reverse("workforce:staff_across")).content.decode()
    assert "Staff of 990004" in page
    assert "Staff of 990006" in page
    # The list of schools, since there is more than one.
    assert client.get(reverse("workforce:index")).status_code == 200


def test_the_persons_record_shows_training_never_reflections_or_quiz_answers(
    client, school_a, lead_a, teacher_a
):
    taken = module_build(title="Restorative conversations")
    enrolment = learning_services.enrolment_create(learner=teacher_a, module=taken.module)
    learning_services.reflection_save(
        enrolment=enrolment,
        lesson=taken.reading,
        prompt_block_id=taken.prompt_id,
        text=REFLECTION_TEXT,
    )
    learning_services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    client.force_login(lead_a)
    page = client.get(reverse("workforce:person", args=[school_a.pk, teacher_a.pk]))
    text = page.content.decode()
    assert "Restorative conversations" in text
    assert REFLECTION_TEXT not in text
    assert "What will you try differently" not in text
    assert "Which is right" not in text


def test_a_role_at_one_school_gives_nothing_at_another(client, school_a, school_b):
    head = role_holder(school_a, SchoolRoleKind.HEADTEACHER)
    client.force_login(head)
    response = client.post(
        reverse("workforce:roles", args=[school_b.pk]),
        {"email": "x@example.org", "kind": "cpd_lead"},
    )
    assert response.status_code == 404
    assert not SchoolRole.objects.filter(school=school_b).exists()


def test_a_school_role_needs_an_authenticator_app_before_anything_else(client, school_a):
    person = UserFactory(email="new-head@example.org")
    SchoolRole.objects.create(person=person, school=school_a, kind=SchoolRoleKind.HEADTEACHER)
    client.force_login(person)
    response = client.get(reverse("workforce:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_the_persons_record_lists_every_module_they_are_taking(client, school_a, lead_a, teacher_a):
    """My learning shows its learner the latest eight; the school's record of them shows all."""
    from tests.factories import LessonPageFactory, ModulePageFactory

    for number in range(10):
        module = ModulePageFactory(title=f"Staff module {number}")
        LessonPageFactory(parent=module)
        learning_services.enrolment_create(learner=teacher_a, module=module)
    client.force_login(lead_a)
    text = client.get(reverse("workforce:person", args=[school_a.pk, teacher_a.pk])).content
    for number in range(10):
        assert f"Staff module {number} <span".encode() in text
