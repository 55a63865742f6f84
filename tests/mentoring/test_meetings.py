"""Meetings: notes for the pair only, coaching records, actions and CPD time for both."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from credentials.models import CreditEntry
from credentials.selectors import credit_totals
from credentials.services import cpd_time_record
from learning import services as learning
from mentoring import selectors, services
from mentoring.models import Action


def record(pair, mentor, lesson=None, **extra):
    today = timezone.localdate()
    return services.meeting_record(
        relationship=pair,
        by=mentor,
        held_on=today,
        minutes=45,
        focus="Routines at the start of lessons",
        notes="Private: Ellie is anxious about Year 9.",
        next_meeting_on=today + timedelta(days=7),
        coaching={
            "observed": "Entry to class took four minutes.",
            "action_step": "Greet at the door with a do-now task on the board.",
            "practice": "Rehearsed the greeting and first instruction twice.",
            "follow_up": "",
        },
        actions=(
            {
                "text": "Read the lesson on routines",
                "due_on": today - timedelta(days=1),
                "lesson": lesson,
            },
        ),
        **extra,
    )


def test_meeting_time_is_cpd_for_both_apart_from_module_hours(pair, mentor, ect):
    meeting = record(pair, mentor)
    for person in (mentor, ect):
        entry = CreditEntry.objects.get(learner=person)
        assert entry.source == CreditEntry.Source.MENTORING
        assert entry.cpd_hours == Decimal("0.8")
        totals = credit_totals(learner=person)
        assert (totals.mentoring_cpd_hours, totals.module_cpd_hours) == (Decimal("0.8"), 0)
    entry = CreditEntry.objects.get(learner=mentor)
    again = cpd_time_record(
        learner=mentor,
        source_key=entry.source_key,
        description="again",
        cpd_hours=Decimal(5),
        awarded_at=entry.awarded_at,
    )
    assert again == entry  # written once per meeting and person
    prefix = f"mentoring-meeting:{meeting.pk}:"
    assert CreditEntry.objects.filter(source_key__startswith=prefix).count() == 2


def test_an_action_linked_to_a_lesson_is_done_when_the_lesson_is(pair, mentor, ect, taken):
    record(pair, mentor, lesson=taken.reading)
    action = Action.objects.get()
    assert action.module.pk == taken.module.pk
    assert not selectors.actions_with_state(actions=[action])[0].is_done
    assert selectors.dashboard_items(user=ect)[0].overdue == [action]
    enrolment = learning.enrolment_create(learner=ect, module=taken.module)
    learning.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    assert selectors.actions_with_state(actions=[action])[0].is_done
    assert selectors.dashboard_items(user=ect)[0].overdue == []


def test_both_see_the_next_meeting_on_my_learning(client, pair, mentor, ect):
    record(pair, mentor)
    for person in (mentor, ect):
        client.force_login(person)
        page = client.get(reverse("learning:dashboard")).content.decode()
        assert "Mentoring" in page
        assert "next meeting" in page
        assert "Read the lesson on routines" in page  # overdue


def test_meetings_are_for_accepted_pairs_only(pair, mentor):
    services.relationship_end(
        relationship=pair, by=mentor, ended_on=timezone.localdate(), reason="other"
    )
    pair.refresh_from_db()
    with pytest.raises(ValidationError):
        record(pair, mentor)


def test_the_pair_reads_the_notes_and_the_tutor_only_the_dates(client, pair, mentor, ect, tutor):
    record(pair, mentor)
    url = reverse("mentoring:relationship", args=[pair.pk])
    for person in (mentor, ect):
        client.force_login(person)
        page = client.get(url).content.decode()
        assert "Ellie is anxious" in page
        assert "Greet at the door" in page
    client.force_login(tutor)
    response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert timezone.localdate().strftime("%-d %B %Y") in page
    assert "Ellie is anxious" not in page
    assert "Greet at the door" not in page
    assert "Routines at the start" not in page


def test_the_tutors_look_is_written_to_the_access_log(client, pair, tutor):
    from academy_site.models import AccessRecord

    client.force_login(tutor)
    client.get(reverse("mentoring:relationship", args=[pair.pk]))
    assert set(AccessRecord.objects.values_list("person_id", flat=True)) == {
        pair.mentee_id,
        pair.mentor_id,
    }


def test_others_and_the_council_get_404(client, pair, other_learner, council_officer, other_school):
    from tests.workforce.conftest import role_holder
    from workforce.models import SchoolRoleKind

    url = reverse("mentoring:relationship", args=[pair.pk])
    for person in (
        other_learner,
        council_officer,
        role_holder(other_school, SchoolRoleKind.HEADTEACHER),
    ):
        client.force_login(person)
        assert client.get(url).status_code == 404


def test_the_mentor_records_a_meeting_through_the_form(client, pair, mentor, taken):
    client.force_login(mentor)
    today = timezone.localdate()
    response = client.post(
        reverse("mentoring:meeting_add", args=[pair.pk]),
        {
            "held_on": today.isoformat(),
            "minutes": "60",
            "format": "observation",
            "focus": "Questioning",
            "observed": "Hands up only.",
            "action_step": "Cold call three students.",
            "practice": "Rehearsed with names.",
            "action_text": "Take the questioning lesson",
            "action_due_on": (today + timedelta(days=7)).isoformat(),
            "action_lesson": str(taken.reading.pk),
        },
    )
    assert response.status_code == 302
    action = Action.objects.get()
    assert (action.lesson_id, action.owner_id) == (taken.reading.pk, pair.mentee_id)
    assert pair.meetings.get().coaching.action_step == "Cold call three students."


def test_a_half_filled_coaching_record_is_refused(client, pair, mentor):
    client.force_login(mentor)
    response = client.post(
        reverse("mentoring:meeting_add", args=[pair.pk]),
        {
            "held_on": timezone.localdate().isoformat(),
            "minutes": "30",
            "format": "meeting",
            "focus": "x",
            "observed": "y",
        },
    )
    assert response.status_code == 200
    assert "Fill in all three parts" in response.content.decode()
