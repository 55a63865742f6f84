from datetime import timedelta

import pytest
from django.utils import timezone

from events import services
from events.models import BookingChange, BookingStatus, Sitting
from learning.models import Enrolment

from .conftest import emails_to, event_make, ics_of, learners


def _vevents(email):
    return [c for c in ics_of(email).walk("VEVENT")]


def test_it_books_while_places_last_then_waitlists_in_order(event):
    people = learners(7)
    bookings = [services.booking_request(event=event, learner=p) for p in people]
    assert [b.status for b in bookings] == [BookingStatus.BOOKED] * 5 + [
        BookingStatus.WAITLISTED
    ] * 2
    assert Enrolment.objects.filter(module=event.module).count() == 7


def test_booking_sends_a_calendar_request_with_a_stable_uid(event):
    (person,) = learners(1)
    booking = services.booking_request(event=event, learner=person)
    (email,) = emails_to(person)
    calendar = ics_of(email)
    assert calendar["METHOD"] == "REQUEST"
    (vevent,) = _vevents(email)
    assert str(vevent["UID"]).startswith(str(booking.uid))
    assert vevent["SEQUENCE"] == 0
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent.decoded("DTSTART") == event.starts_at
    assert "Europe/London" in email.attachments[0]["content"]


def test_asking_twice_changes_nothing(event):
    (person,) = learners(1)
    first = services.booking_request(event=event, learner=person)
    again = services.booking_request(event=event, learner=person)
    assert first.pk == again.pk
    assert BookingChange.objects.filter(booking=first).count() == 2  # requested, booked


def test_cancelling_promotes_the_first_waiting_with_an_updated_entry(event):
    event.capacity = 1
    event.save()
    first, second, third = learners(3)
    booked = services.booking_request(event=event, learner=first)
    waiting = services.booking_request(event=event, learner=second)
    services.booking_request(event=event, learner=third)
    assert waiting.status == BookingStatus.WAITLISTED
    (tentative,) = _vevents(emails_to(second)[-1])
    assert tentative["STATUS"] == "TENTATIVE"
    assert tentative["SEQUENCE"] == 0

    services.booking_cancel(booking=booking_refresh(booked), by=first)

    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.BOOKED
    (promoted,) = _vevents(emails_to(second)[-1])
    assert promoted["UID"] == tentative["UID"]
    assert promoted["SEQUENCE"] == 1
    assert promoted["STATUS"] == "CONFIRMED"
    cancel = emails_to(first)[-1]
    assert ics_of(cancel)["METHOD"] == "CANCEL"
    assert _vevents(cancel)[0]["SEQUENCE"] == 1
    history = list(BookingChange.objects.filter(booking=waiting).values_list("status", "reason"))
    assert history == [
        ("requested", ""),
        ("waitlisted", "The event is full"),
        ("booked", "A place came free"),
    ]
    third_booking = event.bookings.get(learner=third)
    assert third_booking.status == BookingStatus.WAITLISTED


def booking_refresh(booking):
    booking.refresh_from_db()
    return booking


def test_after_the_cut_off_cancelling_is_sending_apologies(provider):
    event = event_make(module=provider.module, starts_in=timedelta(hours=20))
    (person,) = learners(1)
    booking = services.booking_request(event=event, learner=person)
    booking = services.booking_cancel(booking=booking, by=person)
    assert booking.changes.last().reason == "Sent apologies"
    assert booking.status == BookingStatus.CANCELLED_BY_LEARNER


def test_nothing_changes_once_the_event_has_started(provider):
    event = event_make(module=provider.module, starts_in=timedelta(hours=1))
    (person,) = learners(1)
    booking = services.booking_request(event=event, learner=person)
    with pytest.raises(services.BookingError):
        services.booking_cancel(booking=booking, by=person, now=timezone.now() + timedelta(hours=2))


def test_booking_refused_when_closed(provider):
    event = event_make(module=provider.module, booking_closes_at=timezone.now())
    (person,) = learners(1)
    with pytest.raises(services.BookingError):
        services.booking_request(event=event, learner=person)


def test_cancelling_the_event_tells_everyone_and_cancels_their_entries(event, provider):
    event.capacity = 1
    event.save()
    booked_person, waiting_person = learners(2)
    services.booking_request(event=event, learner=booked_person)
    services.booking_request(event=event, learner=waiting_person)
    services.event_cancel(event=event, by=provider.lead, reason="The hall is flooded.")
    for person in (booked_person, waiting_person):
        email = emails_to(person)[-1]
        assert "The hall is flooded." in email.text
        assert ics_of(email)["METHOD"] == "CANCEL"
    assert set(event.bookings.values_list("status", flat=True)) == {
        BookingStatus.CANCELLED_BY_PROVIDER
    }


def test_more_places_move_the_waitlist_up(event):
    event.capacity = 1
    event.save()
    first, second = learners(2)
    services.booking_request(event=event, learner=first)
    waiting = services.booking_request(event=event, learner=second)
    event.capacity = 2
    event.save()
    services.event_changed(event=event)
    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.BOOKED


def test_new_dates_update_everyones_calendar_entry_and_other_edits_do_not(event):
    first, second = learners(2)
    services.booking_request(event=event, learner=first)
    services.event_changed(event=event)  # the first save after booking opened
    sent = len(emails_to(first))
    event.refresh_from_db()  # as the editor loads it
    event.description = "Bring a lesson plan."
    event.save()
    services.event_changed(event=event)
    assert len(emails_to(first)) == sent
    sitting = event.sittings.get()
    sitting.starts_at += timedelta(hours=1)
    sitting.ends_at += timedelta(hours=1)
    sitting.save()
    services.event_changed(event=event)
    email = emails_to(first)[-1]
    assert email.subject.endswith(f"Changed: {event.title}")
    (vevent,) = _vevents(email)
    assert vevent["SEQUENCE"] == 1
    assert vevent.decoded("DTSTART") == sitting.starts_at


def test_interest_is_told_when_dates_are_added(provider):
    event = event_make(module=provider.module, sittings=0)
    (person,) = learners(1)
    services.interest_register(event=event, learner=person)
    services.event_changed(event=event)
    assert emails_to(person) == []
    start = timezone.now() + timedelta(days=30)
    Sitting.objects.create(event=event, starts_at=start, ends_at=start + timedelta(hours=2))
    services.event_changed(event=event)
    services.event_changed(event=event)
    (email,) = emails_to(person)
    assert "now has" in email.text


def test_the_invitation_goes_out_as_a_calendar_attachment(event):
    (person,) = learners(1)
    services.booking_request(event=event, learner=person)
    (email,) = emails_to(person)
    message = email.message().message()
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_filename() == "invite.ics"
    assert "METHOD:REQUEST" in part.get_payload(decode=True).decode()
