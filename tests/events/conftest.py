"""A provider with its lead, a module with lessons and a quiz, and a live event on it."""

from datetime import timedelta

import factory
import pytest
from django.utils import timezone
from wagtail.models import Collection

from academy_site.models import OutboundEmail
from courses.services import provider_permissions_setup
from events.models import Event, Sitting, Venue
from tests.factories import ProviderPageFactory, UserFactory, totp_enable
from tests.learning.factories import module_build


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = "Abington Vale Primary School hall"
    address = "1 Vale Road\nNorthampton\nNN1 1AA"
    directions = "Park on Vale Road; enter by the main gate."
    access_notes = "Step-free entrance; hearing loop in the hall."


def event_make(*, module, capacity=5, starts_in=timedelta(days=10), hours=2, sittings=1, **fields):
    """An event on the module with `sittings` dated sittings a day apart, `starts_in` from now."""
    venue = fields.pop("venue", None) or VenueFactory(provider=module.get_parent().specific)
    event = Event.objects.create(
        module=module,
        title=fields.pop("title", f"{module.title}: twilight session"),
        venue=venue,
        capacity=capacity,
        **fields,
    )
    start = timezone.now().replace(second=0, microsecond=0) + starts_in
    for day in range(sittings):
        Sitting.objects.create(
            event=event,
            starts_at=start + timedelta(days=day),
            ends_at=start + timedelta(days=day, hours=hours),
        )
    return event


class Provider:
    def __init__(self, title: str, email: str):
        if Collection.get_first_root_node() is None:  # a test that committed emptied the table
            Collection.add_root(name="Root")
        self.page = ProviderPageFactory(title=title)
        self.group = provider_permissions_setup(provider=self.page)
        self.lead = totp_enable(UserFactory(email=email, first_name="Lena", last_name="Lead"))
        self.lead.groups.add(self.group)
        self.taken = module_build(parent=self.page, title=f"{title} module")
        self.module = self.taken.module


@pytest.fixture
def provider(db):
    return Provider("Nene Valley Alliance", "lead.a@example.org")


@pytest.fixture
def other_provider(db):
    return Provider("Corby Lakes Alliance", "lead.b@example.org")


@pytest.fixture
def event(provider):
    return event_make(module=provider.module)


def learners(n: int, prefix="teacher"):
    return [
        UserFactory(
            email=f"{prefix}{i}@example.org", first_name=f"T{i}", last_name=f"Teacher{i:02}"
        )
        for i in range(n)
    ]


def emails_to(user) -> list[OutboundEmail]:
    return list(OutboundEmail.objects.filter(to=user.email).order_by("pk"))


def ics_of(email: OutboundEmail):
    """The calendar attached to an e-mail, parsed."""
    from icalendar import Calendar

    (attachment,) = [a for a in email.attachments if a["mimetype"] == "text/calendar"]
    return Calendar.from_ical(attachment["content"])
