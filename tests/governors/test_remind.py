"""A chair's "Remind" button e-mails a late governor at most once a day."""

import threading
from datetime import date

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse

from governors import reminders
from governors.models import ReminderSent, Role

from .conftest import GovernorshipFactory, on

pytestmark = pytest.mark.django_db

LATE_DAY = date(2026, 5, 1)  # appointed 1 September 2025, induction was due by 3 March 2026


@pytest.fixture
def late_governor(board_a, induction):
    return GovernorshipFactory(board=board_a, governor__email="late@example.org")


def remind(client, governorship, django_capture_on_commit_callbacks):
    url = reverse("governors:governor_remind", args=[governorship.board_id, governorship.pk])
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url, follow=True)


def test_pressing_remind_twice_the_same_day_sends_one_email(
    client, chair_a, late_governor, django_capture_on_commit_callbacks
):
    client.force_login(chair_a)
    with on(LATE_DAY):
        first = remind(client, late_governor, django_capture_on_commit_callbacks)
        second = remind(client, late_governor, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["late@example.org"]
    assert "Governor induction: overdue" in mail.outbox[0].body
    assert "Reminder sent to" in first.content.decode()
    assert "was already reminded today at 1:00pm" in second.content.decode()
    assert "Last reminded 1 May 2026" in second.content.decode()
    assert ReminderSent.objects.filter(kind=ReminderSent.Kind.CHASE).count() == 1


def test_the_next_day_the_chair_may_remind_again(
    client, chair_a, late_governor, django_capture_on_commit_callbacks
):
    client.force_login(chair_a)
    with on(LATE_DAY):
        remind(client, late_governor, django_capture_on_commit_callbacks)
    with on(date(2026, 5, 2)):
        client.force_login(chair_a)  # a chair's session ends after 30 idle minutes
        remind(client, late_governor, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


def test_a_governor_who_is_not_late_is_not_emailed(
    client, board_a, chair_a, induction, django_capture_on_commit_callbacks
):
    on_time = GovernorshipFactory(board=board_a, appointed_on=date(2026, 4, 1))
    client.force_login(chair_a)
    with on(LATE_DAY):
        response = remind(client, on_time, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert "has no late training" in response.content.decode()


def test_remind_all_emails_each_late_governor_once(
    client, board_a, chair_a, late_governor, django_capture_on_commit_callbacks
):
    GovernorshipFactory(board=board_a, role=Role.STAFF, governor__email="late2@example.org")
    client.force_login(chair_a)
    url = reverse("governors:board_remind_all", args=[board_a.pk])
    with on(LATE_DAY), django_capture_on_commit_callbacks(execute=True):
        client.post(url)
        response = client.post(url, follow=True)
    # The chair's own induction is late too, so three governors are e-mailed once each.
    assert sorted(m.to[0] for m in mail.outbox) == [
        "chair-a@example.org",
        "late2@example.org",
        "late@example.org",
    ]
    assert "3 governors were already reminded today" in response.content.decode()


def test_a_chair_cannot_remind_another_boards_governor(client, chair_b, late_governor):
    client.force_login(chair_b)
    url = reverse("governors:governor_remind", args=[late_governor.board_id, late_governor.pk])
    assert client.post(url).status_code == 404
    assert not ReminderSent.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_presses_at_once_send_one_email(board_a, chair_a, late_governor):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    barrier = threading.Barrier(2)
    results = []

    def press():
        barrier.wait()
        results.append(
            reminders.governor_remind(governorship=late_governor, sent_by=chair_a, today=LATE_DAY)
        )
        connection.close()

    threads = [threading.Thread(target=press) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r is None for r in results) == [False, True]
    assert ReminderSent.objects.filter(kind=ReminderSent.Kind.CHASE).count() == 1
