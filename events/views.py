"""Live events: the event page (book, cancel, apologies, interest), approvals, the provider's
view, the register, the sign-in sheet and attendee list, and the learner's calendar feed.

Each view asks `selectors` whether this user may act on this event, and answers 404 if not."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from academy_site.audit import EXPORTED, access_record
from academy_site.csv_export import csv_response
from academy_site.forms import form_data, form_errors_add
from academy_site.links import site_url

from . import calendar, selectors, services
from .forms import DeclineForm, EventCancelForm
from .models import BookingStatus, CalendarFeed, Sitting
from .pdf import sign_in_sheet_pdf_render


def _crumbs(*trail) -> list[tuple[str, str]]:
    return [("Home", "/"), *trail]


def _lead_crumbs(*trail) -> list[tuple[str, str]]:
    return [("Your live events", reverse("events:manage")), *trail]


def event(request, event_id: int):
    """One event: its dates, place, places left, and the learner's booking with its actions."""
    event = selectors.event_visible(event_id=event_id)
    booking = selectors.booking_of(learner=request.user, event=event)
    figures = selectors.events_figures(events=[event])[0]
    module = event.module
    return render(
        request,
        "events/event.html",
        {
            "event": event,
            "sittings": event.sittings_in_order(),
            "figures": figures,
            "booking": booking,
            "history": list(booking.changes.select_related("by")) if booking else [],
            "position": selectors.waitlist_position(booking=booking) if booking else None,
            "booking_open": event.booking_open(),
            "apologies": services.cancel_is_apologies(event=event) if event.starts_at else False,
            "interested": request.user.is_authenticated
            and event.interest.filter(learner=request.user).exists(),
            "breadcrumbs": _crumbs(
                ("Catalogue", reverse("courses:catalogue")), (module.title, module.url)
            ),
        },
    )


def _done(request, event, message: str):
    messages.success(request, message)
    return redirect("events:event", event.pk)


@login_required
@require_POST
def book(request, event_id: int):
    event = selectors.event_visible(event_id=event_id)
    try:
        booking = services.booking_request(event=event, learner=request.user)
    except services.BookingError as error:
        messages.error(request, error.message)
        return redirect("events:event", event.pk)
    words = {
        BookingStatus.BOOKED: "You have a place. We have e-mailed you a calendar invitation.",
        BookingStatus.WAITLISTED: "The event is full, so you are on the wait-list. We will "
        "e-mail you if a place comes free.",
        BookingStatus.REQUESTED: "You have asked for a place. We will e-mail you when it is "
        "approved.",
    }
    return _done(request, event, words.get(booking.status, "Your booking is saved."))


@login_required
@require_POST
def cancel(request, event_id: int):
    event = selectors.event_visible(event_id=event_id)
    booking = selectors.booking_of(learner=request.user, event=event)
    if booking is None:
        raise Http404
    was = booking.status
    try:
        booking = services.booking_cancel(booking=booking, by=request.user)
    except services.BookingError as error:
        messages.error(request, error.message)
        return redirect("events:event", event.pk)
    last = booking.changes.last()
    if last and last.reason == "Sent apologies":
        return _done(request, event, "Your apologies are sent and your place has gone.")
    if was == BookingStatus.WAITLISTED:
        return _done(request, event, "You have left the wait-list.")
    return _done(request, event, "Your place is cancelled.")


@login_required
@require_POST
def interest(request, event_id: int):
    event = selectors.event_visible(event_id=event_id)
    services.interest_register(event=event, learner=request.user)
    return _done(request, event, "We will e-mail you when dates are added.")


@login_required
def approvals(request):
    """Bookings waiting for this person's decision: their school's staff, or their provider's."""
    if not selectors.is_approver(user=request.user):
        raise Http404
    waiting = list(selectors.approvals_for(user=request.user))
    overdue_before = timezone.now() - timedelta(days=selectors.APPROVAL_OVERDUE_DAYS)
    access_record(
        viewer=request.user,
        people=[b.learner for b in waiting],
        what="Event bookings awaiting approval",
        request=request,
    )
    return render(
        request,
        "events/approvals.html",
        {
            "waiting": waiting,
            "overdue": [b for b in waiting if b.asked_at < overdue_before],
            "overdue_days": selectors.APPROVAL_OVERDUE_DAYS,
            "breadcrumbs": _crumbs(),
        },
    )


@login_required
@require_POST
def approve(request, booking_id: int):
    booking = selectors.approval_for(user=request.user, booking_id=booking_id)
    try:
        services.booking_approve(booking=booking, by=request.user)
    except services.BookingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"Approved: {booking.learner.display_name} has been told.")
    return redirect("events:approvals")


@login_required
def decline(request, booking_id: int):
    booking = selectors.approval_for(user=request.user, booking_id=booking_id)
    form = DeclineForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.booking_decline(
                booking=booking, by=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form_errors_add(form, error)
        except services.BookingError as error:
            messages.error(request, error.message)
            return redirect("events:approvals")
        else:
            messages.success(request, f"Declined: {booking.learner.display_name} has been told.")
            return redirect("events:approvals")
    return render(
        request,
        "events/decline.html",
        {
            "booking": booking,
            "form": form,
            "breadcrumbs": _crumbs(("Bookings to approve", reverse("events:approvals"))),
        },
    )


@login_required
def manage(request):
    """The provider's events with places taken, wait-lists, approvals and attendance."""
    events = list(
        selectors.events_led_by(user=request.user)
        .select_related("module", "venue")
        .prefetch_related("sittings")
    )
    if not events and not selectors.modules_led_by(user=request.user).exists():
        raise Http404
    now = timezone.now()
    figures = selectors.events_figures(events=events)
    figures.sort(key=lambda f: (f.event.starts_at is None, f.event.starts_at or now))
    return render(
        request,
        "events/manage.html",
        {
            "upcoming": [f for f in figures if not f.event.ends_at or f.event.ends_at > now],
            "past": [f for f in figures if f.event.ends_at and f.event.ends_at <= now],
            "overdue": selectors.approvals_overdue(user=request.user).count(),
            "breadcrumbs": _crumbs(),
        },
    )


@login_required
def manage_event(request, event_id: int):
    event = selectors.event_for_lead(user=request.user, event_id=event_id)
    bookings = list(
        event.bookings.select_related("learner")
        .prefetch_related("changes")
        .order_by("asked_at", "pk")
    )
    access_record(
        viewer=request.user,
        people=[b.learner for b in bookings],
        what=f"Bookings: {event}",
        request=request,
    )
    return render(
        request,
        "events/manage_event.html",
        {
            "event": event,
            "sittings": event.sittings_in_order(),
            "figures": selectors.events_figures(events=[event])[0],
            "bookings": bookings,
            "now": timezone.now(),
            "breadcrumbs": _lead_crumbs(),
        },
    )


@login_required
def event_cancel(request, event_id: int):
    event = selectors.event_for_lead(user=request.user, event_id=event_id)
    if event.is_cancelled:
        return redirect("events:manage_event", event.pk)
    form = EventCancelForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_cancel(event=event, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, "The event is cancelled. Everyone booked has been told.")
            return redirect("events:manage_event", event.pk)
    return render(
        request,
        "events/event_cancel.html",
        {
            "event": event,
            "form": form,
            "breadcrumbs": _lead_crumbs(
                (event.title, reverse("events:manage_event", args=[event.pk]))
            ),
        },
    )


def _sitting_for_register(request, sitting_id: int) -> Sitting:
    sitting = get_object_or_404(Sitting.objects.select_related("event"), pk=sitting_id)
    selectors.event_for_register(user=request.user, event_id=sitting.event_id)
    return sitting


@login_required
def register(request, sitting_id: int):
    """The register for one sitting, on a phone: everyone ticked, then the exceptions."""
    sitting = _sitting_for_register(request, sitting_id)
    event = sitting.event
    now = timezone.now()
    is_open = now >= sitting.register_opens_at()
    bookings = selectors.register_bookings(event=event)
    if request.method == "POST" and is_open:
        present = {int(value) for value in request.POST.getlist("present") if value.isdigit()}
        try:
            changed = services.register_save(sitting=sitting, present=present, by=request.user)
        except services.BookingError as error:
            messages.error(request, error.message)
        else:
            count = len(present & {b.pk for b in bookings})
            messages.success(
                request,
                f"Register saved: {count} of {len(bookings)} present."
                + (
                    f" {len(changed)} attendance record{'s' if len(changed) != 1 else ''} updated."
                    if changed
                    else ""
                ),
            )
        return redirect("events:register", sitting.pk)
    marks = selectors.register_marks(sitting=sitting)
    access_record(
        viewer=request.user,
        people=[b.learner for b in bookings],
        what=f"Register: {event}",
        request=request,
    )
    crumbs = (
        _lead_crumbs((event.title, reverse("events:manage_event", args=[event.pk])))
        if selectors.user_leads_event(user=request.user, event=event)
        else _crumbs()
    )
    return render(
        request,
        "events/register.html",
        {
            "event": event,
            "sitting": sitting,
            "rows": [(b, marks.get(b.pk)) for b in bookings],
            "taken": bool(marks),
            "is_open": is_open,
            "breadcrumbs": crumbs,
        },
    )


@login_required
def sign_in_sheet(request, event_id: int):
    event = selectors.event_for_register(user=request.user, event_id=event_id)
    bookings = selectors.register_bookings(event=event)
    access_record(
        viewer=request.user,
        people=[b.learner for b in bookings],
        what=f"Sign-in sheet: {event}",
        request=request,
        action=EXPORTED,
    )
    pdf = sign_in_sheet_pdf_render(event=event, bookings=bookings)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="sign-in-{event.pk}.pdf"'
    return response


@login_required
def attendees_csv(request, event_id: int):
    event = selectors.event_for_lead(user=request.user, event_id=event_id)
    bookings = list(
        event.bookings.select_related("learner", "learner__school").order_by("asked_at", "pk")
    )
    access_record(
        viewer=request.user,
        people=[b.learner for b in bookings],
        what=f"Attendees: {event}",
        request=request,
        action=EXPORTED,
    )
    sittings = event.sittings_in_order()
    marks = {}
    for sitting in sittings:
        for booking_id, present in selectors.register_marks(sitting=sitting).items():
            marks[booking_id, sitting.pk] = present
    header = ["Name", "E-mail", "School", "Status", "Asked at"] + [
        f"{timezone.localtime(s.starts_at):%d %b %Y %H:%M}" for s in sittings
    ]
    rows = [
        [
            b.learner.display_name,
            b.learner.email,
            str(b.learner.school or ""),
            b.get_status_display(),
            f"{timezone.localtime(b.asked_at):%Y-%m-%d %H:%M}",
            *[
                {True: "Present", False: "Absent"}.get(marks.get((b.pk, s.pk)), "")
                for s in sittings
            ],
        ]
        for b in bookings
    ]
    return csv_response(filename=f"attendees-{event.pk}.csv", header=header, rows=rows)


@login_required
def my_calendar(request):
    """The learner's private calendar address, and a way to change it if it got out."""
    feed = services.calendar_feed_for(learner=request.user)
    if request.method == "POST":
        feed = services.calendar_feed_renew(learner=request.user)
        messages.success(request, "Your calendar has a new address. The old one no longer works.")
        return redirect("events:my_calendar")
    return render(
        request,
        "events/my_calendar.html",
        {
            "feed_url": site_url(reverse("events:feed", args=[feed.token])),
            "breadcrumbs": [("My learning", reverse("learning:dashboard"))],
        },
    )


def feed(request, token: str):
    """The learner's bookings as an iCalendar feed, for whoever holds the secret address."""
    feed = CalendarFeed.objects.select_related("learner").filter(token=token).first()
    if feed is None or not feed.learner.is_active:
        raise Http404
    body = calendar.feed_ics(bookings=selectors.feed_bookings(learner=feed.learner))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=300"
    return response
