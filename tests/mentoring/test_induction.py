"""Induction as England runs it: six terms, reviews and assessments by the tutor or head
(never the mentor), a calendar with reminders sent once, and a record that moves school."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from academy_site.models import AccessRecord, OutboundEmail
from mentoring import selectors, services
from mentoring.models import InductionRecord, InductionRules, Kind, Relationship, Status
from tests.workforce.conftest import role_holder
from workforce.models import SchoolRoleKind


def write(induction, term, by, **extra):
    return services.induction_record_write(
        induction=induction,
        term=term,
        by=by,
        on_track=extra.get("on_track", True),
        evidence="Secure behaviour routines; planning sequenced well.",
        targets="Adaptive teaching for pupils with SEND.",
    )


def test_the_calendar_follows_the_rules_reviews_then_assessments_at_3_and_6(induction):
    calendar = selectors.induction_calendar(induction=induction)
    assert [(d.term, d.kind) for d in calendar] == [
        (1, "review"),
        (2, "review"),
        (3, "assessment"),
        (4, "review"),
        (5, "review"),
        (6, "assessment"),
    ]
    assert calendar[0].due_on == date(2025, 12, 19)
    assert calendar[2].due_on == date(2026, 7, 21)


def test_the_rules_are_data_an_edit_changes_the_calendar(induction):
    InductionRules.objects.filter(pk=induction.rules_id).update(
        terms=Decimal("3.0"), assessment_terms=[3], review_terms=[1, 2]
    )
    induction.refresh_from_db()
    assert [d.kind for d in selectors.induction_calendar(induction=induction)] == [
        "review",
        "review",
        "assessment",
    ]


def test_an_extension_adds_reviews_and_moves_the_final_assessment(induction, tutor):
    services.induction_extend(induction=induction, terms=Decimal("1.5"), by=tutor, reason="absence")
    induction.refresh_from_db()
    assert induction.terms_required == Decimal("7.5")
    calendar = selectors.induction_calendar(induction=induction)
    assert [(d.term, d.kind) for d in calendar][-3:] == [
        (6, "review"),
        (7, "review"),
        (8, "assessment"),
    ]


def test_terms_are_counted_to_one_decimal_place(induction, tutor):
    services.induction_terms_count(induction=induction, terms=Decimal("2.46"), by=tutor)
    induction.refresh_from_db()
    assert induction.terms_completed == Decimal("2.5")


def test_the_tutor_writes_the_term_3_assessment(induction, tutor):
    record = write(induction, 3, tutor)
    assert record.kind == InductionRecord.Kind.ASSESSMENT
    induction.refresh_from_db()
    assert induction.terms_completed == Decimal(3)
    with pytest.raises(ValidationError):
        write(induction, 3, tutor)


def test_the_mentor_never_writes_a_review_even_holding_a_school_role(induction, mentor, school):
    from workforce.models import SchoolRole

    SchoolRole.objects.create(person=mentor, school=school, kind=SchoolRoleKind.INDUCTION_TUTOR)
    with pytest.raises(ValidationError):
        write(induction, 1, mentor)


def test_the_mentor_cannot_open_the_induction_record(client, induction, mentor):
    client.force_login(mentor)
    assert client.get(reverse("mentoring:induction", args=[induction.pk])).status_code == 404


def test_the_ect_reads_their_record_but_cannot_write(client, induction, ect, tutor):
    write(induction, 1, tutor)
    client.force_login(ect)
    page = client.get(reverse("mentoring:induction", args=[induction.pk])).content.decode()
    assert "Secure behaviour routines" in page
    url = reverse("mentoring:induction_record", args=[induction.pk, 2])
    assert client.get(url).status_code == 404
    assert not AccessRecord.objects.exists()


def test_the_tutor_writes_through_the_form_and_the_look_is_logged(client, induction, tutor):
    client.force_login(tutor)
    url = reverse("mentoring:induction_record", args=[induction.pk, 3])
    response = client.post(
        url, {"on_track": "no", "evidence": "Some gaps.", "targets": "Behaviour plan."}
    )
    assert response.status_code == 302
    record = induction.records.get()
    assert (record.term, record.on_track, record.written_by) == (3, False, tutor)
    client.get(reverse("mentoring:induction", args=[induction.pk]))
    assert AccessRecord.objects.filter(viewer=tutor, person=induction.ect).exists()


def test_a_transfer_keeps_the_record_and_hands_it_to_the_new_school(
    client, induction, tutor, other_school
):
    write(induction, 1, tutor)
    new_tutor = role_holder(other_school, SchoolRoleKind.INDUCTION_TUTOR, email="t2@example.org")
    new_mentor = role_holder(other_school, SchoolRoleKind.CPD_LEAD, email="m2@example.org")
    services.induction_transfer(
        induction=induction, school=other_school, by=new_tutor, mentor=new_mentor
    )
    induction.refresh_from_db()
    assert induction.records.count() == 1
    assert Relationship.objects.get(kind=Kind.ECT, status=Status.ENDED).end_reason == "moved_school"
    assert Relationship.objects.get(kind=Kind.ECT, status=Status.ACCEPTED).mentor == new_mentor
    client.force_login(tutor)
    assert client.get(reverse("mentoring:induction", args=[induction.pk])).status_code == 404
    client.force_login(new_tutor)
    page = client.get(reverse("mentoring:induction", args=[induction.pk])).content.decode()
    assert "Secure behaviour routines" in page
    write(induction, 2, new_tutor)


def test_reminders_go_once_to_the_tutor_and_head(induction, tutor, head):
    assert services.induction_reminders_send(today=date(2025, 12, 1)) == 0  # 18 days before
    assert services.induction_reminders_send(today=date(2025, 12, 6)) == 1
    assert services.induction_reminders_send(today=date(2025, 12, 7)) == 0
    to = set(OutboundEmail.objects.values_list("to", flat=True))
    assert to == {tutor.email, head.email}


def test_the_school_page_lists_its_inductions_and_pairs(client, induction, head, pair):
    client.force_login(head)
    response = client.get(reverse("mentoring:school", args=[induction.school_id]))
    assert response.status_code == 200
    assert induction.ect.display_name in response.content.decode()
