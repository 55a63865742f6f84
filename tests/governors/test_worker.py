import time
from datetime import date

import pytest
from django.core import mail

from academy_site.models import OutboundEmail
from governors import tasks
from governors.models import ReminderSent
from tests.governors.factories import GovernorshipFactory


@pytest.mark.worker
def test_a_real_worker_sends_each_reminder_once(celery_worker_on_redis, induction):
    GovernorshipFactory(appointed_on=date(2020, 1, 1))
    assert tasks.send_training_reminders.delay().get(timeout=20) == 1
    assert tasks.send_training_reminders.delay().get(timeout=20) == 0
    deadline = time.monotonic() + 20
    while not OutboundEmail.objects.filter(sent_at__isnull=False).exists():
        assert time.monotonic() < deadline, "the worker did not deliver the e-mail in 20 s"
        time.sleep(0.1)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"] == OutboundEmail.objects.get().message_id
    assert ReminderSent.objects.get().status == "overdue"
