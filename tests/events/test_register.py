"""The register: attending completes the module with its certificate; a correction undoes the
completion, the certificate and its credits together, and a second correction restores them."""

import subprocess
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from credentials.models import Certificate, CreditEntry
from events import services
from events.models import Attendance, BookingStatus
from learning import services as learning_services
from learning.models import Enrolment, ModuleCompletion
from tests.learning.factories import RIGHT

from .conftest import event_make, learners


def lessons_done(person, taken):
    enrolment = learning_services.enrolment_create(learner=person, module=taken.module)
    learning_services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    for lesson in taken.lessons:
        learning_services.lesson_complete(enrolment=enrolment, lesson=lesson)
    return Enrolment.objects.get(pk=enrolment.pk)


@pytest.fixture
def started(provider):
    """An event that began five minutes ago with two people booked."""
    event = event_make(module=provider.module, starts_in=timedelta(days=3))
    people = learners(2)
    bookings = [services.booking_request(event=event, learner=p) for p in people]
    sitting = event.sittings.get()
    sitting.starts_at = timezone.now() - timedelta(minutes=5)
    sitting.ends_at = sitting.starts_at + timedelta(hours=2)
    sitting.save()
    return event, sitting, people, bookings


def test_lessons_alone_do_not_complete_a_module_with_a_live_event(provider, started):
    _event, _sitting, (alice, _bob), _bookings = started
    enrolment = lessons_done(alice, provider.taken)
    assert enrolment.status == Enrolment.Status.ACTIVE
    assert not ModuleCompletion.objects.exists()


def test_attending_completes_the_module_with_its_certificate(
    provider, started, django_capture_on_commit_callbacks
):
    _event, sitting, (alice, bob), (a, b) = started
    lessons_done(alice, provider.taken)
    with django_capture_on_commit_callbacks(execute=True):
        changed = services.register_save(sitting=sitting, present={a.pk}, by=provider.lead)
    assert {x.pk for x in changed} == {a.pk, b.pk}
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.status == BookingStatus.ATTENDED
    assert b.status == BookingStatus.NO_SHOW
    enrolment = Enrolment.objects.get(learner=alice)
    assert enrolment.status == Enrolment.Status.COMPLETED
    certificate = Certificate.objects.get(learner=alice)
    assert certificate.status == Certificate.Status.VALID
    # The module's 3 hours, and the 2 hours of the session attended.
    assert sorted(
        CreditEntry.objects.filter(learner=alice).values_list("cpd_hours", flat=True)
    ) == [2, 3]
    assert not Enrolment.objects.get(learner=bob).completions.exists()


def test_a_correction_undoes_then_restores_completion_certificate_and_credits(
    provider, started, django_capture_on_commit_callbacks
):
    _event, sitting, (alice, _bob), (a, _b) = started
    lessons_done(alice, provider.taken)
    with django_capture_on_commit_callbacks(execute=True):
        services.register_save(sitting=sitting, present={a.pk}, by=provider.lead)
    first = Certificate.objects.get(learner=alice)

    with django_capture_on_commit_callbacks(execute=True):
        services.register_save(sitting=sitting, present=set(), by=provider.lead)

    first.refresh_from_db()
    assert first.status == Certificate.Status.REVOKED
    assert "register" in first.revoked_reason
    assert first.revoked_by == provider.lead
    enrolment = Enrolment.objects.get(learner=alice)
    assert enrolment.status == Enrolment.Status.ACTIVE
    assert not enrolment.completions.exists()
    entries = CreditEntry.objects.filter(learner=alice)
    assert sum(e.cpd_hours for e in entries) == 0
    assert entries.filter(source=CreditEntry.Source.REVERSAL).count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        services.register_save(sitting=sitting, present={a.pk}, by=provider.lead)

    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    valid = Certificate.objects.get(learner=alice, status=Certificate.Status.VALID)
    assert valid.pk != first.pk
    assert sum(e.cpd_hours for e in CreditEntry.objects.filter(learner=alice)) == 5
    history = list(a.changes.values_list("status", flat=True))
    assert history[-3:] == ["attended", "no_show", "attended"]


def test_a_conference_attended_on_one_day_of_two_is_partly_attended(provider):
    event = event_make(module=provider.module, sittings=2, starts_in=timedelta(days=2))
    (alice,) = learners(1)
    booking = services.booking_request(event=event, learner=alice)
    first, second = event.sittings_in_order()
    later = timezone.now() + timedelta(days=4)
    services.register_save(sitting=first, present={booking.pk}, by=provider.lead, now=later)
    services.register_save(sitting=second, present=set(), by=provider.lead, now=later)
    booking.refresh_from_db()
    assert booking.status == BookingStatus.PARTLY_ATTENDED
    assert services.attended_hours(booking=booking) == 2
    # CPD hours for the time attended, kept in step as the register is corrected.
    credits = CreditEntry.objects.filter(learner=alice)
    assert sum(e.cpd_hours for e in credits) == 2
    services.register_save(sitting=second, present={booking.pk}, by=provider.lead, now=later)
    assert sum(e.cpd_hours for e in credits.all()) == 4
    assert credits.filter(source=CreditEntry.Source.REVERSAL).count() == 1


def test_a_session_already_counted_in_the_modules_hours_adds_none(provider):
    event = event_make(module=provider.module, starts_in=timedelta(days=2), counts_hours=False)
    (alice,) = learners(1)
    booking = services.booking_request(event=event, learner=alice)
    later = timezone.now() + timedelta(days=3)
    services.register_save(
        sitting=event.sittings.get(), present={booking.pk}, by=provider.lead, now=later
    )
    assert not CreditEntry.objects.filter(learner=alice).exists()


def test_the_register_opens_fifteen_minutes_before(provider):
    event = event_make(module=provider.module, starts_in=timedelta(minutes=20))
    sitting = event.sittings.get()
    with pytest.raises(services.BookingError):
        services.register_save(sitting=sitting, present=set(), by=provider.lead)
    services.register_save(
        sitting=sitting, present=set(), by=provider.lead, now=timezone.now() + timedelta(minutes=6)
    )


def test_the_register_page_ticks_everyone_then_saves_the_exceptions(client, provider, started):
    event, sitting, (alice, bob), (a, b) = started
    client.force_login(provider.lead)
    page = client.get(reverse("events:register", args=[sitting.pk]))
    assert page.status_code == 200
    assert page.content.decode().count(" checked") == 2
    response = client.post(reverse("events:register", args=[sitting.pk]), {"present": [b.pk]})
    assert response.status_code == 302
    assert dict(Attendance.objects.values_list("booking_id", "present")) == {
        a.pk: False,
        b.pk: True,
    }


def test_a_facilitator_takes_the_register_but_another_lead_cannot(
    client, provider, other_provider, started
):
    event, sitting, _people, _bookings = started
    (facilitator,) = learners(1, prefix="facilitator")
    event.facilitators.add(facilitator)
    event.save()
    client.force_login(facilitator)
    assert client.get(reverse("events:register", args=[sitting.pk])).status_code == 200
    client.force_login(other_provider.lead)
    assert client.get(reverse("events:register", args=[sitting.pk])).status_code == 404


def test_sign_in_sheet_lists_everyone_booked(client, provider, started, tmp_path):
    event, _sitting, (alice, bob), _bookings = started
    client.force_login(provider.lead)
    response = client.get(reverse("events:sign_in_sheet", args=[event.pk]))
    assert response["Content-Type"] == "application/pdf"
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert f"Sign-in sheet: {event.title}" in text
    assert alice.display_name in text
    assert bob.display_name in text
    assert "Signature" in text


def test_attendee_csv(client, provider, started):
    event, sitting, (alice, _bob), (a, b) = started
    services.register_save(sitting=sitting, present={a.pk}, by=provider.lead)
    client.force_login(provider.lead)
    response = client.get(reverse("events:attendees_csv", args=[event.pk]))
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Name,E-mail,School,Status,Asked at,")
    assert any(alice.email in line and "Attended" in line and "Present" in line for line in lines)


def test_a_correction_before_the_certificate_task_ran_leaves_nothing_valid(provider, started):
    """The completion is undone before its issuing task ran (the broker was slow): the task
    running afterwards finds the revoked certificate and issues nothing new."""
    _event, sitting, (alice, _bob), (a, _b) = started
    lessons_done(alice, provider.taken)
    services.register_save(sitting=sitting, present={a.pk}, by=provider.lead)
    source_key = ModuleCompletion.objects.get().source_key
    services.register_save(sitting=sitting, present=set(), by=provider.lead)
    from credentials.services import certificate_issue

    late = certificate_issue(
        learner=alice, page=provider.module, source_key=source_key, completed_at=timezone.now()
    )
    assert late.status == Certificate.Status.REVOKED
    assert not Certificate.objects.filter(status=Certificate.Status.VALID).exists()
    assert sum(e.cpd_hours for e in CreditEntry.objects.filter(learner=alice)) == 0
