"""Live training: events with dated sittings at a venue or online, and each learner's booking
with its history, attendance per sitting, interest in undated events and a private calendar."""

import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

# The register opens this long before a sitting starts.
REGISTER_OPENS_BEFORE = timedelta(minutes=15)


class Venue(models.Model):
    """A place a provider runs sessions: reused by its events."""

    provider = models.ForeignKey(
        "courses.ProviderPage", on_delete=models.PROTECT, related_name="venues"
    )
    name = models.CharField(max_length=200)
    address = models.TextField(help_text="The full postal address, one line per line.")
    directions = models.TextField(blank=True, help_text="Parking, public transport, entrances.")
    access_notes = models.TextField(
        blank=True, help_text="Step-free access, hearing loops, accessible toilets."
    )

    panels = [
        FieldPanel("provider"),
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("directions"),
        FieldPanel("access_notes"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Event(ClusterableModel):
    """A live session of a module (a twilight workshop, a conference, an online seminar)."""

    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.PROTECT, related_name="events"
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    venue = models.ForeignKey(
        Venue, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    room = models.CharField(max_length=200, blank=True)
    online_link = models.URLField(
        "Online joining link", blank=True, help_text="Shown only to people with a place."
    )
    facilitators = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="events_facilitated",
        help_text="People who run the session and take its register.",
    )
    capacity = models.PositiveIntegerField(default=20)
    booking_opens_at = models.DateTimeField(null=True, blank=True)
    booking_closes_at = models.DateTimeField(null=True, blank=True)
    cancellation_cutoff_hours = models.PositiveIntegerField(
        default=48,
        help_text="Learners can cancel up to this many hours before the start; after that "
        "they send apologies.",
    )
    cost_notes = models.TextField("Cost or funding", blank=True)
    requires_approval = models.BooleanField(
        default=False,
        help_text="A learner's headteacher or CPD lead (or your leads) approves each booking.",
    )
    attendance_required = models.BooleanField(
        "Attendance completes the module",
        default=True,
        help_text="The module is complete only when the learner has attended.",
    )
    counts_hours = models.BooleanField(
        "Add the time attended to CPD hours",
        default=True,
        help_text="Leave off if the module's own CPD hours already include this session.",
    )
    reminder_days = models.PositiveSmallIntegerField(
        default=2, help_text="Days before the start to e-mail a reminder (0: none)."
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_reason = models.TextField(blank=True)
    # What calendars were last told (dates, place, link): an edit that changes it updates them.
    calendar_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("module"),
        FieldPanel("title"),
        FieldPanel("description"),
        InlinePanel("sittings", heading="Dates", label="Sitting"),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("room"), FieldPanel("online_link")],
            heading="Where",
        ),
        FieldPanel("facilitators"),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]),
                FieldPanel("cancellation_cutoff_hours"),
                FieldPanel("requires_approval"),
                FieldPanel("reminder_days"),
            ],
            heading="Booking",
        ),
        FieldPanel("attendance_required"),
        FieldPanel("counts_hours"),
        FieldPanel("cost_notes"),
    ]

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def sittings_in_order(self) -> list["Sitting"]:
        return sorted(self.sittings.all(), key=lambda s: s.starts_at)

    @property
    def starts_at(self):
        sittings = self.sittings_in_order()
        return sittings[0].starts_at if sittings else None

    @property
    def ends_at(self):
        sittings = self.sittings_in_order()
        return max(s.ends_at for s in sittings) if sittings else None

    def calendar_facts(self) -> str:
        """A digest of what a calendar entry shows, to tell whether an edit changed it."""
        import hashlib

        facts = [self.title, str(self.venue_id), self.room, self.online_link]
        facts += [
            f"{s.starts_at.isoformat()}/{s.ends_at.isoformat()}" for s in self.sittings_in_order()
        ]
        return hashlib.sha256("|".join(facts).encode()).hexdigest()

    def cancellation_cutoff(self):
        return self.starts_at - timedelta(hours=self.cancellation_cutoff_hours)

    def booking_open(self, now=None) -> bool:
        now = now or timezone.now()
        if self.is_cancelled or self.starts_at is None or self.starts_at <= now:
            return False
        if self.booking_opens_at and now < self.booking_opens_at:
            return False
        return not (self.booking_closes_at and now >= self.booking_closes_at)


class Sitting(Orderable):
    """One dated part of an event: an evening, or one day of a conference."""

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="sittings")
    starts_at = models.DateTimeField(help_text="UK time.")
    ends_at = models.DateTimeField(help_text="UK time.")

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])]

    class Meta(Orderable.Meta):
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="sitting_ends_after_it_starts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.event} at {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600

    def register_opens_at(self):
        return self.starts_at - REGISTER_OPENS_BEFORE


class BookingStatus(models.TextChoices):
    REQUESTED = "requested", "Asked for a place"
    APPROVED = "approved", "Approved"
    DECLINED = "declined", "Declined"
    BOOKED = "booked", "Booked"
    WAITLISTED = "waitlisted", "On the wait-list"
    CANCELLED_BY_LEARNER = "cancelled_by_learner", "Cancelled by you"
    CANCELLED_BY_PROVIDER = "cancelled_by_provider", "Cancelled by the provider"
    ATTENDED = "attended", "Attended"
    PARTLY_ATTENDED = "partly_attended", "Partly attended"
    NO_SHOW = "no_show", "Did not attend"


# Bookings that hold a place, and those that are still live (could come).
HOLDS_PLACE = (
    BookingStatus.BOOKED,
    BookingStatus.ATTENDED,
    BookingStatus.PARTLY_ATTENDED,
    BookingStatus.NO_SHOW,
)
ON_REGISTER = HOLDS_PLACE
ENDED = (
    BookingStatus.DECLINED,
    BookingStatus.CANCELLED_BY_LEARNER,
    BookingStatus.CANCELLED_BY_PROVIDER,
)


class Booking(models.Model):
    """A learner's place (or hope of one) on an event. Its status changes only through
    services, each change appended to its history."""

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="bookings")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="event_bookings"
    )
    status = models.CharField(max_length=30, choices=BookingStatus.choices)
    # When the learner asked for a place (or asked again): the wait-list is in this order.
    asked_at = models.DateTimeField(default=timezone.now)
    # The calendar entry: its UID is this, its SEQUENCE grows with each invitation sent.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    calendar_sent = models.BooleanField(default=False)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "learner"], name="one_booking_per_event")
        ]
        indexes = [models.Index(fields=["event", "status", "asked_at"])]

    def __str__(self) -> str:
        return f"{self.learner} on {self.event}: {self.get_status_display()}"

    @property
    def holds_place(self) -> bool:
        return self.status in HOLDS_PLACE


class BookingChange(models.Model):
    """One step in a booking's history: the status it moved to, who moved it, when and why.
    Append-only: services write these and nothing changes or deletes them."""

    booking = models.ForeignKey(Booking, on_delete=models.PROTECT, related_name="changes")
    status = models.CharField(max_length=30, choices=BookingStatus.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.booking_id} -> {self.status} at {self.at:%Y-%m-%d %H:%M}"


class Attendance(models.Model):
    """Whether a booked learner was at one sitting, as the register last recorded it."""

    booking = models.ForeignKey(Booking, on_delete=models.PROTECT, related_name="attendance")
    sitting = models.ForeignKey(Sitting, on_delete=models.PROTECT, related_name="attendance")
    present = models.BooleanField()
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["booking", "sitting"], name="one_mark_per_sitting")
        ]

    def __str__(self) -> str:
        return f"{self.booking_id} at {self.sitting_id}: {'present' if self.present else 'absent'}"


class Interest(models.Model):
    """A learner who wants to hear when an event without dates gets them."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="interest")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_interest"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    told_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "learner"], name="one_interest_per_event")
        ]

    def __str__(self) -> str:
        return f"{self.learner} interested in {self.event}"


def _feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A learner's private calendar address: whoever has the token sees their bookings."""

    learner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_calendar"
    )
    token = models.CharField(max_length=64, unique=True, default=_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Calendar of {self.learner}"
