"""A chair asks governor services for training; an officer answers and the chair is e-mailed."""

import pytest
from django.core import mail
from django.urls import reverse

from governors.models import TrainingRequest

pytestmark = pytest.mark.django_db


def test_a_chair_asks_and_the_officer_answers(
    client, board_a, chair_a, council_officer, django_capture_on_commit_callbacks
):
    client.force_login(chair_a)
    url = reverse("governors:training_request", args=[board_a.pk])
    assert url in client.get(reverse("governors:board_skills", args=[board_a.pk])).content.decode()
    response = client.post(url, {"message": "  "})
    assert "Say what training the board needs." in response.content.decode()
    assert not TrainingRequest.objects.exists()
    client.post(url, {"message": "A finance session for the whole board."})
    request = TrainingRequest.objects.get()
    assert (request.board, request.requested_by, request.status) == (board_a, chair_a, "open")

    client.force_login(council_officer)
    listing = client.get(reverse("governors:council_training_requests")).content.decode()
    answer_url = reverse("governors:training_request_answer", args=[request.pk])
    assert answer_url in listing
    assert "1 waiting for an answer" in client.get(reverse("governors:council")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(answer_url, {"answer": "Booked for 3 March at County Hall."})
    request.refresh_from_db()
    assert (request.status, request.answered_by) == ("answered", council_officer)
    [message] = mail.outbox
    assert message.to == ["chair-a@example.org"]
    assert "Booked for 3 March at County Hall." in message.body
    assert client.post(answer_url, {"answer": "Again"}).status_code == 200
    assert len(mail.outbox) == 1


def test_only_officers_see_and_answer_requests(client, board_a, board_b, chair_a):
    request = TrainingRequest.objects.create(board=board_a, requested_by=chair_a, message="Help")
    client.force_login(chair_a)
    assert client.get(reverse("governors:council_training_requests")).status_code == 404
    answer_url = reverse("governors:training_request_answer", args=[request.pk])
    assert client.post(answer_url, {"answer": "Mine"}).status_code == 404
    assert client.get(reverse("governors:training_request", args=[board_b.pk])).status_code == 404
