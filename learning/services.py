"""What a learner does on a module: enrol, complete lessons, answer quizzes, reflect, finish."""

from collections.abc import Mapping, Sequence
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonPage, ModulePage
from credentials.pdf import site_url

from .hooks import callables_load
from .models import Enrolment, LessonProgress, ModuleCompletion, QuizAttempt, Reflection

REFLECTION_MAX_LENGTH = 10_000


class LearningError(Exception):
    """A learner's request that cannot be carried out; the message says what to do instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class PrerequisitesMissing(LearningError):
    """The learner has not completed every module this one builds on."""

    def __init__(self, missing: list[ModulePage]):
        names = ", ".join(module.title for module in missing)
        super().__init__(f"Complete these modules before you enrol: {names}.")
        self.missing = missing


class QuizSubmissionInvalid(LearningError):
    """A quiz submission that does not match the quiz: nothing is stored."""


def prerequisites_missing(*, learner, module: ModulePage) -> list[ModulePage]:
    """The prerequisite modules the learner has not completed yet, in title order."""
    required = list(module.prerequisites.live().order_by("title"))
    if not required:
        return []
    done = set(
        ModuleCompletion.objects.filter(
            enrolment__learner=learner, enrolment__module__in=required
        ).values_list("enrolment__module_id", flat=True)
    )
    return [prerequisite for prerequisite in required if prerequisite.pk not in done]


@transaction.atomic
def enrolment_create(*, learner, module: ModulePage) -> Enrolment:
    """Enrol a learner, or resume the enrolment they left; prerequisites are checked first."""
    enrolment = Enrolment.objects.select_for_update().filter(learner=learner, module=module).first()
    if enrolment is None:
        missing = prerequisites_missing(learner=learner, module=module)
        if missing:
            raise PrerequisitesMissing(missing)
        try:
            with transaction.atomic():
                return Enrolment.objects.create(learner=learner, module=module)
        except IntegrityError:
            # A double click enrolled them a moment ago: that enrolment stands.
            return Enrolment.objects.get(learner=learner, module=module)
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        finished = enrolment.completions.filter(cycle=enrolment.cycle).exists()
        enrolment.status = Enrolment.Status.COMPLETED if finished else Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment) -> Enrolment:
    """Leave a module in progress; every record is kept so enrolling again resumes."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.ACTIVE:
        raise LearningError("You can only leave a module you are working through.")
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrolment_renew(*, enrolment: Enrolment) -> Enrolment:
    """Start the module again to renew training that expires; completing it issues a new certificate."""
    enrolment = Enrolment.objects.select_for_update().select_related("module").get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.COMPLETED:
        raise LearningError("Complete this module before you renew it.")
    if not enrolment.module.validity_months:
        raise LearningError("This module does not expire, so there is nothing to renew.")
    enrolment.cycle += 1
    enrolment.status = Enrolment.Status.ACTIVE
    enrolment.last_lesson = None
    enrolment.save(update_fields=["cycle", "status", "last_lesson"])
    return enrolment


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
        if not text.isdigit() or int(text) >= len(question["options"]):
            raise QuizSubmissionInvalid(
                f"Question {number} has no such answer. Reload the page and try again."
            )
        choices.append(int(text))
    if len(set(choices)) != len(choices):
        raise QuizSubmissionInvalid(f"Question {number} has the same answer twice.")
    if question["kind"] != "multiple" and len(choices) > 1:
        raise QuizSubmissionInvalid(f"Choose only one answer to question {number}.")
    return sorted(choices)


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
    submitted_at: datetime | None = None,
) -> QuizAttempt:
    """Score an attempt on the server and store it; passing every quiz in a lesson completes it.

    `answers` maps question index to the chosen option indexes. A submission the form could not
    have sent is refused with QuizSubmissionInvalid and nothing is stored. `submitted_at`
    backdates the attempt; only the demo seed passes it.
    """
    enrolment = _enrolment_lock(enrolment)
    _lesson_check(enrolment, lesson)
    block = _quiz_block(lesson, quiz_block_id)
    parsed = quiz_answers_validate(quiz_value=block.value, answers=answers)
    results = quiz_score(quiz_value=block.value, answers=parsed)
    score, max_score = sum(results), len(results)
    percent = round(100 * score / max_score)
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
    """Stamp the module complete once every live lesson is done and every quiz passed.

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
    from credentials.services import award_schedule

    award_schedule(
        learner_id=enrolment.learner_id,
        page_id=enrolment.module_id,
        source_key=completion.source_key,
        completed_at=completion.completed_at,
    )
    for hook in callables_load(settings.LEARNING_COMPLETION_HOOKS):
        hook(learner=enrolment.learner, module=enrolment.module, completion=completion)


@transaction.atomic
def reflection_save(
    *, enrolment: Enrolment, lesson: LessonPage, prompt_block_id: str, text: str
) -> Reflection:
    """Save the learner's private answer to one reflection prompt (one answer per prompt, editable)."""
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        raise LearningError("Enrol on this module again to write reflections.")
    _lesson_check(enrolment, lesson)
    prompt = next(
        (block for block in lesson.reflection_prompts() if block.id == prompt_block_id), None
    )
    if prompt is None:
        raise LearningError("That reflection prompt is not in this lesson. Reload the page.")
    text = text.strip()
    if not text:
        raise LearningError("Write your reflection before you save it.")
    if len(text) > REFLECTION_MAX_LENGTH:
        raise LearningError(
            f"Your reflection must be {REFLECTION_MAX_LENGTH:,} characters or fewer."
        )
    reflection, _ = Reflection.objects.update_or_create(
        learner=enrolment.learner,
        lesson=lesson,
        prompt_block_id=prompt_block_id,
        defaults={"module_id": enrolment.module_id, "prompt": prompt.value["prompt"], "text": text},
    )
    return reflection


def _own_reflection_lock(reflection: Reflection, learner) -> Reflection:
    """Lock the reflection row; only its author may decide who else reads it."""
    locked = Reflection.objects.select_for_update().filter(pk=reflection.pk).first()
    if locked is None or locked.learner_id != learner.pk:
        raise PermissionDenied("Only the author of a reflection can share it.")
    return locked


def _mentor_find(*, learner, email: str):
    """The registered Academy user the learner named, or a ValidationError saying what to do."""
    email = email.strip()
    if not email:
        raise ValidationError({"mentor_email": "Enter your mentor’s e-mail address."})
    mentor = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if mentor is not None and mentor.pk == learner.pk:
        raise ValidationError(
            {
                "mentor_email": "That is your own e-mail address. "
                "Enter the e-mail address of the mentor you want to share with."
            }
        )
    if mentor is None:
        raise ValidationError(
            {
                "mentor_email": "No Academy account uses that address. "
                "Ask your mentor to sign up first, then share your reflection again."
            }
        )
    return mentor


def _reflection_shared_email_send(*, reflection: Reflection, mentor) -> None:
    """Tell a mentor a learner has shared a reflection with them, with the link to read it."""
    context = {
        "mentor": mentor,
        "learner": reflection.learner,
        "reflection": reflection,
        "module": reflection.module,
        "url": site_url(reverse("learning:reflection", args=[reflection.pk])),
        "shared_url": site_url(reverse("learning:reflections_shared")),
        "organisation": settings.ACADEMY_ORGANISATION,
    }
    EmailMessage(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}"
        f"{reflection.learner.display_name} shared a reflection with you",
        body=render_to_string("learning/email/reflection_shared.txt", context),
        to=[mentor.email],
    ).send()


@transaction.atomic
def reflection_share(*, reflection: Reflection, learner, mentor_email: str) -> Reflection:
    """Let one mentor read a reflection (replacing any other), and e-mail them once it is saved.

    Bad input raises ValidationError keyed by `mentor_email`, with the message to show, and
    changes nothing. Sharing again with the same mentor changes nothing and sends nothing.
    """
    reflection = _own_reflection_lock(reflection, learner)
    mentor = _mentor_find(learner=learner, email=mentor_email)
    if reflection.shared_with_id == mentor.pk:
        return reflection
    reflection.shared_with = mentor
    reflection.save(update_fields=["shared_with"])
    transaction.on_commit(
        lambda: _reflection_shared_email_send(reflection=reflection, mentor=mentor), robust=True
    )
    return reflection


@transaction.atomic
def reflection_unshare(*, reflection: Reflection, learner) -> Reflection:
    """Make a shared reflection private again: the mentor can no longer read it."""
    reflection = _own_reflection_lock(reflection, learner)
    if reflection.shared_with_id is not None:
        reflection.shared_with = None
        reflection.save(update_fields=["shared_with"])
    return reflection
