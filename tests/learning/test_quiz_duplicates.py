"""A quiz form submitted twice (a double click, a retried request) stores one attempt."""

import re
import threading

import pytest
from django.db import close_old_connections, connection
from django.test import Client

from learning import services
from learning.models import QuizAttempt
from tests.learning.factories import module_build

pytestmark = pytest.mark.django_db


def _form(client, taken) -> dict:
    """The quiz form as the lesson page renders it, answered right."""
    page = client.get(taken.quiz.url).content.decode()
    (attempt,) = re.findall(r'name="attempt" value="(\d+)"', page)
    return {"quiz": taken.quiz_id, "attempt": attempt, "question-0": "1", "question-1": ["0", "2"]}


def _submitted():
    return QuizAttempt.objects.filter(submitted_at__isnull=False)


def _post(client, taken, data):
    return client.post(f"/learn/lessons/{taken.quiz.pk}/quiz/", data)


@pytest.fixture
def enrolled(client, learner):
    taken = module_build()
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)
    return taken


def test_the_same_form_submitted_twice_stores_one_attempt(client, enrolled):
    data = _form(client, enrolled)
    first = _post(client, enrolled, data)
    second = _post(client, enrolled, data)
    assert first.status_code == second.status_code == 302
    assert _submitted().count() == 1
    assert "You have already sent these answers." in client.get(second["Location"]).content.decode()


def test_a_form_token_that_is_not_one_we_made_is_refused(client, enrolled):
    data = {**_form(client, enrolled), "attempt": "not-a-token"}
    response = client.post(f"/learn/lessons/{enrolled.quiz.pk}/quiz/", data, follow=True)
    assert "Reload the page and answer the quiz again." in response.content.decode()
    assert not _submitted().exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_identical_submissions_at_once_store_one_attempt(learner, password):
    """Real threads, each its own connection, released together: the attempt row, locked and
    submitted once, leaves one submitted attempt."""
    if connection.vendor != "postgresql":
        pytest.skip("Real concurrency needs PostgreSQL: run with DATABASE_URL=postgres://...")
    taken = module_build()
    services.enrolment_create(learner=learner, module=taken.module)
    clients = [Client() for _ in range(20)]
    for each in clients:
        each.force_login(learner)
    data = _form(clients[0], taken)
    barrier = threading.Barrier(len(clients))
    statuses, errors = [], []

    def submit(each):
        try:
            barrier.wait()
            statuses.append(_post(each, taken, data).status_code)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=submit, args=(each,)) for each in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [302] * 20
    assert _submitted().count() == 1
