"""Approval: the learner's headteacher or CPD lead decides, else the provider's leads."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from events import selectors, services
from events.models import BookingStatus
from tests.factories import SchoolFactory
from tests.workforce.conftest import EmploymentFactory, role_holder
from workforce.models import SchoolRoleKind

from .conftest import emails_to, event_make, learners


@pytest.fixture
def approval_event(provider):
    return event_make(module=provider.module, requires_approval=True, capacity=1)


@pytest.fixture
def school(db):
    return SchoolFactory(name="Abington Vale Primary School", urn="990004")


def test_the_schools_cpd_lead_approves_and_is_told(approval_event, school, provider):
    cpd = role_holder(school, SchoolRoleKind.CPD_LEAD, email="cpd@example.org")
    (teacher,) = learners(1)
    EmploymentFactory(person=teacher, school=school)
    booking = services.booking_request(event=approval_event, learner=teacher)
    assert booking.status == BookingStatus.REQUESTED
    assert [e.subject for e in emails_to(cpd)][-1].endswith(
        f"To approve: {teacher.display_name}, {approval_event.title}"
    )
    assert list(selectors.approvals_for(user=cpd)) == [booking]
    assert list(selectors.approvals_for(user=provider.lead)) == []  # the school decides
    services.booking_approve(booking=booking, by=cpd)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.BOOKED
    assert list(booking.changes.values_list("status", "by")) == [
        ("requested", teacher.pk),
        ("approved", cpd.pk),
        ("booked", cpd.pk),
    ]


def test_without_school_roles_the_providers_lead_approves(approval_event, provider):
    (teacher,) = learners(1)
    booking = services.booking_request(event=approval_event, learner=teacher)
    assert list(selectors.approvers(booking=booking)) == [provider.lead]
    assert list(selectors.approvals_for(user=provider.lead)) == [booking]


def test_an_approval_when_full_goes_to_the_waitlist(approval_event, provider):
    first, second = learners(2)
    for person in (first, second):
        services.booking_request(event=approval_event, learner=person)
    for booking in selectors.approvals_for(user=provider.lead):
        services.booking_approve(booking=booking, by=provider.lead)
    statuses = dict(approval_event.bookings.values_list("learner", "status"))
    assert statuses == {first.pk: BookingStatus.BOOKED, second.pk: BookingStatus.WAITLISTED}


def test_declining_needs_a_reason_which_the_learner_reads(approval_event, provider):
    (teacher,) = learners(1)
    booking = services.booking_request(event=approval_event, learner=teacher)
    with pytest.raises(ValidationError):
        services.booking_decline(booking=booking, by=provider.lead, reason=" ")
    services.booking_decline(booking=booking, by=provider.lead, reason="Cover is not available.")
    booking.refresh_from_db()
    assert booking.status == BookingStatus.DECLINED
    assert "Cover is not available." in emails_to(teacher)[-1].text
    assert booking.changes.last().reason == "Cover is not available."


def test_requests_waiting_too_long_are_listed_as_overdue(client, approval_event, provider):
    old, new = learners(2)
    services.booking_request(
        event=approval_event, learner=old, now=timezone.now() - timedelta(days=8)
    )
    services.booking_request(event=approval_event, learner=new)
    overdue = selectors.approvals_overdue(user=provider.lead)
    assert [b.learner for b in overdue] == [old]
    client.force_login(provider.lead)
    page = client.get(reverse("events:approvals")).content.decode()
    assert "1 request has waited more than 5 days." in page


def test_another_providers_lead_cannot_decide(client, approval_event, provider, other_provider):
    (teacher,) = learners(1)
    booking = services.booking_request(event=approval_event, learner=teacher)
    client.force_login(other_provider.lead)
    response = client.post(reverse("events:approve", args=[booking.pk]))
    assert response.status_code == 404
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


def test_my_learning_tells_an_approver_what_waits(client, approval_event, provider):
    (teacher,) = learners(1)
    services.booking_request(event=approval_event, learner=teacher)
    client.force_login(provider.lead)
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert "1 booking on live sessions waits for your decision" in page
