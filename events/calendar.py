"""iCalendar invitations, cancellations and the learner's feed (RFC 5545, via icalendar).

Each booking is one calendar entry per sitting: its UID never changes and its SEQUENCE grows
with every message sent about it, so a calendar client updates the entry it already has."""

from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, vCalAddress, vText
from icalendar import Event as VEvent

from academy_site.emails import Attachment
from academy_site.links import site_url

from .models import Booking, BookingStatus, Sitting

LONDON = ZoneInfo("Europe/London")
PRODID = "-//Academy//Live events//EN"

REQUEST = "REQUEST"
CANCEL = "CANCEL"
PUBLISH = "PUBLISH"


def _host() -> str:
    return urlsplit(site_url("/")).hostname or "academy"


def sitting_uid(*, booking: Booking, sitting: Sitting) -> str:
    return f"{booking.uid}-{sitting.pk}@{_host()}"


def _where(booking: Booking) -> str:
    event = booking.event
    if event.venue_id:
        parts = [event.venue.name, event.room, " ".join(event.venue.address.split())]
        return ", ".join(part for part in parts if part)
    return "Online" if event.online_link else ""


def _description(booking: Booking, page_url: str) -> str:
    event = booking.event
    lines = [event.module.title]
    if booking.status in (BookingStatus.BOOKED,) and event.online_link:
        lines.append(f"Join online: {event.online_link}")
    if event.venue_id and event.venue.directions:
        lines.append(f"Directions: {event.venue.directions}")
    lines.append(f"Your booking: {page_url}")
    return "\n".join(lines)


def _vevent(booking: Booking, sitting: Sitting, *, status: str, stamp: datetime) -> VEvent:
    event = booking.event
    vevent = VEvent()
    vevent.add("uid", sitting_uid(booking=booking, sitting=sitting))
    vevent.add("sequence", booking.sequence)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", timezone.localtime(sitting.starts_at, LONDON))
    vevent.add("dtend", timezone.localtime(sitting.ends_at, LONDON))
    vevent.add("summary", event.title)
    vevent.add("status", status)
    where = _where(booking)
    if where:
        vevent.add("location", where)
    page_url = site_url(reverse("events:event", args=[event.pk]))
    vevent.add("url", page_url)
    vevent.add("description", _description(booking, page_url))
    organizer = vCalAddress(f"mailto:{settings.DEFAULT_FROM_EMAIL.split('<')[-1].strip('> ')}")
    organizer.params["cn"] = vText(event.module.get_parent().title)
    vevent["organizer"] = organizer
    attendee = vCalAddress(f"mailto:{booking.learner.email}")
    attendee.params["cn"] = vText(booking.learner.display_name)
    attendee.params["rsvp"] = vText("FALSE")
    vevent.add("attendee", attendee, encode=0)
    return vevent


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _entry_status(booking: Booking, method: str) -> str:
    if method == CANCEL or booking.status in (
        BookingStatus.CANCELLED_BY_LEARNER,
        BookingStatus.CANCELLED_BY_PROVIDER,
    ):
        return "CANCELLED"
    if booking.status == BookingStatus.WAITLISTED:
        return "TENTATIVE"
    return "CONFIRMED"


def booking_ics(*, booking: Booking, method: str) -> str:
    """The invitation (REQUEST) or cancellation (CANCEL) for one booking, at its SEQUENCE."""
    calendar = _calendar(method)
    stamp = timezone.now()
    status = _entry_status(booking, method)
    for sitting in booking.event.sittings_in_order():
        calendar.add_component(_vevent(booking, sitting, status=status, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()


def booking_attachment(*, booking: Booking, method: str) -> Attachment:
    return Attachment(
        name="cancel.ics" if method == CANCEL else "invite.ics",
        mimetype="text/calendar",
        content=booking_ics(booking=booking, method=method),
    )


def feed_ics(*, bookings) -> str:
    """A learner's feed: every place they hold or are wait-listed for, cancelled ones marked so."""
    calendar = _calendar(PUBLISH)
    calendar.add("x-wr-calname", f"{settings.WAGTAIL_SITE_NAME}: my bookings")
    stamp = timezone.now()
    for booking in bookings:
        status = _entry_status(booking, PUBLISH)
        for sitting in booking.event.sittings_in_order():
            calendar.add_component(_vevent(booking, sitting, status=status, stamp=stamp))
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()
