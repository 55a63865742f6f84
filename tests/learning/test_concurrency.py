"""Two requests finishing a module at the same moment must stamp it exactly once."""

import threading
import time

import pytest
from django.db import close_old_connections, connection

from credentials.models import Certificate
from learning import services
from learning.models import Enrolment, LessonProgress, ModuleCompletion
from learning.services import progress as progress_services
from tests.factories import UserFactory
from tests.learning.factories import RIGHT, module_build

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL: run with DATABASE_URL=postgres://...")


@pytest.fixture(autouse=True)
def _wide_race_window(monkeypatch):
    """Pause between recording a lesson and checking the module, so unlocked requests would
    overlap every time rather than now and then."""
    record = progress_services._progress_record

    def slow_record(*args, **kwargs):
        progress = record(*args, **kwargs)
        time.sleep(0.3)
        return progress

    monkeypatch.setattr(progress_services, "_progress_record", slow_record)


def run_together(*actions) -> list[BaseException]:
    """Start every action at the same instant, each on its own thread and connection."""
    barrier = threading.Barrier(len(actions))
    errors: list[BaseException] = []

    def run(action):
        try:
            barrier.wait()
            action()
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def ready_to_finish():
    """An enrolment whose quiz is passed and first lesson done: two lessons remain."""
    learner = UserFactory()
    taken = module_build()
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    return enrolment, taken


def test_the_last_two_lessons_finished_at_once_complete_the_module_once():
    enrolment, taken = ready_to_finish()

    errors = run_together(
        lambda: services.lesson_complete(
            enrolment=Enrolment.objects.get(pk=enrolment.pk), lesson=taken.reading
        ),
        lambda: services.lesson_complete(
            enrolment=Enrolment.objects.get(pk=enrolment.pk), lesson=taken.closing
        ),
    )

    assert errors == []
    assert ModuleCompletion.objects.filter(enrolment=enrolment).count() == 1
    assert Certificate.objects.filter(learner=enrolment.learner).count() == 1


def test_the_same_last_lesson_completed_twice_at_once_is_stamped_once():
    enrolment, taken = ready_to_finish()
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)

    def finish():
        services.lesson_complete(
            enrolment=Enrolment.objects.get(pk=enrolment.pk), lesson=taken.closing
        )

    errors = run_together(finish, finish)

    assert errors == []
    assert LessonProgress.objects.filter(enrolment=enrolment, lesson=taken.closing).count() == 1
    assert ModuleCompletion.objects.filter(enrolment=enrolment).count() == 1
    assert Certificate.objects.filter(learner=enrolment.learner).count() == 1
