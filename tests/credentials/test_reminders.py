from datetime import timedelta

from django.core import mail
from django.test import TestCase
from django.utils import timezone

from credentials import tasks
from credentials.models import ExpiryReminder


def run_reminders() -> int:
    """Run the job as a worker does: each reminder's e-mail goes once its transaction commits."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return tasks.send_expiry_reminders()


def test_reminders_go_once_for_soon_and_once_when_expired(learner, module, issue):
    validity_days = (timezone.now() - (timezone.now() - timedelta(days=730))).days
    soon = issue(learner, module, completed_at=timezone.now() - timedelta(days=validity_days - 10))
    assert soon.expires_on - timezone.localdate() <= timedelta(days=30)
    assert run_reminders() == 1
    assert run_reminders() == 0
    (message,) = mail.outbox
    assert message.to == ["learner@example.org"]
    assert "expires on" in message.subject
    assert "renew by" in message.body
    assert message.alternatives[0][1] == "text/html"

    soon.expires_at = timezone.now() - timedelta(days=1)
    soon.save()
    assert run_reminders() == 1
    assert run_reminders() == 0
    assert "has expired" in mail.outbox[1].subject
    assert ExpiryReminder.objects.count() == 2


def test_no_reminder_for_certificates_far_from_expiry_or_revoked(
    learner, module, council_officer, issue
):
    from credentials.services import certificate_revoke

    issue(learner, module)
    near = issue(learner, module, completed_at=timezone.now() - timedelta(days=720))
    certificate_revoke(certificate=near, reason="Error.", by=council_officer)
    assert run_reminders() == 0
    assert mail.outbox == []
