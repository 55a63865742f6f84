import tomllib

import pytest
from django.utils import timezone

from events import demo, selectors
from events.models import Booking, BookingStatus, Event
from tests.factories import ProviderPageFactory, UserFactory
from tests.learning.factories import module_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_world():
    content = tomllib.loads(demo.CONTENT.read_text())
    emails = {content["teacher"]["email"]}
    for kind, field in (
        ("full", "booked"),
        ("full", "waitlisted"),
        ("approval", "requested"),
        ("past", "present"),
        ("past", "absent"),
    ):
        emails |= set(content[kind][field])
    for email in emails:
        UserFactory(email=email)
    alliances = [ProviderPageFactory(title=f"Alliance {n}") for n in range(4)]
    for alliance in alliances:
        module_build(parent=alliance, title=f"{alliance.title} module")
    return alliances


def test_every_alliance_has_an_upcoming_event_and_each_kind_is_shown(demo_world):
    demo.seed(lambda message: None)
    first = (Event.objects.count(), Booking.objects.count())
    demo.seed(lambda message: None)
    assert (Event.objects.count(), Booking.objects.count()) == first
    now = timezone.now()
    for alliance in demo_world:
        events = Event.objects.filter(module__path__startswith=alliance.path)
        assert any(e.starts_at > now for e in events), alliance.title
    full = Event.objects.get(title="Masterclass (small group)")
    (figures,) = selectors.events_figures(events=[full])
    assert figures.places_left == 0
    assert figures.waitlisted == 2
    waiting = Booking.objects.get(status=BookingStatus.REQUESTED)
    assert waiting.asked_at < now - timezone.timedelta(days=5)
    past = Event.objects.get(title="Network meeting")
    assert past.ends_at < now
    assert set(past.bookings.values_list("status", flat=True)) == {
        BookingStatus.ATTENDED,
        BookingStatus.NO_SHOW,
    }
    assert Booking.objects.filter(
        learner__email="teacher@academy.example", status=BookingStatus.BOOKED
    ).exists()
