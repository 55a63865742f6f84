"""Reminders go out once per status and deadline, with text and HTML parts linking to the module."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.core import mail
from django.test import TestCase

from credentials.models import Certificate
from governors import tasks
from governors.models import ReminderSent, Role
from tests.governors.factories import GovernorshipFactory

from .conftest import certificate

pytestmark = pytest.mark.django_db


def committed(run):
    """Run a job as a worker does: each reminder's e-mail goes once its transaction commits."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return run()


def on(day: str):
    return time_machine.travel(
        datetime.fromisoformat(f"{day}T07:15:00").replace(tzinfo=UTC), tick=False
    )


def test_running_twice_on_the_same_day_sends_once(induction):
    GovernorshipFactory(appointed_on=date(2026, 1, 10), governor__email="gov@example.org")
    with on("2026-05-01"):  # induction due by 12 July 2026: due soon
        assert committed(lambda: tasks.send_training_reminders.delay().get()) == 1
        assert committed(lambda: tasks.send_training_reminders.delay().get()) == 0
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.count() == 1


def test_a_new_status_sends_a_new_reminder_and_the_next_day_nothing(induction):
    GovernorshipFactory(appointed_on=date(2026, 1, 10))
    with on("2026-05-01"):
        committed(tasks.send_training_reminders)
    with on("2026-05-02"):
        committed(tasks.send_training_reminders)
    with on("2026-07-13"):  # now overdue
        committed(tasks.send_training_reminders)
    with on("2026-07-14"):
        committed(tasks.send_training_reminders)
    assert [m.subject for m in mail.outbox] == [
        "Academy: Due soon: Governor induction",
        "Academy: Overdue: Governor induction",
    ]


def test_each_renewal_cycle_gets_its_own_reminder(safeguarding):
    g = GovernorshipFactory(appointed_on=date(2024, 1, 1))
    first = certificate(
        learner=g.governor,
        module=safeguarding.module,
        completed_on=date(2024, 2, 1),
        expires_on=date(2026, 2, 1),
    )
    with on("2026-01-15"):
        committed(tasks.send_training_reminders)
    first.status = Certificate.Status.SUPERSEDED
    first.save()
    certificate(
        learner=g.governor,
        module=safeguarding.module,
        completed_on=date(2026, 1, 20),
        expires_on=date(2028, 2, 1),
    )
    with on("2027-12-01"):
        committed(tasks.send_training_reminders)
    assert len(mail.outbox) == 2
    assert list(ReminderSent.objects.order_by("cycle").values_list("cycle", flat=True)) == [
        "2026-02-01",
        "2028-02-01",
    ]


def test_met_and_not_yet_due_send_nothing(induction):
    g = GovernorshipFactory(appointed_on=date(2026, 1, 10))
    GovernorshipFactory(appointed_on=date(2026, 1, 10))  # not yet due on 2 February
    certificate(learner=g.governor, module=induction.module, completed_on=date(2026, 2, 1))
    with on("2026-02-02"):
        committed(tasks.send_training_reminders)
    assert mail.outbox == []


def test_reminder_has_text_and_html_parts_with_an_absolute_module_link(induction):
    GovernorshipFactory(appointed_on=date(2026, 1, 10), governor__first_name="Grace")
    with on("2026-07-20"):
        committed(tasks.send_training_reminders)
    [message] = mail.outbox
    link = f"http://testserver{induction.module.url}"
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert link in message.body
    assert f'href="{link}"' in html
    assert "Overdue: it was due by 12 July 2026." in message.body
    assert "Hello Grace" in html


def test_chairs_get_one_summary_a_week(board_a, induction):
    GovernorshipFactory(board=board_a, role=Role.CHAIR, governor__email="chair@example.org")
    GovernorshipFactory(board=board_a, appointed_on=date(2025, 1, 1), governor__last_name="Late")
    with on("2026-11-23"):  # a Monday
        assert committed(tasks.send_chair_summaries) == 1
    with on("2026-11-24"):
        assert committed(tasks.send_chair_summaries) == 0
    with on("2026-11-30"):
        assert committed(tasks.send_chair_summaries) == 1
    first = mail.outbox[0]
    assert first.to == ["chair@example.org"]
    assert "Late" in first.body
    assert "Overdue" in first.body
    assert f"http://testserver{induction.module.url}" in first.alternatives[0][0]
    assert f"http://testserver/governance/boards/{board_a.pk}/" in first.body
    assert first.subject.endswith(f"{board_a} this week: 2 governors to remind")
    assert 'Press "Remind" beside each name' in first.body


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_still_send_once(induction):
    import threading

    from django.db import connection, connections

    from governors.reminders import training_reminders_send

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's row locks")
    GovernorshipFactory(appointed_on=date(2020, 1, 1))
    barrier = threading.Barrier(2)

    def run():
        try:
            barrier.wait()
            training_reminders_send(today=date(2026, 11, 24))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ReminderSent.objects.count() == 1
    assert len(mail.outbox) == 1
