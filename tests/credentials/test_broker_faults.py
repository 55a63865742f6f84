"""A frozen or stopped broker never holds up a learner, and loses nothing: the completion and its
AwardRequest commit, and reconciliation issues (and renders) every certificate exactly once.

The tests run their own redis-server and freeze it for a few seconds rather than the 30 s the
outside harness used: each broker call is bounded by its own timeouts, so a longer freeze only
repeats the same bounded wait on every request."""

import os
import time
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from credentials import tasks
from credentials.models import AwardRequest, Certificate, CreditEntry
from learning import services
from tests.factories import LessonPageFactory, ModulePageFactory, UserFactory
from tests.faults import redis_server

pytestmark = [pytest.mark.fault, pytest.mark.django_db(transaction=True)]

REQUEST_BOUND = 2.0  # seconds: no completion request may take longer, broker or not
HEALTH_BOUND = 1.0


@pytest.fixture
def broker(tmp_path, settings):
    """This test's own Redis, with the Celery app in this process sending to it."""
    from academy_site.celery import app
    from tests.conftest import _reset_broker_pool

    with redis_server(tmp_path) as server:
        url = server.url()
        saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
        saved_environment = os.environ.get("CELERY_BROKER_URL")
        os.environ["CELERY_BROKER_URL"] = url
        app.conf.update(broker_url=url, task_always_eager=False)
        settings.CELERY_BROKER_URL, settings.CELERY_TASK_ALWAYS_EAGER = url, False
        _reset_broker_pool(app)
        try:
            yield server
        finally:
            app.conf.update(saved)
            if saved_environment is None:
                os.environ.pop("CELERY_BROKER_URL", None)
            else:
                os.environ["CELERY_BROKER_URL"] = saved_environment
            _reset_broker_pool(app)


@pytest.fixture
def learners_one_step_from_done(settings, tmp_path):
    """Learners each on the last lesson of a module, signed in."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    module = ModulePageFactory(title="Attendance that improves", cpd_hours=3)
    lesson = LessonPageFactory(parent=module, title="Putting it together")
    people = []
    for number in range(6):
        learner = UserFactory(first_name="Fay", last_name=f"Fault{number}")
        services.enrolment_create(learner=learner, module=module)
        client = Client()
        client.force_login(learner)
        people.append((learner, client))
    return lesson, people


def _complete(client, lesson) -> float:
    started = time.monotonic()
    response = client.post(f"/learn/lessons/{lesson.pk}/complete/")
    elapsed = time.monotonic() - started
    assert response.status_code == 302, response.content[:500]
    return elapsed


def _healthz() -> tuple[float, dict]:
    started = time.monotonic()
    response = Client().get("/healthz")
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    return elapsed, response.json()


def _reconcile_after_a_while() -> dict:
    """Reconciliation as beat runs it, once the requests are old enough to count as lost."""
    with time_machine.travel(timezone.now() + timedelta(minutes=2), tick=True):
        return tasks.reconcile_awards()


def _each_completion_has_one_rendered_certificate(people) -> None:
    for learner, _client in people:
        certificates = Certificate.objects.filter(learner=learner)
        assert certificates.count() == 1, learner
        assert certificates.get().rendered_at is not None
        assert os.path.getsize(certificates.get().pdf.path) > 1000
        assert CreditEntry.objects.filter(learner=learner).count() == 1
    assert not AwardRequest.objects.filter(issued_at__isnull=True).exists()


def test_with_redis_frozen_completions_answer_within_two_seconds_and_none_is_lost(
    broker, learners_one_step_from_done
):
    lesson, people = learners_one_step_from_done
    before, during, after = people[:2], people[2:5], people[5:]
    for _learner, client in before:
        _complete(client, lesson)  # the first also loads templates and connects: not timed
    assert broker.llen("celery") == 2, "sent to the broker while it answered"

    broker.freeze()
    try:
        frozen_at = time.monotonic()
        timings = [_complete(client, lesson) for _learner, client in during]
        health_time, health = _healthz()
        frozen_for = time.monotonic() - frozen_at
    finally:
        broker.thaw()
    assert max(timings) < REQUEST_BOUND, timings
    assert frozen_for > 2, "the broker stayed frozen across several requests"
    assert health_time < HEALTH_BOUND
    assert health["broker"] == "unavailable"
    assert health["database"] == "ok"
    assert AwardRequest.objects.filter(issued_at__isnull=True).count() == 5

    for _learner, client in after:
        assert _complete(client, lesson) < REQUEST_BOUND
    assert _healthz()[1]["broker"] == "ok"

    # The tasks the broker took are still queued (no worker here); reconciliation issues every
    # award, whether its task was lost in the freeze or is still waiting.
    result = _reconcile_after_a_while()
    assert result["issued"] == 6
    assert result["rendered"] == 6
    _each_completion_has_one_rendered_certificate(people)

    # The queued tasks then run late, and change nothing.
    assert broker.llen("celery") >= 3
    for request in AwardRequest.objects.all():
        tasks.issue_award(
            learner_id=request.learner_id,
            page_id=request.page_id,
            source_key=request.source_key,
            completed_at=request.completed_at.isoformat(),
        )
    _each_completion_has_one_rendered_certificate(people)


def test_with_redis_stopped_completions_are_saved_and_reconciliation_issues_them_once_back(
    broker, learners_one_step_from_done
):
    lesson, people = learners_one_step_from_done
    broker.stop()
    timings = [_complete(client, lesson) for _learner, client in people]
    health_time, health = _healthz()
    assert max(timings) < REQUEST_BOUND, timings
    assert health_time < HEALTH_BOUND
    assert health["broker"] == "unavailable"
    assert AwardRequest.objects.filter(issued_at__isnull=True).count() == 6
    assert not Certificate.objects.exists()

    broker.start()
    assert _healthz()[1]["broker"] == "ok"
    result = _reconcile_after_a_while()
    assert result == {"issued": 6, "rendered": 6, "renders_queued": 0}
    _each_completion_has_one_rendered_certificate(people)
    assert _reconcile_after_a_while()["issued"] == 0
