"""What events does: book, wait-list, approve, cancel, promote, take the register, remind.

Every change of a booking's status goes through `_status_set`, which appends its history row.
Anything that could change who holds a place first locks the event row (SELECT ... FOR UPDATE
on PostgreSQL), so places are counted by one request at a time however many arrive at once."""

from datetime import datetime, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from academy_site.emails import email_send
from academy_site.links import site_url
from credentials.services import hours_entry_set
from learning.services import (
    LearningError,
    PrerequisitesMissing,
    enrolment_create,
    module_completion_recheck,
)

from . import calendar, selectors
from .models import (
    ENDED,
    Attendance,
    Booking,
    BookingChange,
    BookingStatus,
    CalendarFeed,
    Event,
    Interest,
    Sitting,
)


class BookingError(Exception):
    """Something the learner or lead cannot do now; the message says what to do instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _event_lock(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _status_set(booking: Booking, status: str, *, by=None, reason: str = "", at=None) -> None:
    booking.status = status
    booking.save(update_fields=["status", "asked_at", "sequence", "calendar_sent"])
    BookingChange.objects.create(
        booking=booking, status=status, by=by, reason=reason[:500], at=at or timezone.now()
    )


def _event_url(event: Event) -> str:
    return site_url(reverse("events:event", args=[event.pk]))


def _tell(booking: Booking, *, template: str, method: str | None = None, **extra) -> None:
    """E-mail the learner about their booking, with the calendar entry when it changed."""
    attachments = []
    event = booking.event
    if method is not None and not event.calendar_fingerprint:
        event.calendar_fingerprint = event.calendar_facts()
        event.save(update_fields=["calendar_fingerprint"])
    if method is not None:
        if booking.calendar_sent:
            booking.sequence += 1
        booking.calendar_sent = True
        booking.save(update_fields=["sequence", "calendar_sent"])
        attachments.append(calendar.booking_attachment(booking=booking, method=method))
    email_send(
        to=booking.learner.email,
        template=f"events/emails/{template}",
        context={
            "booking": booking,
            "event": booking.event,
            "learner": booking.learner,
            "sittings": booking.event.sittings_in_order(),
            "event_url": _event_url(booking.event),
            **extra,
        },
        attachments=attachments,
    )


def _has_entry(booking: Booking) -> bool:
    """Whether the learner's calendar holds an entry for the booking that a CANCEL must remove."""
    return booking.calendar_sent and booking.status in (
        BookingStatus.BOOKED,
        BookingStatus.WAITLISTED,
    )


def _allocate(booking: Booking, event: Event, *, by=None, reason: str = "") -> None:
    """Give a place if one is free, else the wait-list; the event row is already locked."""
    if selectors.places_taken(event=event) < event.capacity:
        _status_set(booking, BookingStatus.BOOKED, by=by, reason=reason or "A place was free")
        _tell(booking, template="booked", method=calendar.REQUEST)
    else:
        _status_set(booking, BookingStatus.WAITLISTED, by=by, reason=reason or "The event is full")
        _tell(
            booking,
            template="waitlisted",
            method=calendar.REQUEST,
            position=selectors.waitlist_position(booking=booking),
        )


def _promote(event: Event, *, by=None) -> list[Booking]:
    """Fill free places from the front of the wait-list, telling each person promoted."""
    promoted = []
    free = event.capacity - selectors.places_taken(event=event)
    if free <= 0:
        return promoted
    waiting = event.bookings.filter(status=BookingStatus.WAITLISTED).select_related("learner")
    for booking in waiting.order_by("asked_at", "pk")[:free]:
        _status_set(booking, BookingStatus.BOOKED, by=by, reason="A place came free")
        _tell(booking, template="promoted", method=calendar.REQUEST)
        promoted.append(booking)
    return promoted


def _approvers_tell(booking: Booking) -> None:
    url = site_url(reverse("events:approvals"))
    for approver in selectors.approvers(booking=booking):
        email_send(
            to=approver.email,
            template="events/emails/approval_request",
            context={
                "booking": booking,
                "event": booking.event,
                "approver": approver,
                "approvals_url": url,
            },
        )


def _enrol(learner, event: Event) -> None:
    """A place on the live part enrols the learner on the module, so attending can complete it."""
    try:
        enrolment_create(learner=learner, module=event.module)
    except PrerequisitesMissing as missing:
        titles = " and ".join(module.title for module in missing.missing)
        raise BookingError(f"Complete {titles} before you book this event.") from missing
    except LearningError as error:
        raise BookingError(error.message) from error


@transaction.atomic
def booking_request(*, event: Event, learner, now: datetime | None = None) -> Booking:
    """The learner asks for a place: booked if one is free, else wait-listed in the order asked,
    or sent for approval first where the event needs it. Asking twice changes nothing."""
    event = _event_lock(event)
    # Stamped once the lock is held, so the order asked is the order places were given.
    now = now or timezone.now()
    if not event.booking_open(now):
        raise BookingError("Booking is not open for this event.")
    booking = Booking.objects.filter(event=event, learner=learner).first()
    if booking is not None and booking.status not in ENDED:
        return booking
    _enrol(learner, event)
    if booking is None:
        booking = Booking(event=event, learner=learner, status=BookingStatus.REQUESTED)
    booking.asked_at = now
    booking.save()
    if event.requires_approval:
        _status_set(booking, BookingStatus.REQUESTED, by=learner, reason="Waiting for approval")
        _tell(booking, template="requested")
        _approvers_tell(booking)
        return booking
    BookingChange.objects.create(booking=booking, status=BookingStatus.REQUESTED, by=learner)
    _allocate(booking, event, by=learner)
    return booking


def _decision_lock(booking: Booking) -> tuple[Booking, Event]:
    event = _event_lock(booking.event)
    booking = (
        Booking.objects.select_for_update(of=("self",)).select_related("learner").get(pk=booking.pk)
    )
    booking.event = event
    if booking.status != BookingStatus.REQUESTED:
        raise BookingError("This booking has already been decided.")
    return booking, event


@transaction.atomic
def booking_approve(*, booking: Booking, by) -> Booking:
    booking, event = _decision_lock(booking)
    if event.is_cancelled:
        raise BookingError("This event has been cancelled.")
    _status_set(booking, BookingStatus.APPROVED, by=by, reason="Approved")
    _allocate(booking, event, by=by, reason="Approved")
    return booking


@transaction.atomic
def booking_decline(*, booking: Booking, by, reason: str) -> Booking:
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why you are declining this booking.")
    booking, _event = _decision_lock(booking)
    _status_set(booking, BookingStatus.DECLINED, by=by, reason=reason)
    _tell(booking, template="declined", reason=reason)
    return booking


def cancel_is_apologies(*, event: Event, now: datetime | None = None) -> bool:
    """After the cut-off a learner no longer cancels but sends apologies (the place still goes
    to the next person waiting)."""
    now = now or timezone.now()
    return event.starts_at is not None and now >= event.cancellation_cutoff()


@transaction.atomic
def booking_cancel(*, booking: Booking, by, now: datetime | None = None) -> Booking:
    """The learner gives up their place (cancel, or apologies after the cut-off) or leaves the
    wait-list; a place freed goes at once to the first person waiting."""
    now = now or timezone.now()
    event = _event_lock(booking.event)
    booking = (
        Booking.objects.select_for_update(of=("self",)).select_related("learner").get(pk=booking.pk)
    )
    booking.event = event
    if booking.status in ENDED:
        return booking
    if booking.status not in (
        BookingStatus.BOOKED,
        BookingStatus.WAITLISTED,
        BookingStatus.REQUESTED,
        BookingStatus.APPROVED,
    ) or (event.starts_at and now >= event.starts_at):
        raise BookingError("This event has started, so your booking can no longer change.")
    apologies = booking.status == BookingStatus.BOOKED and cancel_is_apologies(event=event, now=now)
    had_entry = _has_entry(booking)
    _status_set(
        booking,
        BookingStatus.CANCELLED_BY_LEARNER,
        by=by,
        reason="Sent apologies" if apologies else "Cancelled",
    )
    _tell(
        booking,
        template="cancelled",
        method=calendar.CANCEL if had_entry else None,
        apologies=apologies,
    )
    _promote(event, by=by)
    return booking


@transaction.atomic
def event_cancel(*, event: Event, by, reason: str) -> Event:
    """The provider cancels the event: everyone booked, waiting or asking is told, and calendars
    drop the entry."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why the event is cancelled: learners will read it.")
    event = _event_lock(event)
    if event.is_cancelled:
        return event
    event.cancelled_at = timezone.now()
    event.cancelled_reason = reason
    event.save(update_fields=["cancelled_at", "cancelled_reason"])
    live = event.bookings.exclude(status__in=ENDED).select_related("learner")
    for booking in live:
        booking.event = event
        had_entry = _has_entry(booking)
        _status_set(booking, BookingStatus.CANCELLED_BY_PROVIDER, by=by, reason=reason)
        _tell(
            booking,
            template="event_cancelled",
            method=calendar.CANCEL if had_entry else None,
            reason=reason,
        )
    return event


@transaction.atomic
def event_changed(*, event: Event, by=None) -> None:
    """After a lead edits an event: new places go to the wait-list, calendars get the new dates
    and place, and people who registered interest hear when dates first appear."""
    event = _event_lock(event)
    if event.is_cancelled:
        return
    facts = event.calendar_facts()
    if facts != event.calendar_fingerprint:
        event.calendar_fingerprint = facts
        event.save(update_fields=["calendar_fingerprint"])
        for booking in event.bookings.filter(calendar_sent=True).select_related("learner"):
            booking.event = event
            if _has_entry(booking):
                _tell(booking, template="changed", method=calendar.REQUEST)
    _promote(event, by=by)
    if event.starts_at is not None:
        for interest in event.interest.filter(told_at__isnull=True).select_related("learner"):
            email_send(
                to=interest.learner.email,
                template="events/emails/dates_added",
                context={
                    "event": event,
                    "learner": interest.learner,
                    "sittings": event.sittings_in_order(),
                    "event_url": _event_url(event),
                },
            )
            interest.told_at = timezone.now()
            interest.save(update_fields=["told_at"])


def interest_register(*, event: Event, learner) -> Interest:
    interest, _ = Interest.objects.get_or_create(event=event, learner=learner)
    return interest


def calendar_feed_for(*, learner) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(learner=learner)
    return feed


def calendar_feed_renew(*, learner) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    feed = calendar_feed_for(learner=learner)
    feed.token = CalendarFeed._meta.get_field("token").default()
    feed.save(update_fields=["token"])
    return feed


def _attended_status(booking: Booking, sittings: list[Sitting]) -> str:
    marks = dict(booking.attendance.values_list("sitting_id", "present"))
    if not marks:
        return BookingStatus.BOOKED
    present = [sitting for sitting in sittings if marks.get(sitting.pk)]
    if len(present) == len(sittings):
        return BookingStatus.ATTENDED
    if present:
        return BookingStatus.PARTLY_ATTENDED
    return BookingStatus.NO_SHOW if len(marks) == len(sittings) else BookingStatus.BOOKED


def attended_hours(*, booking: Booking) -> Decimal:
    """The time the learner was there: the sittings marked present, in hours."""
    present = Sitting.objects.filter(attendance__booking=booking, attendance__present=True)
    seconds = sum((s.ends_at - s.starts_at).total_seconds() for s in present)
    return (Decimal(seconds) / 3600).quantize(Decimal("0.1"))


@transaction.atomic
def register_save(
    *, sitting: Sitting, present: set[int], by, now: datetime | None = None
) -> list[Booking]:
    """Record who was at a sitting (every booking on the register not in `present` was absent),
    then settle each booking's attendance and ask learning to decide the module again: attending
    completes it, and a correction that takes attendance away undoes the completion, its
    certificate and its credits together. Returns the bookings whose status changed."""
    now = now or timezone.now()
    event = _event_lock(sitting.event)
    if now < sitting.register_opens_at():
        raise BookingError("The register opens 15 minutes before the session starts.")
    sittings = event.sittings_in_order()
    changed = []
    for booking in selectors.register_bookings(event=event):
        booking.event = event
        is_present = booking.pk in present
        Attendance.objects.update_or_create(
            booking=booking,
            sitting=sitting,
            defaults={"present": is_present, "marked_by": by, "marked_at": now},
        )
        hours_entry_set(
            learner=booking.learner,
            page=event.module,
            key=f"event-attendance:{booking.pk}",
            cpd_hours=attended_hours(booking=booking) if event.counts_hours else Decimal(0),
            description=f"Attended {event.title}",
            awarded_at=sittings[-1].ends_at,
            by=by,
        )
        status = _attended_status(booking, sittings)
        if status == booking.status:
            continue
        was = booking.get_status_display().lower()
        _status_set(booking, status, by=by, reason=f"Register for {sitting} (was {was})", at=now)
        changed.append(booking)
        module_completion_recheck(
            learner=booking.learner,
            module=event.module,
            reason=f"The register for {event.title} was corrected",
            by=by,
        )
    return changed


def reminders_send(*, now: datetime | None = None) -> int:
    """E-mail each booked learner once, the set number of days before their event starts.

    Run by beat; the claim on `reminded_at` makes a second run (or a second worker) send none."""
    now = now or timezone.now()
    sent = 0
    bookings = Booking.objects.filter(
        status=BookingStatus.BOOKED,
        reminded_at__isnull=True,
        event__cancelled_at__isnull=True,
        event__reminder_days__gt=0,
        event__sittings__starts_at__gt=now,
        event__sittings__starts_at__lte=now + timedelta(days=30),
    ).distinct()
    for booking in bookings.select_related("event", "learner").prefetch_related("event__sittings"):
        starts = booking.event.starts_at
        if starts is None or starts <= now or starts - now > timedelta(booking.event.reminder_days):
            continue
        with transaction.atomic():
            claimed = Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if claimed:
                _tell(booking, template="reminder")
                sent += 1
    return sent
