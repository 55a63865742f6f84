"""Relationships start only when both sides accept, and keep their history."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from mentoring import services
from mentoring.models import Kind, RelationshipEvent, Status


@pytest.fixture
def requested(mentor, ect, school, db):
    return services.relationship_create(
        kind=Kind.BUSINESS_COACHING,
        mentor=mentor,
        mentee=ect,
        arranged_by="council",
        starts_on=timezone.localdate(),
        mentee_organisation=school,
        mentor_business="Acme Ltd",
    )


def test_it_starts_only_when_both_sides_accept(requested, mentor, ect):
    services.relationship_respond(relationship=requested, user=mentor, accept=True)
    requested.refresh_from_db()
    assert requested.status == Status.REQUESTED
    services.relationship_respond(relationship=requested, user=ect, accept=True)
    requested.refresh_from_db()
    assert requested.status == Status.ACCEPTED
    assert list(requested.events.values_list("status", flat=True)) == [
        "requested",
        "requested",
        "accepted",
    ]


def test_one_side_declining_ends_the_proposal(requested, ect, mentor):
    services.relationship_respond(relationship=requested, user=ect, accept=False)
    requested.refresh_from_db()
    assert requested.status == Status.DECLINED
    with pytest.raises(ValidationError):
        services.relationship_respond(relationship=requested, user=mentor, accept=True)


def test_someone_outside_the_pair_cannot_answer(requested, other_learner):
    with pytest.raises(ValidationError):
        services.relationship_respond(relationship=requested, user=other_learner, accept=True)


def test_ending_records_the_date_and_reason_and_keeps_history(pair, mentor):
    services.relationship_end(
        relationship=pair, by=mentor, ended_on=timezone.localdate(), reason="mentor_changed"
    )
    pair.refresh_from_db()
    assert (pair.status, pair.end_reason) == (Status.ENDED, "mentor_changed")
    assert RelationshipEvent.objects.filter(relationship=pair).count() == 2


def test_a_mentor_cannot_be_their_own_mentee(mentor, db):
    with pytest.raises(ValidationError):
        services.relationship_create(
            kind=Kind.ITT,
            mentor=mentor,
            mentee=mentor,
            arranged_by="school",
            starts_on=timezone.localdate(),
        )
