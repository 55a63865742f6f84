import pytest
from django.db import transaction
from wagtail import hooks

from credentials.models import Certificate, CreditEntry
from learning import services
from learning.hooks import COMPLETION_REQUIREMENTS, MODULE_COMPLETED
from learning.models import Enrolment, LessonProgress, ModuleCompletion
from tests.factories import LessonPageFactory
from tests.learning.factories import RIGHT, module_build

pytestmark = pytest.mark.django_db

calls = []


def awards_scheduled(callbacks) -> list:
    """The on-commit callbacks that ask credentials for an award (rendering PDFs follows them)."""
    return [
        callback
        for callback in callbacks
        if getattr(callback, "__name__", "") == "send_issue_award"
    ]


def record_completion(*, learner, module, completion):
    calls.append((learner.pk, module.pk, completion.pk))


@pytest.fixture
def enrolment(learner, taken):
    return services.enrolment_create(learner=learner, module=taken.module)


def test_completing_a_lesson_twice_changes_nothing(enrolment, taken):
    first = services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    again = services.lesson_complete(enrolment=enrolment, lesson=taken.reading)

    assert first.pk == again.pk
    assert first.completed_at == again.completed_at
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 1


def test_a_lesson_from_another_module_is_refused(enrolment):
    elsewhere = LessonPageFactory()
    with pytest.raises(services.LearningError, match="not part of this module"):
        services.lesson_complete(enrolment=enrolment, lesson=elsewhere)
    assert not LessonProgress.objects.exists()


def test_a_lesson_with_a_quiz_completes_only_when_the_quiz_is_passed(enrolment, taken):
    with pytest.raises(services.LearningError, match="Pass the quiz"):
        services.lesson_complete(enrolment=enrolment, lesson=taken.quiz)
    assert not LessonProgress.objects.exists()

    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )

    assert LessonProgress.objects.filter(enrolment=enrolment, lesson=taken.quiz).exists()


def test_the_module_completes_once_every_lesson_is_done_and_every_quiz_passed(
    enrolment, taken, django_capture_on_commit_callbacks
):
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    services.lesson_complete(enrolment=enrolment, lesson=taken.closing)
    assert not ModuleCompletion.objects.exists()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.quiz_submit(
            enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
        )

    completion = ModuleCompletion.objects.get()
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.completed_at == completion.completed_at
    assert len(awards_scheduled(callbacks)) == 1
    certificate = Certificate.objects.get()
    assert certificate.source_key == completion.source_key
    assert certificate.page_id == taken.module.pk
    assert CreditEntry.objects.get().cpd_hours == 4


def test_no_certificate_is_asked_for_until_the_transaction_commits(
    enrolment, taken, django_capture_on_commit_callbacks
):
    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.lesson_complete(enrolment=enrolment, lesson=taken.closing)
    assert ModuleCompletion.objects.count() == 1
    assert not Certificate.objects.exists()
    callbacks[0]()
    assert Certificate.objects.count() == 1


def test_completion_is_stamped_once_however_often_lessons_are_completed_again(
    enrolment, taken, django_capture_on_commit_callbacks
):
    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for lesson in taken.lessons * 2:
            services.lesson_complete(enrolment=enrolment, lesson=lesson)
    assert ModuleCompletion.objects.count() == 1
    assert len(awards_scheduled(callbacks)) == 1
    assert Certificate.objects.count() == 1


def test_completion_calls_each_registered_listener_once(enrolment, taken):
    calls.clear()
    with hooks.register_temporarily(MODULE_COMPLETED, record_completion):
        services.quiz_submit(
            enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
        )
        services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
        services.lesson_complete(enrolment=enrolment, lesson=taken.closing)
        services.lesson_complete(enrolment=enrolment, lesson=taken.closing)

    assert calls == [(enrolment.learner_id, taken.module.pk, ModuleCompletion.objects.get().pk)]


def listener_failing(*, learner, module, completion):
    raise RuntimeError("pathway awards are down")


def test_a_failing_listener_is_not_skipped_and_the_completion_rolls_back(enrolment, taken):
    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    with (
        hooks.register_temporarily(MODULE_COMPLETED, listener_failing),
        pytest.raises(RuntimeError, match="pathway awards are down"),
    ):
        services.lesson_complete(enrolment=enrolment, lesson=taken.closing)
    assert not ModuleCompletion.objects.exists()
    assert not LessonProgress.objects.filter(lesson=taken.closing).exists()


def test_a_requirement_an_app_adds_holds_completion_until_it_is_met(enrolment, taken):
    attended = set()

    def event_attended(*, enrolment):
        return enrolment.pk in attended

    with hooks.register_temporarily(COMPLETION_REQUIREMENTS, event_attended):
        services.quiz_submit(
            enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
        )
        services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
        services.lesson_complete(enrolment=enrolment, lesson=taken.closing)
        assert not ModuleCompletion.objects.exists()

        attended.add(enrolment.pk)
        with transaction.atomic():
            completion = services.module_completion_check(enrolment=enrolment)

    assert completion is not None
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED


def test_a_renewal_completes_again_with_a_new_certificate(
    learner, django_capture_on_commit_callbacks
):
    taken = module_build(validity_months=12)
    enrolment = services.enrolment_create(learner=learner, module=taken.module)

    def work_through():
        with django_capture_on_commit_callbacks(execute=True):
            services.quiz_submit(
                enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
            )
            services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
            services.lesson_complete(enrolment=enrolment, lesson=taken.closing)

    work_through()
    services.enrolment_renew(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE
    work_through()

    assert list(ModuleCompletion.objects.order_by("cycle").values_list("cycle", flat=True)) == [
        1,
        2,
    ]
    statuses = sorted(Certificate.objects.values_list("status", flat=True))
    assert statuses == [Certificate.Status.SUPERSEDED, Certificate.Status.VALID]
