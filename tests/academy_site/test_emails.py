"""One way to send e-mail: rendered from templates, queued in the sender's transaction, handed to
the mail server at most once with the Message-ID it was given, tried again only when the server
said it had not taken it."""

import smtplib
import socket
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.db import transaction

from academy_site.emails import email_deliver, email_send
from academy_site.links import site_url
from academy_site.models import OutboundEmail
from governors.models import Board, Invitation

pytestmark = pytest.mark.django_db

PORTS = range(8320, 8330)


def _invitation_email(**overrides):
    invitation = Invitation(
        board=Board.objects.create(name="Brook Primary", kind=Board.Kind.MAINTAINED),
        email="new@example.org",
    )
    return email_send(
        to="new@example.org",
        template="governors/emails/invitation",
        context={"invitation": invitation, "url": "http://testserver/join/", **overrides},
    )


def test_site_url_joins_the_base_address_and_keeps_absolute_urls():
    assert site_url() == "http://testserver"
    assert site_url("/verify/ABC/") == "http://testserver/verify/ABC/"
    assert site_url("governance/") == "http://testserver/governance/"
    assert site_url("https://elsewhere.example/x") == "https://elsewhere.example/x"


def test_an_email_goes_once_the_transaction_commits_with_its_templates_and_message_id(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        email = _invitation_email()
        assert mail.outbox == []
    [message] = mail.outbox
    assert message.subject == "Academy: Join Brook Primary on Academy"
    assert "http://testserver/join/" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "<title>Join Brook Primary on Academy</title>" in html
    assert message.extra_headers["Message-ID"] == email.message_id
    assert email.message_id.endswith("@testserver>")
    email.refresh_from_db()
    assert email.handed_over_at
    assert email.sent_at


def test_a_rolled_back_transaction_sends_nothing(django_capture_on_commit_callbacks):
    def send_then_fail():
        with transaction.atomic():
            _invitation_email()
            raise RuntimeError

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        send_then_fail()
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


def test_delivering_again_sends_nothing_more():
    email = _invitation_email()
    assert email_deliver(email_id=email.pk) is True
    assert email_deliver(email_id=email.pk) is False
    assert len(mail.outbox) == 1


class Receiver:
    """An SMTP server that answers the message's final line as the test says."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        answer = self.answers.pop(0)
        if answer == "hang up":
            self.messages.append(message_from_bytes(envelope.content))
            server.transport.close()  # took it, and never said so
            return "250 OK"
        if answer.startswith("250"):
            self.messages.append(message_from_bytes(envelope.content))
        return answer


@pytest.fixture
def smtp_server(settings):
    def start(*answers):
        receiver = Receiver(answers)
        port = next(p for p in PORTS if socket.socket().connect_ex(("127.0.0.1", p)) != 0)
        controller = Controller(receiver, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        settings.EMAIL_BACKEND = "academy_site.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        return receiver

    started = []
    yield start
    for controller in started:
        controller.stop()


def test_a_server_that_refuses_for_now_gets_the_same_message_again_later(smtp_server):
    receiver = smtp_server("451 Try again later", "250 OK")
    email = _invitation_email()
    with pytest.raises(smtplib.SMTPDataError):
        email_deliver(email_id=email.pk)
    email.refresh_from_db()
    assert email.handed_over_at is None, "the server said it had not taken it"
    assert email_deliver(email_id=email.pk) is True
    [message] = receiver.messages
    assert message["Message-ID"] == email.message_id


def test_a_server_that_took_the_message_without_answering_never_gets_it_twice(smtp_server):
    receiver = smtp_server("hang up", "250 OK")
    email = _invitation_email()
    with pytest.raises(smtplib.SMTPServerDisconnected):
        email_deliver(email_id=email.pk)
    email.refresh_from_db()
    assert email.handed_over_at is not None
    assert email.sent_at is None
    assert email_deliver(email_id=email.pk) is False
    assert len(receiver.messages) == 1
