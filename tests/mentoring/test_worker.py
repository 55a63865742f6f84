import time

import pytest
from django.core import mail

from academy_site.models import OutboundEmail
from mentoring import tasks
from mentoring.models import InductionReminder


@pytest.mark.worker
def test_a_real_worker_sends_each_induction_reminder_once(celery_worker_on_redis, induction, tutor):
    assert tasks.send_induction_reminders.delay().get(timeout=20) == 1
    assert tasks.send_induction_reminders.delay().get(timeout=20) == 0
    deadline = time.monotonic() + 20
    while not OutboundEmail.objects.filter(sent_at__isnull=False).exists():
        assert time.monotonic() < deadline, "the worker did not deliver the e-mail in 20 s"
        time.sleep(0.1)
    assert [m.to for m in mail.outbox] == [[tutor.email]]
    assert InductionReminder.objects.get().term == 1
