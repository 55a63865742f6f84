"""The induction tutor and headteacher start, extend and move an ECT's induction through pages:
bad input gets a clear message and changes nothing; each change is in the induction's history."""

import threading
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection
from django.urls import reverse

from academy_site.models import AccessRecord
from mentoring import services
from mentoring.models import (
    AppropriateBody,
    Induction,
    InductionEvent,
    InductionRecord,
    Kind,
    Relationship,
    Status,
)
from tests.factories import UserFactory
from tests.workforce.conftest import EmploymentFactory, role_holder
from workforce.models import SchoolRoleKind

from .conftest import STARTED


def page(client, name, *args, data=None):
    url = reverse(f"mentoring:{name}", args=args)
    response = client.post(url, data) if data is not None else client.get(url)
    return response, response.content.decode()


@pytest.fixture
def new_teacher(school):
    person = UserFactory(email="newect@example.org", first_name="Nia", last_name="New")
    EmploymentFactory(person=person, school=school)
    return person


@pytest.fixture
def colleague(school):
    person = UserFactory(email="colleague@example.org", first_name="Cal", last_name="Colleague")
    EmploymentFactory(person=person, school=school)
    return person


def start_data(ect, mentor=None, started_on=STARTED):
    return {
        "ect": ect.pk,
        "appropriate_body": AppropriateBody.objects.first().pk,
        "started_on": started_on.isoformat(),
        "mentor": mentor.pk if mentor else "",
    }


def test_the_tutor_starts_an_induction_from_the_school_page(
    client, tutor, school, new_teacher, colleague
):
    client.force_login(tutor)
    _, html = page(client, "school", school.pk)
    assert reverse("mentoring:induction_start", args=[school.pk]) in html
    _, html = page(client, "induction_start", school.pk)
    assert "Nia New" in html
    assert "Cal Colleague" in html
    response, _ = page(
        client, "induction_start", school.pk, data=start_data(new_teacher, colleague)
    )
    induction = Induction.objects.get(ect=new_teacher)
    assert response.url == reverse("mentoring:induction", args=[induction.pk])
    assert (induction.school, induction.started_on, induction.rules.terms) == (
        school,
        STARTED,
        Decimal("6.0"),
    )
    pair = Relationship.objects.get(kind=Kind.ECT, mentee=new_teacher)
    assert (pair.mentor, pair.status) == (colleague, Status.ACCEPTED)
    assert InductionEvent.objects.get(induction=induction).by == tutor


def test_a_second_induction_for_the_same_teacher_is_refused_and_nothing_changes(
    client, tutor, school, induction, ect
):
    EmploymentFactory(person=ect, school=school)
    client.force_login(tutor)
    response, html = page(client, "induction_start", school.pk, data=start_data(ect))
    assert response.status_code == 200
    assert "already has an induction record" in html
    assert Induction.objects.count() == 1
    assert InductionEvent.objects.count() == 1


def test_the_teacher_and_the_mentor_must_work_at_the_school_and_differ(
    client, tutor, school, new_teacher, other_school
):
    outsider = UserFactory(email="outsider@example.org")
    EmploymentFactory(person=outsider, school=other_school)
    client.force_login(tutor)
    _, html = page(client, "induction_start", school.pk, data=start_data(outsider))
    assert "Select a valid choice" in html
    _, html = page(client, "induction_start", school.pk, data=start_data(new_teacher, new_teacher))
    assert "Choose someone other than the teacher" in html
    _, html = page(client, "induction_start", school.pk, data={})
    assert "Choose the early-career teacher." in html
    assert "Enter the day induction started." in html
    assert not Induction.objects.exists()


def test_a_start_date_no_rules_cover_is_refused(client, tutor, school, new_teacher):
    from datetime import date

    client.force_login(tutor)
    _, html = page(
        client, "induction_start", school.pk, data=start_data(new_teacher, None, date(2019, 9, 2))
    )
    assert "No induction rules apply to that start date." in html
    assert not Induction.objects.exists()


def test_only_the_schools_leaders_reach_the_start_page(
    client, school, mentor, other_school, council_officer
):
    other_tutor = role_holder(other_school, SchoolRoleKind.INDUCTION_TUTOR, email="o@example.org")
    for person in (mentor, other_tutor, council_officer):
        client.force_login(person)
        assert page(client, "induction_start", school.pk)[0].status_code == 404


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("0", "Enter a number of terms more than 0"),
        ("-1", "Enter a number of terms more than 0"),
        ("1.25", "Enter terms to one decimal place"),
        ("seven", "Enter a number of terms, such as 1 or 0.5."),
        ("7", "Enter at most 6.0 terms for one extension."),
    ],
)
def test_a_bad_extension_is_refused_and_nothing_changes(client, induction, tutor, terms, message):
    client.force_login(tutor)
    response, html = page(
        client, "induction_extend", induction.pk, data={"terms": terms, "reason": "Absence."}
    )
    assert response.status_code == 200
    assert message in html
    induction.refresh_from_db()
    assert induction.extension_terms == 0
    assert induction.events.count() == 1


def test_an_extension_needs_a_reason(client, induction, tutor):
    client.force_login(tutor)
    _, html = page(client, "induction_extend", induction.pk, data={"terms": "1", "reason": " "})
    assert "Say why induction is extended." in html
    induction.refresh_from_db()
    assert induction.extension_terms == 0


def test_the_tutor_extends_by_terms_with_a_reason_and_the_calendar_moves(client, induction, tutor):
    client.force_login(tutor)
    _, html = page(client, "induction", induction.pk)
    assert reverse("mentoring:induction_extend", args=[induction.pk]) in html
    response, _ = page(
        client,
        "induction_extend",
        induction.pk,
        data={"terms": "1.5", "reason": "Long-term absence in the spring term."},
    )
    assert response.url == reverse("mentoring:induction", args=[induction.pk])
    induction.refresh_from_db()
    assert (induction.extension_terms, induction.terms_required) == (
        Decimal("1.5"),
        Decimal("7.5"),
    )
    event = induction.events.last()
    assert (event.what, event.by) == (
        "Extended by 1.5 terms: Long-term absence in the spring term.",
        tutor,
    )
    html = client.get(response.url).content.decode()
    assert "Induction extended by 1.5 terms: 7.5 terms in all." in html
    assert "7.5" in html
    assert "(extended by 1.5)" in html
    assert 'Write the formal assessment<span class="govuk-visually-hidden"> for term 8' in html


def test_the_mentor_and_the_ect_cannot_extend_or_move_it(client, induction, mentor, ect):
    for person in (mentor, ect):
        client.force_login(person)
        for name in ("induction_extend", "induction_transfer"):
            assert page(client, name, induction.pk)[0].status_code == 404
            assert (
                page(client, name, induction.pk, data={"terms": "1", "reason": "x"})[0].status_code
                == 404
            )
    induction.refresh_from_db()
    assert induction.extension_terms == 0


def test_moving_to_the_same_school_is_refused_and_nothing_changes(client, induction, tutor, school):
    client.force_login(tutor)
    response, html = page(client, "induction_transfer", induction.pk, data={"school": school.pk})
    assert response.status_code == 200
    assert f"The induction is at {school} already." in html
    induction.refresh_from_db()
    assert induction.school == school
    assert Relationship.objects.get(kind=Kind.ECT).status == Status.ACCEPTED
    assert induction.events.count() == 1


def test_the_tutor_moves_it_and_the_record_goes_with_the_teacher(
    client, induction, tutor, other_school, ect
):
    services.induction_record_write(
        induction=induction, term=1, by=tutor, on_track=True, evidence="Calm.", targets="Pace."
    )
    services.induction_terms_count(induction=induction, terms=Decimal("1.6"), by=tutor)
    new_tutor = role_holder(other_school, SchoolRoleKind.INDUCTION_TUTOR, email="t2@example.org")
    client.force_login(tutor)
    response, _ = page(client, "induction_transfer", induction.pk, data={"school": other_school.pk})
    assert response.url == reverse("mentoring:school", args=[induction.school_id])
    induction.refresh_from_db()
    assert induction.school == other_school
    assert induction.terms_completed == Decimal("1.6")
    assert InductionRecord.objects.get(induction=induction).term == 1
    assert Relationship.objects.get(kind=Kind.ECT).end_reason == "moved_school"
    assert induction.events.last().what.startswith(
        f"Moved from Abington Vale Primary School to {other_school}"
    )
    assert page(client, "induction", induction.pk)[0].status_code == 404
    client.force_login(new_tutor)
    _, html = page(client, "induction", induction.pk)
    assert "Calm." in html
    assert "1.6 of 6.0" in html
    assert AccessRecord.objects.filter(viewer=new_tutor).exists()


@pytest.mark.django_db(transaction=True)
def test_two_starts_at_once_make_one_induction(school, new_teacher, tutor):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL")
    body = AppropriateBody.objects.first()
    barrier = threading.Barrier(2)
    outcomes = []

    def start():
        try:
            barrier.wait()
            services.induction_start(
                ect=new_teacher, school=school, appropriate_body=body, started_on=STARTED, by=tutor
            )
            outcomes.append("started")
        except ValidationError as error:
            outcomes.append(" ".join(error.messages))
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes)[-1] == "started"
    assert "already has an induction record" in sorted(outcomes)[0]
    assert Induction.objects.filter(ect=new_teacher).count() == 1


def test_after_a_move_the_new_school_names_a_mentor_from_its_staff(
    client, induction, tutor, other_school, mentor
):
    services.induction_transfer(induction=induction, school=other_school, by=tutor)
    new_tutor = role_holder(other_school, SchoolRoleKind.INDUCTION_TUTOR, email="t2@example.org")
    new_mentor = UserFactory(email="m2@example.org", first_name="Mo")
    EmploymentFactory(person=new_mentor, school=other_school)
    client.force_login(new_tutor)
    _, html = page(client, "induction", induction.pk)
    assert reverse("mentoring:induction_mentor", args=[induction.pk]) in html
    _, html = page(client, "induction_mentor", induction.pk, data={"mentor": mentor.pk})
    assert "Select a valid choice" in html  # the old school's mentor works elsewhere
    response, _ = page(client, "induction_mentor", induction.pk, data={"mentor": new_mentor.pk})
    assert response.status_code == 302
    pair = Relationship.objects.get(kind=Kind.ECT, status=Status.ACCEPTED)
    assert (pair.mentor, pair.mentee_organisation) == (new_mentor, other_school)
    assert induction.events.last().what == f"{new_mentor.display_name} named as mentor"
    with pytest.raises(ValidationError, match="the mentor already"):
        services.induction_mentor_name(induction=induction, mentor=new_mentor, by=new_tutor)
    assert Relationship.objects.filter(kind=Kind.ECT).count() == 2


def test_a_new_mentor_ends_the_pair_under_way_as_mentor_changed(
    client, induction, tutor, school, colleague, pair
):
    client.force_login(tutor)
    page(client, "induction_mentor", induction.pk, data={"mentor": colleague.pk})
    pair.refresh_from_db()
    assert (pair.status, pair.end_reason) == (Status.ENDED, "mentor_changed")
    assert Relationship.objects.get(status=Status.ACCEPTED).mentor == colleague


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("-0.5", "Enter a number from 0 to 6.0."),
        ("6.5", "Enter a number from 0 to 6.0."),
        ("2.45", "Enter terms to one decimal place"),
        ("", "Enter the terms served so far."),
    ],
)
def test_bad_terms_served_are_refused_and_nothing_changes(client, induction, tutor, terms, message):
    client.force_login(tutor)
    response, html = page(client, "induction_terms", induction.pk, data={"terms": terms})
    assert response.status_code == 200
    assert message in html
    induction.refresh_from_db()
    assert induction.terms_completed == 0
    assert induction.events.count() == 1


def test_the_tutor_records_part_terms_served(client, induction, tutor, mentor):
    client.force_login(tutor)
    _, html = page(client, "induction", induction.pk)
    assert reverse("mentoring:induction_terms", args=[induction.pk]) in html
    response, _ = page(client, "induction_terms", induction.pk, data={"terms": "2.6"})
    html = client.get(response.url).content.decode()
    assert "2.6 terms of 6 served." in html
    induction.refresh_from_db()
    assert induction.terms_completed == Decimal("2.6")
    assert (induction.events.last().what, induction.events.last().by) == (
        "2.6 terms counted",
        tutor,
    )
    client.force_login(mentor)
    assert page(client, "induction_terms", induction.pk)[0].status_code == 404
