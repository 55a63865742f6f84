"""Lessons completed, quizzes scored on the server, and the module completed once per cycle."""

import random
from collections.abc import Mapping, Sequence
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from courses.models import LessonPage
from credentials.services import award_schedule, award_withdraw

from .. import selectors
from ..hooks import COMPLETION_REQUIREMENTS, MODULE_COMPLETED, listeners
from ..models import Enrolment, LessonProgress, ModuleCompletion, QuizAttempt
from .errors import LearningError, QuizAlreadySubmitted, QuizSubmissionInvalid

_random = random.SystemRandom()


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


def quiz_answers_validate(
    *, quiz_value, answers: Mapping, shown: Sequence[int] | None = None
) -> dict[int, list[int]]:
    """Check a submission answers every question the attempt showed (by default every question of
    the quiz), with options that question offers. Questions are numbered as the learner saw them."""
    questions = list(quiz_value["questions"])
    shown = list(range(len(questions))) if shown is None else list(shown)
    submitted = {str(key): value for key, value in answers.items()}
    if set(submitted) - {str(index) for index in shown}:
        raise QuizSubmissionInvalid(
            "That quiz has no such question. Reload the page and try again."
        )
    parsed = {}
    for number, index in enumerate(shown, start=1):
        if str(index) not in submitted:
            raise QuizSubmissionInvalid(f"Answer question {number}.")
        parsed[index] = _choices_parse(submitted[str(index)], questions[index], number)
    return parsed


def quiz_score(*, quiz_value, answers: Mapping[int, list[int]]) -> list[bool]:
    """Which of the answered questions were right: exactly the correct options chosen."""
    questions = list(quiz_value["questions"])
    results = []
    for index, chosen in answers.items():
        options = questions[index]["options"]
        correct = {i for i, option in enumerate(options) if option["correct"]}
        results.append(set(chosen) == correct)
    return results


def _questions_draw(quiz_value) -> list[dict]:
    """Draw this attempt's questions (all, or the number the provider set) and shuffle each one's
    options if the provider chose to; the result is stored, so scoring and reloads see the same."""
    questions = list(quiz_value["questions"])
    wanted = min(quiz_value.get("questions_per_attempt") or len(questions), len(questions))
    drawn = sorted(_random.sample(range(len(questions)), wanted))
    shown = []
    for index in drawn:
        order = list(range(len(questions[index]["options"])))
        if quiz_value.get("shuffle_options", True):
            _random.shuffle(order)
        shown.append({"question": index, "options": order})
    return shown


def _attempt_start(enrolment: Enrolment, lesson: LessonPage, block, started_at) -> QuizAttempt:
    """Start an attempt, the enrolment row already locked; refused when the rules allow none now."""
    state = selectors.quiz_states(enrolment=enrolment, lesson=lesson)[block.id]
    if state.open_attempt is not None:
        if selectors.quiz_shown_fits(shown=state.open_attempt.shown, quiz=block.value):
            return state.open_attempt
        state.open_attempt.delete()
    if state.passed:
        raise LearningError("You have already passed this quiz.")
    if state.attempts_left == 0:
        raise LearningError(
            "You have used all your attempts at this quiz. Ask the module’s provider if you "
            "need another."
        )
    if state.available_at is not None:
        at = timezone.localtime(state.available_at)
        raise LearningError(f"You can try this quiz again from {at:%H:%M} on {at.day} {at:%B}.")
    return QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        quiz_block_id=block.id,
        cycle=enrolment.cycle,
        shown=_questions_draw(block.value),
        started_at=started_at or timezone.now(),
    )


@transaction.atomic
def quiz_attempt_start(
    *, enrolment: Enrolment, lesson: LessonPage, quiz_block_id: str, started_at=None
) -> QuizAttempt:
    """The learner's attempt in progress at a quiz, started (questions drawn, options shuffled and
    stored) when none is open. Refused with LearningError once passed, when every allowed attempt
    is used, or while the learner must wait before trying again."""
    enrolment = _enrolment_lock(enrolment)
    _lesson_check(enrolment, lesson)
    return _attempt_start(enrolment, lesson, _quiz_block(lesson, quiz_block_id), started_at)


@transaction.atomic
def quiz_submit(
    *,
    enrolment: Enrolment,
    lesson: LessonPage,
    quiz_block_id: str,
    answers: Mapping,
    attempt_id: int | None = None,
    submitted_at: datetime | None = None,
) -> QuizAttempt:
    """Score an attempt on the server and store it; passing every quiz in a lesson completes it.

    `answers` maps question index to the chosen option indexes and must answer exactly the
    questions the attempt showed. `attempt_id` is the attempt the learner's form was shown with
    (its token: each attempt is submitted once, so a second post of the same form raises
    QuizAlreadySubmitted and stores nothing); without it the learner's open attempt is used, or
    one is started. A submission the form could not have sent is refused with
    QuizSubmissionInvalid and nothing is stored. `submitted_at` backdates the attempt; only the
    demo seed passes it.
    """
    enrolment = _enrolment_lock(enrolment)
    _lesson_check(enrolment, lesson)
    block = _quiz_block(lesson, quiz_block_id)
    if attempt_id is None:
        attempt = _attempt_start(enrolment, lesson, block, submitted_at)
    else:
        attempt = (
            QuizAttempt.objects.select_for_update()
            .filter(pk=attempt_id, enrolment=enrolment, lesson=lesson, quiz_block_id=block.id)
            .first()
        )
        if attempt is None or attempt.cycle != enrolment.cycle:
            raise QuizSubmissionInvalid("Reload the page and answer the quiz again.")
        if attempt.submitted_at is not None:
            raise QuizAlreadySubmitted(attempt)
        if not selectors.quiz_shown_fits(shown=attempt.shown, quiz=block.value):
            raise QuizSubmissionInvalid(
                "This quiz has changed since you opened it. Reload the page to start again."
            )
    parsed = quiz_answers_validate(
        quiz_value=block.value,
        answers=answers,
        shown=[item["question"] for item in attempt.shown],
    )
    results = quiz_score(quiz_value=block.value, answers=parsed)
    attempt.answers = {str(index): choices for index, choices in parsed.items()}
    attempt.score, attempt.max_score = sum(results), len(results)
    attempt.percent = round(100 * attempt.score / attempt.max_score)
    attempt.passed = attempt.percent >= enrolment.module.pass_mark
    attempt.submitted_at = submitted_at or timezone.now()
    attempt.save()
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


@transaction.atomic
def module_completion_recheck(*, learner, module, reason: str, by) -> ModuleCompletion | None:
    """Decide again whether the learner has completed the module after a requirement an app
    above adds has changed (a register saved or corrected). Completes it if everything is now
    met; if its current completion no longer is, undoes it: the certificate is revoked and its
    credits reversed in the same transaction (`reason`, `by` go on the revocation), the
    completion row goes, and the enrolment is in progress again. Returns the completion that
    stands, if any."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("module", "learner")
        .filter(learner=learner, module=module)
        .first()
    )
    if enrolment is None or enrolment.status == Enrolment.Status.WITHDRAWN:
        return None
    completion = enrolment.completions.filter(cycle=enrolment.cycle).first()
    if completion is None:
        return module_completion_check(enrolment=enrolment)
    if all(met(enrolment=enrolment) for met in listeners(COMPLETION_REQUIREMENTS)):
        return completion
    award_withdraw(
        learner=enrolment.learner,
        page=enrolment.module,
        source_key=completion.source_key,
        completed_at=completion.completed_at,
        reason=reason,
        by=by,
    )
    completion.delete()
    earlier = enrolment.completions.order_by("-completed_at").first()
    enrolment.status = Enrolment.Status.ACTIVE
    enrolment.completed_at = earlier.completed_at if earlier else None
    enrolment.save(update_fields=["status", "completed_at"])
    return None
