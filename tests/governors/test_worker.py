from datetime import date

import pytest
from django.core import mail

from governors import tasks
from governors.models import ReminderSent

from .conftest import GovernorshipFactory


@pytest.mark.worker
def test_a_real_worker_sends_each_reminder_once(celery_worker_on_redis, induction):
    GovernorshipFactory(appointed_on=date(2020, 1, 1))
    assert tasks.send_training_reminders.delay().get(timeout=20) == 1
    assert tasks.send_training_reminders.delay().get(timeout=20) == 0
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.get().status == "overdue"
