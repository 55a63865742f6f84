"""Lessons completed, quizzes scored on the server, and the module completed once per cycle."""

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import LessonPage
from credentials.services import award_schedule

from ..hooks import COMPLETION_REQUIREMENTS, MODULE_COMPLETED, listeners
from ..models import Enrolment, LessonProgress, ModuleCompletion, QuizAttempt
from .errors import LearningError, QuizSubmissionInvalid


def _enrolment_lock(enrolment: Enrolment) -> Enrolment:
    """Lock the enrolment row so completion is decided by one request at a time."""
    locked = Enrolment.objects.select_for_update().select_related("module").get(pk=enrolment.pk)
    if locked.status == Enrolment.Status.WITHDRAWN:
        raise LearningError("Enrol on this module again to carry on.")
    return locked


def _lesson_check(enrolment: Enrolment, lesson: LessonPage) -> None:
    if not lesson.live or lesson.get_parent().pk != enrolment.module_id:
        raise LearningError("That lesson is not part of this module.")


def _quizzes_passed(enrolment: Enrolment, block_ids: Sequence[str]) -> set[str]:
    return set(
        QuizAttempt.objects.filter(
            enrolment=enrolment,
            cycle=enrolment.cycle,
            quiz_block_id__in=list(block_ids),
            passed=True,
        ).values_list("quiz_block_id", flat=True)
    )


def _progress_record(
    enrolment: Enrolment, lesson: LessonPage, completed_at: datetime
) -> LessonProgress:
    progress, _ = LessonProgress.objects.get_or_create(
        enrolment=enrolment,
        lesson=lesson,
        cycle=enrolment.cycle,
        defaults={"completed_at": completed_at},
    )
    return progress


@transaction.atomic
def lesson_complete(
    *, enrolment: Enrolment, lesson: LessonPage, completed_at: datetime | None = None
) -> LessonProgress:
    """Mark a lesson done (doing it twice changes nothing) and complete the module if it was the last.

    `completed_at` backdates the record; only the demo seed passes it.
    """
    enrolment = _enrolment_lock(enrolment)
    _lesson_check(enrolment, lesson)
    block_ids = [block.id for block in lesson.quizzes()]
    if len(_quizzes_passed(enrolment, block_ids)) < len(block_ids):
        raise LearningError("Pass the quiz in this lesson to complete it.")
    completed_at = completed_at or timezone.now()
    progress = _progress_record(enrolment, lesson, completed_at)
    enrolment.last_lesson = lesson
    enrolment.save(update_fields=["last_lesson"])
    module_completion_check(enrolment=enrolment, completed_at=completed_at)
    return progress


def _quiz_block(lesson: LessonPage, quiz_block_id: str):
    for block in lesson.quizzes():
        if block.id == quiz_block_id:
            return block
    raise QuizSubmissionInvalid("That quiz is not in this lesson. Reload the page and try again.")


def _choices_parse(raw: Sequence, question: Mapping, number: int) -> list[int]:
    """Turn one question's submitted values into option indexes, refusing anything the form cannot send."""
    if isinstance(raw, str | int):
        raw = [raw]
    if not raw:
        raise QuizSubmissionInvalid(f"Answer question {number}.")
    choices = []
    for value in raw:
        text = str(value)
        if not (text.isascii() and text.isdecimal()) or int(text) >= len(question["options"]):
            raise QuizSubmissionInvalid(
                f"Question {number} has no such answer. Reload the page and try again."
            )
        choices.append(int(text))
    if len(set(choices)) != len(choices):
        raise QuizSubmissionInvalid(f"Question {number} has the same answer twice.")
    if question["kind"] != "multiple" and len(choices) > 1:
        raise QuizSubmissionInvalid(f"Choose only one answer to question {number}.")
    return sorted(choices)


def _attempt_token_parse(value: str) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise QuizSubmissionInvalid(
            "That quiz form is out of date. Reload the page and try again."
        ) from None


def quiz_answers_validate(*, quiz_value, answers: Mapping) -> dict[int, list[int]]:
    """Check a submission answers every question of the quiz with options it offers."""
    questions = list(quiz_value["questions"])
    expected = {str(index) for index in range(len(questions))}
    submitted = {str(key): value for key, value in answers.items()}
    unknown = set(submitted) - expected
    if unknown:
        raise QuizSubmissionInvalid(
            "That quiz has no such question. Reload the page and try again."
        )
    parsed = {}
    for index, question in enumerate(questions):
        if str(index) not in submitted:
            raise QuizSubmissionInvalid(f"Answer question {index + 1}.")
        parsed[index] = _choices_parse(submitted[str(index)], question, index + 1)
    return parsed


def quiz_score(*, quiz_value, answers: Mapping[int, list[int]]) -> list[bool]:
    """Which questions were answered right: exactly the correct options chosen."""
    results = []
    for index, question in enumerate(quiz_value["questions"]):
        correct = {i for i, option in enumerate(question["options"]) if option["correct"]}
        results.append(set(answers[index]) == correct)
    return results


@transaction.atomic
def quiz_submit(
    *,
    enrolment: Enrolment,
    lesson: LessonPage,
    quiz_block_id: str,
    answers: Mapping,
    attempt_token: str = "",
    submitted_at: datetime | None = None,
) -> QuizAttempt:
    """Score an attempt on the server and store it; passing every quiz in a lesson completes it.

    `answers` maps question index to the chosen option indexes. A submission the form could not
    have sent is refused with QuizSubmissionInvalid and nothing is stored. `attempt_token` comes
    from the form shown: submitting the same form again returns the attempt it stored the first
    time. `submitted_at` backdates the attempt; only the demo seed passes it.
    """
    token = _attempt_token_parse(attempt_token)
    enrolment = _enrolment_lock(enrolment)
    _lesson_check(enrolment, lesson)
    block = _quiz_block(lesson, quiz_block_id)
    if token is not None:
        stored = QuizAttempt.objects.filter(
            enrolment=enrolment, quiz_block_id=quiz_block_id, attempt_token=token
        ).first()
        if stored is not None:
            return stored
    parsed = quiz_answers_validate(quiz_value=block.value, answers=answers)
    results = quiz_score(quiz_value=block.value, answers=parsed)
    score, max_score = sum(results), len(results)
    percent = round(100 * score / max_score)
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                enrolment=enrolment,
                lesson=lesson,
                quiz_block_id=quiz_block_id,
                cycle=enrolment.cycle,
                answers={str(index): choices for index, choices in parsed.items()},
                score=score,
                max_score=max_score,
                percent=percent,
                passed=percent >= enrolment.module.pass_mark,
                submitted_at=submitted_at or timezone.now(),
                attempt_token=token,
            )
    except IntegrityError:
        # The same form, stored by a request the enrolment lock did not serialise with this one.
        return QuizAttempt.objects.get(
            enrolment=enrolment, quiz_block_id=quiz_block_id, attempt_token=token
        )
    block_ids = [quiz.id for quiz in lesson.quizzes()]
    if attempt.passed and len(_quizzes_passed(enrolment, block_ids)) == len(block_ids):
        _progress_record(enrolment, lesson, attempt.submitted_at)
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])
        module_completion_check(enrolment=enrolment, completed_at=attempt.submitted_at)
    return attempt


def module_completion_check(
    *, enrolment: Enrolment, completed_at: datetime | None = None
) -> ModuleCompletion | None:
    """Stamp the module complete once every live lesson is done, every quiz passed and every
    requirement an app above adds (COMPLETION_REQUIREMENTS) met.

    Call it inside a transaction holding the enrolment row lock (lesson_complete and quiz_submit
    do), so two requests finishing the last steps at once stamp it exactly once.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("module_completion_check must run inside a transaction.")
    if enrolment.completions.filter(cycle=enrolment.cycle).exists():
        return None
    lessons = list(enrolment.module.lessons())
    done = set(
        LessonProgress.objects.filter(enrolment=enrolment, cycle=enrolment.cycle).values_list(
            "lesson_id", flat=True
        )
    )
    if not lessons or any(lesson.pk not in done for lesson in lessons):
        return None
    quiz_ids = [block.id for lesson in lessons for block in lesson.quizzes()]
    if len(_quizzes_passed(enrolment, quiz_ids)) < len(set(quiz_ids)):
        return None
    if not all(met(enrolment=enrolment) for met in listeners(COMPLETION_REQUIREMENTS)):
        return None
    completion = ModuleCompletion.objects.create(
        enrolment=enrolment, cycle=enrolment.cycle, completed_at=completed_at or timezone.now()
    )
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.completed_at = completion.completed_at
    enrolment.save(update_fields=["status", "completed_at"])
    _completion_announce(enrolment, completion)
    return completion


def _completion_announce(enrolment: Enrolment, completion: ModuleCompletion) -> None:
    """Tell credentials and the apps above (pathways) inside the completing transaction."""
    award_schedule(
        learner_id=enrolment.learner_id,
        page_id=enrolment.module_id,
        source_key=completion.source_key,
        completed_at=completion.completed_at,
    )
    for listener in listeners(MODULE_COMPLETED):
        listener(learner=enrolment.learner, module=enrolment.module, completion=completion)
