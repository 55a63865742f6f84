"""Live-session attendance on the provider lead's dashboard, on the small county of
conftest.py: places booked and people present, counted exactly per module and in total."""

from datetime import timedelta

import pytest
from django.urls import reverse

from events.models import Booking, BookingStatus, Event, Sitting, Venue
from events.selectors import attendance_by_module
from reports.selectors import Period, scope_build
from reports.selectors import figures as selectors
from tests.factories import UserFactory

from .conftest import at, lead_of

pytestmark = pytest.mark.django_db
YEAR = Period.academic_year(2025)


def session(module, day: str, statuses: list[str]) -> Event:
    """An event on the module with one sitting on `day` and a booking in each status."""
    venue = Venue.objects.create(
        provider=module.get_parent().specific, name="Brook Primary hall", address="1 Brook Road"
    )
    event = Event.objects.create(module=module, title=f"{module.title} twilight", venue=venue)
    Sitting.objects.create(event=event, starts_at=at(day), ends_at=at(day) + timedelta(hours=2))
    for status in statuses:
        Booking.objects.create(event=event, learner=UserFactory(), status=status)
    return event


@pytest.fixture
def sessions(county):
    s = BookingStatus
    # In 2025-26: 6 places held (booked, 2 attended, partly attended, did not attend, and one
    # more attended), 4 present; cancelled and wait-listed bookings hold no place.
    session(
        county["behaviour"],
        "2025-11-05",
        [s.BOOKED, s.ATTENDED, s.ATTENDED, s.PARTLY_ATTENDED, s.NO_SHOW, s.ATTENDED]
        + [s.CANCELLED_BY_LEARNER, s.WAITLISTED],
    )
    # The year before: not counted in 2025-26.
    session(county["behaviour"], "2025-03-05", [s.ATTENDED, s.ATTENDED])
    # Another provider's module: not on North's lead's dashboard.
    session(county["phonics"], "2026-02-10", [s.ATTENDED])
    return county


def test_booked_and_attended_are_counted_exactly_per_module(sessions):
    modules = [sessions[key] for key in ("behaviour", "leading", "phonics")]
    found = attendance_by_module(modules, YEAR.start, YEAR.end)
    assert found == {
        sessions["behaviour"].pk: {"booked": 6, "attended": 4},
        sessions["leading"].pk: {"booked": 0, "attended": 0},
        sessions["phonics"].pk: {"booked": 1, "attended": 1},
    }
    earlier = attendance_by_module(modules, *(Period.academic_year(2024).start, YEAR.start))
    assert earlier[sessions["behaviour"].pk] == {"booked": 2, "attended": 2}


def test_the_lead_sees_attendance_on_their_modules_only(client, sessions):
    lead = lead_of(sessions["north"], "lead@north.example")
    scope = scope_build(user=lead, period=YEAR)
    behaviour, leading = sessions["behaviour"].pk, sessions["leading"].pk
    assert selectors.attended(scope, "module") == {behaviour: 4, leading: 0}
    assert selectors.attended(scope) == 4
    client.force_login(lead)
    board = client.get(reverse("reports:index"), {"year": 2025}).context["board"]
    table = next(s.table for s in board.sections if s.table.slug == "module")
    column = [figure.key for figure in table.figures].index("attended")
    by_label = {row.label: row.cells[column].text for row in table.rows}
    assert by_label == {"Behaviour": "4", "Leading": "0"}
    assert table.total.cells[column].text == "4"
