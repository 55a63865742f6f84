"""When the last places go in a rush, exactly that many are booked and the rest wait in order."""

import threading
import time

import pytest
from django.db import close_old_connections, connection

from events import selectors, services
from events.models import Booking, BookingStatus, Event

from .conftest import event_make, learners

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL: run with DATABASE_URL=postgres://...")


@pytest.fixture(autouse=True)
def _wide_race_window(monkeypatch):
    """Pause between counting the places taken and giving one, so requests that were not
    serialised would all see the same free places."""
    count = selectors.places_taken

    def slow_count(**kwargs):
        taken = count(**kwargs)
        time.sleep(0.05)
        return taken

    monkeypatch.setattr(selectors, "places_taken", slow_count)


def test_thirty_learners_racing_for_the_last_five_places(provider):
    event = event_make(module=provider.module, capacity=20)
    for person in learners(15, prefix="early"):
        services.booking_request(event=event, learner=person)
    racers = learners(30, prefix="racer")
    barrier = threading.Barrier(len(racers))
    errors = []

    def race(person):
        try:
            barrier.wait()
            services.booking_request(event=Event.objects.get(pk=event.pk), learner=person)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=race, args=(person,)) for person in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    raced = list(Booking.objects.filter(learner__in=racers).order_by("asked_at", "pk"))
    statuses = [booking.status for booking in raced]
    assert statuses.count(BookingStatus.BOOKED) == 5
    assert statuses.count(BookingStatus.WAITLISTED) == 25
    # In the order asked: the first five to ask have the places, the rest wait behind them.
    assert statuses == [BookingStatus.BOOKED] * 5 + [BookingStatus.WAITLISTED] * 25
    assert event.bookings.filter(status=BookingStatus.BOOKED).count() == 20
    positions = [selectors.waitlist_position(booking=booking) for booking in raced[5:]]
    assert positions == list(range(1, 26))
    print(
        f"race: 30 learners, 5 places: {statuses.count(BookingStatus.BOOKED)} booked, "
        f"{statuses.count(BookingStatus.WAITLISTED)} wait-listed"
    )
