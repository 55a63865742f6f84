"""Expiry reminders reach a real SMTP server exactly once each, even when the worker sending
one is killed mid-send, before or after the server has taken the message."""

import asyncio
import os
import re
import signal
import socket
import threading
import time
from datetime import timedelta
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from academy_site.models import OutboundEmail
from credentials import tasks
from credentials.models import ExpiryReminder
from tests.factories import UserFactory

pytestmark = [pytest.mark.worker, pytest.mark.postgres]

PORTS = range(8320, 8330)
DELIVERED = re.compile(r"deliver_email\[[0-9a-f-]+\] succeeded")


class SlowReceiver:
    """An SMTP server keeping each message it accepts. Its first session stalls at RCPT (before
    the message is sent) or after taking the message at DATA, until the test releases it."""

    def __init__(self, stall: str):
        self.stall = stall
        self.messages = []
        self.stalled = threading.Event()
        self.release = threading.Event()
        self._has_stalled = False

    async def _stall_once(self, where: str):
        if self.stall == where and not self._has_stalled:
            self._has_stalled = True
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await self._stall_once("rcpt")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))  # the server has it now
        await self._stall_once("data")
        return "250 Message accepted for delivery"


def _free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    pytest.fail(f"no free port in {PORTS}")


@pytest.fixture
def slow_smtp(request):
    receiver = SlowReceiver(request.param)
    controller = Controller(receiver, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield receiver, controller.port
    receiver.release.set()
    controller.stop()


def _wait_for(condition, what: str, log, seconds: float = 90):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what} within {seconds} s\n{log.read_text()}"
        time.sleep(0.2)


@pytest.mark.parametrize(
    ("slow_smtp", "confirmed"),
    [("rcpt", 3), ("data", 2)],
    indirect=["slow_smtp"],
    ids=["killed-before-the-server-has-it", "killed-after-the-server-has-it"],
)
def test_a_worker_killed_mid_send_sends_each_reminder_exactly_once(
    celery_worker_process, slow_smtp, tmp_path, module, issue, confirmed
):
    receiver, port = slow_smtp
    pid_file = tmp_path / "worker-child-pid"
    log = tmp_path / "worker.log"
    celery_worker_process(
        "tests.credentials.mail_worker",
        ACADEMY_TEST_EMAIL_URL=f"smtp://127.0.0.1:{port}",
        ACADEMY_WORKER_PID_FILE=str(pid_file),
    )
    for number in range(3):
        learner = UserFactory(email=f"learner{number}@example.org")
        issue(learner, module, completed_at=timezone.now() - timedelta(days=720))

    tasks.send_expiry_reminders.delay()
    assert receiver.stalled.wait(90), log.read_text()
    os.kill(int(pid_file.read_text()), signal.SIGKILL)
    receiver.release.set()

    _wait_for(
        lambda: len(DELIVERED.findall(log.read_text())) == 3,
        "three e-mail tasks (one of them redelivered) finished",
        log,
    )
    time.sleep(1)  # anything sent twice would have reached the server by now
    outbox = OutboundEmail.objects.all()
    assert ExpiryReminder.objects.count() == 3
    assert "WorkerLostError" in log.read_text(), "the child talking to the server was killed"
    assert sorted(message["Message-ID"] for message in receiver.messages) == sorted(
        email.message_id for email in outbox
    ), "the server got every reminder, each once"
    assert sorted(message["To"] for message in receiver.messages) == [
        f"learner{number}@example.org" for number in range(3)
    ]
    assert all(email.handed_over_at for email in outbox)
    assert outbox.filter(sent_at__isnull=False).count() == confirmed
