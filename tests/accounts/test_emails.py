"""allauth's e-mails go through the site's one e-mail helper and say they are from Academy."""

import pytest
from django.core import mail
from django.urls import reverse

from academy_site.models import OutboundEmail
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_password_reset_email_comes_from_academy_through_the_outbox(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="tom@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "tom@example.org"})
    [message] = mail.outbox
    assert message.to == ["tom@example.org"]
    assert message.subject.startswith("Academy: ")
    assert "Hello from Academy!" in message.body
    assert "testserver!" not in message.body
    assert "http://testserver/account/password/reset/key/" in message.body
    assert message.extra_headers["Message-ID"] == OutboundEmail.objects.get().message_id
