"""The pages learners and leads use, requested as a browser would."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events import selectors, services
from events.models import BookingStatus

from .conftest import emails_to, event_make, learners


def test_one_click_books_and_says_so(client, event):
    (teacher,) = learners(1)
    client.force_login(teacher)
    response = client.post(reverse("events:book", args=[event.pk]), follow=True)
    assert "You have a place." in response.content.decode()
    assert event.bookings.get().status == BookingStatus.BOOKED


def test_one_click_cancels_and_says_so(client, event):
    (teacher,) = learners(1)
    services.booking_request(event=event, learner=teacher)
    client.force_login(teacher)
    response = client.post(reverse("events:cancel", args=[event.pk]), follow=True)
    assert "Your place is cancelled." in response.content.decode()


def test_the_joining_link_is_shown_only_to_people_with_a_place(client, provider):
    event = event_make(module=provider.module, online_link="https://meet.example.org/abc")
    booked, other = learners(2)
    services.booking_request(event=event, learner=booked)
    client.force_login(other)
    assert (
        "meet.example.org/abc"
        not in client.get(reverse("events:event", args=[event.pk])).content.decode()
    )
    client.force_login(booked)
    assert (
        "meet.example.org/abc"
        in client.get(reverse("events:event", args=[event.pk])).content.decode()
    )


def test_the_module_page_shows_next_dates_with_places_left(client, event):
    (teacher,) = learners(1)
    services.booking_request(event=event, learner=teacher)
    page = client.get(event.module.url).content.decode()
    assert "Live sessions" in page
    assert "4 places left" in page


def test_my_learning_lists_my_bookings(client, event, provider):
    full = event_make(module=provider.module, capacity=0, title="Full workshop")
    (teacher,) = learners(1)
    services.booking_request(event=event, learner=teacher)
    services.booking_request(event=full, learner=teacher)
    client.force_login(teacher)
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert "My bookings" in page
    assert event.title in page
    assert "Full workshop" in page
    assert "on the wait-list" in page
    assert event.venue.name in page


def test_the_private_feed_lists_bookings_and_a_new_address_stops_the_old(client, event):
    (teacher,) = learners(1)
    booking = services.booking_request(event=event, learner=teacher)
    feed = services.calendar_feed_for(learner=teacher)
    response = client.get(reverse("events:feed", args=[feed.token]))
    assert response["Content-Type"].startswith("text/calendar")
    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(vevent["UID"]).startswith(str(booking.uid))
    client.force_login(teacher)
    client.post(reverse("events:my_calendar"))
    client.logout()
    assert client.get(reverse("events:feed", args=[feed.token])).status_code == 404


def test_the_providers_view_counts_places_waitlist_and_approvals(client, provider):
    event = event_make(module=provider.module, capacity=1)
    for person in learners(3):
        services.booking_request(event=event, learner=person)
    client.force_login(provider.lead)
    page = client.get(reverse("events:manage")).content.decode()
    assert "1 of 1" in page
    (figures,) = selectors.events_figures(events=[event])
    assert (figures.taken, figures.waitlisted, figures.pending) == (1, 2, 0)


def test_cancelling_an_event_from_the_providers_view(client, event, provider):
    (teacher,) = learners(1)
    services.booking_request(event=event, learner=teacher)
    client.force_login(provider.lead)
    response = client.post(
        reverse("events:event_cancel", args=[event.pk]), {"reason": "The trainer is ill."}
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.is_cancelled
    assert "The trainer is ill." in emails_to(teacher)[-1].text


def test_another_providers_lead_sees_no_event_of_ours(client, event, other_provider):
    client.force_login(other_provider.lead)
    for name in ("manage_event", "event_cancel", "attendees_csv", "sign_in_sheet"):
        assert client.get(reverse(f"events:{name}", args=[event.pk])).status_code == 404


def test_reminders_go_once(event):
    (teacher,) = learners(1)
    services.booking_request(event=event, learner=teacher)
    before = len(emails_to(teacher))
    assert services.reminders_send() == 0  # ten days away, reminders two days before
    soon = timezone.now() + timedelta(days=8, hours=1)
    assert services.reminders_send(now=soon) == 1
    assert services.reminders_send(now=soon) == 0
    emails = emails_to(teacher)
    assert len(emails) == before + 1
    assert emails[-1].subject.endswith(
        f"Reminder: {event.title}, {timezone.localtime(event.starts_at):%A %-d %B}"
    )


def test_attendance_by_module_counts_booked_and_attended(provider, other_provider):
    event = event_make(module=provider.module, starts_in=timedelta(days=2))
    a, b = learners(2)
    booking = services.booking_request(event=event, learner=a)
    services.booking_request(event=event, learner=b)
    later = timezone.now() + timedelta(days=3)
    services.register_save(
        sitting=event.sittings.get(), present={booking.pk}, by=provider.lead, now=later
    )
    start, end = timezone.now(), timezone.now() + timedelta(days=7)
    counts = selectors.attendance_by_module([provider.module, other_provider.module], start, end)
    assert counts == {
        provider.module.pk: {"booked": 2, "attended": 1},
        other_provider.module.pk: {"booked": 0, "attended": 0},
    }
    assert selectors.attendance_by_module([provider.module], end, end + timedelta(days=1)) == {
        provider.module.pk: {"booked": 0, "attended": 0}
    }


def test_my_bookings_puts_a_session_with_its_register_taken_under_past(provider):
    event = event_make(module=provider.module, starts_in=timedelta(days=1))
    (teacher,) = learners(1)
    booking = services.booking_request(event=event, learner=teacher)
    mine = selectors.my_bookings(learner=teacher)
    assert (mine.upcoming, mine.waiting, mine.past) == ([booking], [], [])
    during = timezone.now() + timedelta(days=1, minutes=30)
    services.register_save(
        sitting=event.sittings.get(), present={booking.pk}, by=provider.lead, now=during
    )
    mine = selectors.my_bookings(learner=teacher, now=during)
    assert [b.pk for b in mine.past] == [booking.pk]
    assert mine.upcoming == mine.waiting == []
