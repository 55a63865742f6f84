"""Reads: who may run which events, who approves a booking, places left, the learner's bookings,
and attendance counts for other apps. The one place events' object rules are decided."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from academy_site.prepared import PreparedQuery
from courses.models import ModulePage, ProviderPage
from courses.selectors import providers_led_by
from workforce.models import Employment, SchoolRole, SchoolRoleKind

from .models import (
    ENDED,
    HOLDS_PLACE,
    Attendance,
    Booking,
    BookingStatus,
    Event,
    Sitting,
)

APPROVER_KINDS = (SchoolRoleKind.HEADTEACHER, SchoolRoleKind.CPD_LEAD)
# Approvals waiting longer than this are listed for the approver as overdue.
APPROVAL_OVERDUE_DAYS = 5


def _led_condition(providers, prefix: str) -> Q:
    condition = Q(pk__in=[])
    for provider in providers:
        condition |= Q(**{f"{prefix}path__startswith": provider.path})
    return condition


def events_led_by(*, user) -> QuerySet[Event]:
    """The events of modules under the providers this user leads (all of them for a superuser)."""
    if not user.is_authenticated:
        return Event.objects.none()
    if user.is_superuser:
        return Event.objects.all()
    return Event.objects.filter(_led_condition(providers_led_by(user=user), "module__"))


def modules_led_by(*, user) -> QuerySet[ModulePage]:
    if user.is_superuser:
        return ModulePage.objects.all()
    return ModulePage.objects.filter(_led_condition(providers_led_by(user=user), ""))


def venues_providers(*, user) -> list[ProviderPage]:
    if user.is_superuser:
        return list(ProviderPage.objects.all())
    return providers_led_by(user=user)


def user_leads_event(*, user, event: Event) -> bool:
    return events_led_by(user=user).filter(pk=event.pk).exists()


def user_takes_register(*, user, event: Event) -> bool:
    """The event's facilitators and its provider's leads take its register."""
    if not user.is_authenticated:
        return False
    return event.facilitators.filter(pk=user.pk).exists() or user_leads_event(
        user=user, event=event
    )


def event_for_register(*, user, event_id: int) -> Event:
    event = Event.objects.select_related("module", "venue").filter(pk=event_id).first()
    if event is None or not user_takes_register(user=user, event=event):
        raise Http404
    return event


def event_for_lead(*, user, event_id: int) -> Event:
    event = events_led_by(user=user).select_related("module", "venue").filter(pk=event_id).first()
    if event is None:
        raise Http404
    return event


def event_visible(*, event_id: int) -> Event:
    """An event of a live module, for anyone to see."""
    event = (
        Event.objects.select_related("module", "venue")
        .prefetch_related("sittings")
        .filter(pk=event_id, module__live=True)
        .first()
    )
    if event is None:
        raise Http404
    return event


def provider_leads(*, module: ModulePage) -> QuerySet:
    """The people whose group may edit this module's provider page (its leads group)."""
    provider = module.get_parent()
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__page_permissions__page=provider,
            groups__page_permissions__permission__codename="change_page",
        )
        .distinct()
    )


def _school_ids_of(learner, today) -> list[int]:
    return list(
        Employment.objects.current(today=today)
        .filter(person=learner)
        .values_list("school_id", flat=True)
    )


def school_approvers(*, learner) -> QuerySet:
    """The headteachers and CPD leads of the schools the learner works at today."""
    schools = _school_ids_of(learner, timezone.localdate())
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            school_roles__school_id__in=schools,
            school_roles__kind__in=APPROVER_KINDS,
            school_roles__ended_at__isnull=True,
        )
        .distinct()
    )


def approvers(*, booking: Booking) -> QuerySet:
    """Who decides a booking: the learner's school (headteacher or CPD lead) where it has one,
    otherwise the leads of the module's provider."""
    school = school_approvers(learner=booking.learner)
    if school.exists():
        return school
    return provider_leads(module=booking.event.module)


def _requested() -> QuerySet[Booking]:
    return Booking.objects.filter(
        status=BookingStatus.REQUESTED, event__cancelled_at__isnull=True
    ).select_related("learner", "event", "event__module")


def approvals_for(*, user) -> QuerySet[Booking]:
    """Bookings waiting for this user's decision, oldest first."""
    if not user.is_authenticated:
        return Booking.objects.none()
    today = timezone.localdate()
    schools = SchoolRole.objects.current().filter(person=user, kind__in=APPROVER_KINDS)
    works_here = Employment.objects.current(today=today).filter(
        person=OuterRef("learner"), school__in=schools.values("school")
    )
    has_school_approver = Employment.objects.current(today=today).filter(
        person=OuterRef("learner"),
        school__school_roles__kind__in=APPROVER_KINDS,
        school__school_roles__ended_at__isnull=True,
    )
    led = events_led_by(user=user).values("pk")
    return (
        _requested()
        .filter(Q(Exists(works_here)) | (Q(event__in=led) & ~Q(Exists(has_school_approver))))
        .order_by("asked_at", "pk")
    )


def is_approver(*, user) -> bool:
    """Whether this user decides anyone's bookings: a current headteacher or CPD lead, or the
    lead of a provider with events."""
    return user.is_authenticated and (
        SchoolRole.objects.current().filter(person=user, kind__in=APPROVER_KINDS).exists()
        or events_led_by(user=user).exists()
    )


def approval_for(*, user, booking_id: int) -> Booking:
    booking = approvals_for(user=user).filter(pk=booking_id).first()
    if booking is None:
        raise Http404
    return booking


def approvals_overdue(*, user, days: int = APPROVAL_OVERDUE_DAYS) -> QuerySet[Booking]:
    return approvals_for(user=user).filter(asked_at__lt=timezone.now() - timedelta(days=days))


def places_taken(*, event: Event) -> int:
    return event.bookings.filter(status__in=HOLDS_PLACE).count()


@dataclass
class EventFigures:
    event: Event
    taken: int
    waitlisted: int
    pending: int
    on_register: int
    attended: int

    @property
    def places_left(self) -> int:
        return max(self.event.capacity - self.taken, 0)

    @property
    def attendance_rate(self) -> int | None:
        return round(100 * self.attended / self.on_register) if self.on_register else None


def events_figures(*, events) -> list[EventFigures]:
    """Places taken, wait-list, approvals pending and attendance for each event, in one query
    (none for no events)."""
    if not events:
        return []
    rows = (
        Event.objects.filter(pk__in=[e.pk for e in events])
        .annotate(
            taken=Count("bookings", filter=Q(bookings__status__in=HOLDS_PLACE)),
            waitlisted=Count("bookings", filter=Q(bookings__status=BookingStatus.WAITLISTED)),
            pending=Count("bookings", filter=Q(bookings__status=BookingStatus.REQUESTED)),
            attended=Count(
                "bookings",
                filter=Q(
                    bookings__status__in=[BookingStatus.ATTENDED, BookingStatus.PARTLY_ATTENDED]
                ),
            ),
            on_register=Count(
                "bookings",
                filter=Q(
                    bookings__status__in=[
                        BookingStatus.ATTENDED,
                        BookingStatus.PARTLY_ATTENDED,
                        BookingStatus.NO_SHOW,
                    ]
                ),
            ),
        )
        .values("pk", "taken", "waitlisted", "pending", "attended", "on_register")
    )
    by_pk = {row["pk"]: row for row in rows}
    return [
        EventFigures(
            event=event,
            taken=by_pk[event.pk]["taken"],
            waitlisted=by_pk[event.pk]["waitlisted"],
            pending=by_pk[event.pk]["pending"],
            on_register=by_pk[event.pk]["on_register"],
            attended=by_pk[event.pk]["attended"],
        )
        for event in events
    ]


_MODULE_HAS_EVENTS = PreparedQuery(
    lambda module: Event.objects.filter(module=module, cancelled_at__isnull=True).values_list(
        "pk", flat=True
    )[:1],
    module=int,
)


def upcoming_events(*, module: ModulePage, now: datetime | None = None) -> list[EventFigures]:
    """The module's events still to come (or without dates yet), soonest first, with places.
    Most modules have none: that is one query, compiled once per process."""
    now = now or timezone.now()
    if not _MODULE_HAS_EVENTS.rows(module=module.pk):
        return []
    events = list(
        Event.objects.filter(module=module, cancelled_at__isnull=True)
        .select_related("venue")
        .prefetch_related("sittings")
    )
    events = [e for e in events if e.starts_at is None or e.starts_at > now]
    events.sort(key=lambda e: (e.starts_at is None, e.starts_at or now))
    return events_figures(events=events)


def booking_of(*, learner, event: Event) -> Booking | None:
    if not learner.is_authenticated:
        return None
    return Booking.objects.filter(learner=learner, event=event).first()


def waitlist_position(*, booking: Booking) -> int | None:
    if booking.status != BookingStatus.WAITLISTED:
        return None
    ahead = booking.event.bookings.filter(status=BookingStatus.WAITLISTED).filter(
        Q(asked_at__lt=booking.asked_at) | Q(asked_at=booking.asked_at, pk__lt=booking.pk)
    )
    return ahead.count() + 1


@dataclass
class MyBookings:
    upcoming: list[Booking]
    waiting: list[Booking]
    past: list[Booking]

    def __bool__(self) -> bool:
        return bool(self.upcoming or self.waiting or self.past)


def my_bookings(*, learner, now: datetime | None = None) -> MyBookings:
    """The learner's places to come, wait-lists and requests, and past sessions."""
    now = now or timezone.now()
    bookings = list(
        Booking.objects.filter(learner=learner)
        .exclude(status__in=ENDED)
        .select_related("event", "event__module", "event__venue")
        .prefetch_related("event__sittings")
    )
    upcoming, waiting, past = [], [], []
    for booking in bookings:
        ends = booking.event.ends_at
        if booking.event.is_cancelled:
            continue
        over = ends is not None and ends <= now
        if booking.holds_place and (over or booking.status != BookingStatus.BOOKED):
            past.append(booking)  # over, or its register already taken
        elif booking.status == BookingStatus.BOOKED:
            upcoming.append(booking)
        elif not over:
            waiting.append(booking)
    key = lambda b: b.event.starts_at or now  # noqa: E731
    return MyBookings(
        upcoming=sorted(upcoming, key=key),
        waiting=sorted(waiting, key=key),
        past=sorted(past, key=key, reverse=True),
    )


def feed_bookings(*, learner) -> list[Booking]:
    return list(
        Booking.objects.filter(
            learner=learner,
            status__in=[
                *HOLDS_PLACE,
                BookingStatus.WAITLISTED,
                BookingStatus.CANCELLED_BY_PROVIDER,
            ],
        )
        .select_related("event", "event__module", "event__venue", "learner")
        .prefetch_related("event__sittings")
    )


def register_bookings(*, event: Event) -> list[Booking]:
    """Everyone with a place, by surname: the people a register lists."""
    return list(
        event.bookings.filter(status__in=HOLDS_PLACE)
        .select_related("learner", "learner__school")
        .order_by("learner__last_name", "learner__first_name", "pk")
    )


def register_marks(*, sitting: Sitting) -> dict[int, bool]:
    return dict(Attendance.objects.filter(sitting=sitting).values_list("booking_id", "present"))


def attendance_met(*, enrolment) -> bool:
    """Learning's completion requirement: a module with live events that need attending is
    complete only once the learner has attended one of them in full."""
    required = Event.objects.filter(
        module_id=enrolment.module_id, attendance_required=True, cancelled_at__isnull=True
    )
    if not required.exists():
        return True
    return Booking.objects.filter(
        learner_id=enrolment.learner_id, event__in=required, status=BookingStatus.ATTENDED
    ).exists()


def attendance_by_module(modules, start: datetime, end: datetime) -> dict[int, dict[str, int]]:
    """For impact dashboards: per module, the places booked on events starting in [start, end)
    and how many of those people attended (in full or in part). Modules with none are 0."""
    ids = [getattr(module, "pk", module) for module in modules]
    counts: dict[int, dict[str, int]] = defaultdict(lambda: {"booked": 0, "attended": 0})
    first_sittings = (
        Sitting.objects.filter(event=OuterRef("event"))
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    rows = (
        Booking.objects.filter(event__module_id__in=ids, status__in=HOLDS_PLACE)
        .annotate(first=first_sittings)
        .filter(first__gte=start, first__lt=end)
        .values_list("event__module_id", "status")
    )
    for module_id, status in rows:
        counts[module_id]["booked"] += 1
        if status in (BookingStatus.ATTENDED, BookingStatus.PARTLY_ATTENDED):
            counts[module_id]["attended"] += 1
    return {module_id: dict(counts[module_id]) for module_id in ids}
