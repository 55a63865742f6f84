"""Done when: a teacher books the last place, a second is wait-listed; the first cancels, the
second is promoted and gets an updated calendar entry; the lead takes the register and the
second teacher's module completes with its certificate."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from credentials.models import Certificate
from events import services
from learning import services as learning_services
from learning.models import Enrolment
from tests.factories import PASSWORD, UserFactory
from tests.learning.factories import RIGHT

from .conftest import Provider, emails_to, event_make, ics_of

SHOTS = Path("/tmp/events-shots")


def _shoot(page, name: str) -> None:
    """Screenshots at desktop and phone widths, for looking at; the phone width must not scroll
    sideways."""
    SHOTS.mkdir(exist_ok=True)
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        if width == 375:
            assert not page.overflows_sideways(), name
    page.set_viewport_size({"width": 1280, "height": 900})


def _vevent(email):
    (vevent,) = ics_of(email).walk("VEVENT")
    return vevent


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_last_place_wait_list_promotion_register_and_certificate(browser_page):
    provider = Provider("Nene Valley Alliance", "lead.a@example.org")
    event = event_make(module=provider.module, capacity=2, title="Restorative twilight")
    early = UserFactory(email="early@example.org", first_name="Erin", last_name="Early")
    services.booking_request(event=event, learner=early)
    first = UserFactory(email="first@example.org", first_name="Fay", last_name="First")
    second = UserFactory(email="second@example.org", first_name="Sam", last_name="Second")
    taken = provider.taken
    enrolment = learning_services.enrolment_create(learner=second, module=provider.module)
    learning_services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    for lesson in taken.lessons:
        learning_services.lesson_complete(enrolment=enrolment, lesson=lesson)
    page = browser_page

    page.log_in(first.email, PASSWORD)
    page.goto(provider.module.url)
    sessions = page.locator("aside", has_text="Live sessions")
    assert "1 place left" in sessions.inner_text()
    sessions.locator("a", has_text="Restorative twilight").click()
    page.click("button:has-text('Book a place')")
    assert "You have a place." in page.locator("main").inner_text()
    _shoot(page, "event-booked")

    page.context.clear_cookies()
    page.log_in(second.email, PASSWORD)
    page.goto(f"/events/{event.pk}/")
    assert "Full: 0 on the wait-list." in page.locator("#booking").inner_text()
    page.click("button:has-text('Join the wait-list')")
    assert "you are on the wait-list" in page.locator("main").inner_text()
    tentative = _vevent(emails_to(second)[-1])
    assert (tentative["STATUS"], tentative["SEQUENCE"]) == ("TENTATIVE", 0)

    page.context.clear_cookies()
    page.log_in(first.email, PASSWORD)
    page.goto(f"/events/{event.pk}/")
    page.click("button:has-text('Cancel my place')")
    assert "Your place is cancelled." in page.locator("main").inner_text()

    promotion = emails_to(second)[-1]
    assert "A place came free" in promotion.subject
    updated = _vevent(promotion)
    assert updated["UID"] == tentative["UID"]
    assert updated["SEQUENCE"] == 1
    assert updated["STATUS"] == "CONFIRMED"

    sitting = event.sittings.get()
    sitting.starts_at = timezone.now() - timedelta(minutes=5)
    sitting.ends_at = sitting.starts_at + timedelta(hours=2)
    sitting.save()
    page.context.clear_cookies()
    page.log_in(provider.lead.email, PASSWORD)
    page.goto("/events/manage/")
    _shoot(page, "manage")
    page.click("a:has-text('Restorative twilight')")
    page.click("a:has-text('Register for')")
    boxes = page.locator("input[name=present]")
    assert boxes.count() == 2
    assert all(boxes.nth(i).is_checked() for i in range(2))  # all present, then exceptions
    _shoot(page, "register")
    page.uncheck("label:has-text('Erin Early')")
    page.click("button:has-text('Save the register')")
    assert "Register saved: 1 of 2 present." in page.locator("main").inner_text()

    assert Enrolment.objects.get(learner=second).status == Enrolment.Status.COMPLETED
    certificate = Certificate.objects.get(learner=second, page=provider.module)
    assert certificate.status == Certificate.Status.VALID

    page.context.clear_cookies()
    page.log_in(second.email, PASSWORD)
    page.goto("/my-learning/")
    _shoot(page, "my-learning")
    assert "My bookings" in page.locator("main").inner_text()
    page.goto(provider.module.url)
    assert f"Your certificate {certificate.code}" in page.locator("#module-actions").inner_text()
