"""Demo live events (events/demo_events.toml): each alliance's venue and next session, a full one
with a wait-list, one waiting for approval, a past one with its register taken, and a place for
the demo teacher. Idempotent: an event already there keeps its bookings."""

import tomllib
from datetime import datetime, time, timedelta
from pathlib import Path

from django.db.models import Q
from django.utils import timezone

from accounts.models import User
from courses.models import ModulePage, ProviderPage
from learning.models import ModuleCompletion

from . import selectors, services
from .models import Booking, Event, Sitting, Venue

CONTENT = Path(__file__).with_name("demo_events.toml")


def _at(day_offset: int, start: str) -> datetime:
    day = timezone.localdate() + timedelta(days=day_offset)
    hour, minute = (int(part) for part in start.split(":"))
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _module(provider: ProviderPage, used: set[int]) -> tuple[ModulePage | None, bool]:
    """A live module of the alliance with no prerequisites, taught face to face if there is one,
    preferring one nobody has completed yet; and whether attendance may count toward its
    completion (not where demo learners have completed it without attending)."""
    done = ModuleCompletion.objects.values("enrolment__module_id")
    modules = (
        ModulePage.objects.live()
        .child_of(provider)
        .filter(prerequisites__isnull=True)
        .order_by("title")
    )
    for candidates in (modules.exclude(pk__in=done).exclude(pk__in=used), modules):
        preferred = candidates.filter(~Q(delivery_mode=ModulePage.DeliveryMode.ONLINE)).first()
        module = preferred or candidates.first()
        if module is not None:
            return module, not ModuleCompletion.objects.filter(enrolment__module=module).exists()
    return None, False


def _event(module, venue, spec: dict, *, room: str, **fields) -> tuple[Event, bool]:
    event = Event.objects.filter(module=module, title=spec["title"]).first()
    if event is not None:
        return event, False
    starts = _at(spec["in_days"], spec["start"])
    event = Event.objects.create(
        module=module,
        title=spec["title"],
        description=spec.get("description", ""),
        venue=venue,
        room=room,
        capacity=spec["capacity"],
        cost_notes=spec.get("cost_notes", ""),
        **fields,
    )
    Sitting.objects.create(
        event=event, starts_at=starts, ends_at=starts + timedelta(hours=spec["hours"])
    )
    return event, True


def _people(emails) -> list[User]:
    found = {user.email: user for user in User.objects.filter(email__in=emails)}
    return [found[email] for email in emails if email in found]


def _book(event: Event, emails, **kwargs) -> list[Booking]:
    return [
        services.booking_request(event=event, learner=person, **kwargs)
        for person in _people(emails)
    ]


def seed(log) -> dict:
    content = tomllib.loads(CONTENT.read_text())
    alliances = list(
        ProviderPage.objects.live().filter(kind=ProviderPage.Kind.ALLIANCE).order_by("title")
    )
    if not alliances:
        log("  events: skipped (no alliances yet)")
        return {}
    used: set[int] = set()
    made = 0
    specials = ["full", "approval", "past"]
    for index, alliance in enumerate(alliances):
        words = {"alliance": alliance.title}
        spec = content["venue"]
        venue, _ = Venue.objects.get_or_create(
            provider=alliance,
            name=spec["name"].format(**words),
            defaults={
                "address": spec["address"].format(**words).strip(),
                "directions": spec["directions"],
                "access_notes": spec["access_notes"],
            },
        )
        room = content["venue"]["room"]
        module, counts = _module(alliance, used)
        if module is None:
            continue
        used.add(module.pk)
        event, created = _event(
            module, venue, content["upcoming"], room=room, attendance_required=counts
        )
        made += created
        if created and index == 0:
            _book(event, [content["teacher"]["email"]])
        if index >= len(specials):
            continue
        kind = specials[index]
        spec = content[kind]
        if kind == "full":
            event, created = _event(module, venue, spec, room=room, attendance_required=counts)
            if created:
                _book(event, spec["booked"] + spec["waitlisted"])
        elif kind == "approval":
            event, created = _event(module, venue, spec, room=room, requires_approval=True)
            if created:
                asked = timezone.now() - timedelta(days=spec["waiting_days"])
                _book(event, spec["requested"], now=asked)
        elif kind == "past":
            past = {**spec, "in_days": 7}  # booked while it was still to come
            event, created = _event(module, venue, past, room=room, attendance_required=False)
            if created:
                bookings = _book(event, spec["present"] + spec["absent"])
                sitting = event.sittings.get()
                starts = _at(spec["in_days"], spec["start"])
                sitting.starts_at, sitting.ends_at = starts, starts + timedelta(hours=spec["hours"])
                sitting.save()
                present = {b.pk for b in bookings if b.learner.email in spec["present"]}
                lead = selectors.provider_leads(module=module).first()
                services.register_save(sitting=sitting, present=present, by=lead)
        made += created
    log(f"  events: {made} events made, {Event.objects.count()} in all")
    return {}
