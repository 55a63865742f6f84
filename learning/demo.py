"""Demo learner records: the teacher mid-way and done, the governor near renewal. Idempotent."""

from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from accounts.models import User
from courses.models import LessonPage, ModulePage

from . import services
from .models import Enrolment, QuizAttempt, Reflection

# email, module slug, lessons to finish ("all" completes it), completed how long ago
PLAN = [
    ("teacher@academy.example", "itt-adaptive-teaching", "all", relativedelta(months=14)),
    (
        "teacher@academy.example",
        "ect-behaviour-restorative-approaches",
        "all",
        relativedelta(months=2),
    ),
    ("teacher@academy.example", "ect-assessment-and-feedback", 2, None),
    ("teacher@academy.example", "cpd-coaching-and-mentoring", 1, None),
    ("teacher@academy.example", "cpd-mindfulness-staff-wellbeing", 0, None),
    ("governor@academy.example", "gov-induction", "all", relativedelta(months=5)),
    # Completed long enough ago that its certificate expires within weeks.
    ("governor@academy.example", "gov-safeguarding", "all", "near-expiry"),
    ("support@academy.example", "ss-effective-teaching-assistants", 1, None),
    ("trainee@academy.example", "itt-primary-maths-subject-knowledge", 1, None),
]

REFLECTIONS = {
    "ect-behaviour-restorative-approaches": (
        "I used a restorative conversation after a fall-out at lunch. Asking 'who has been "
        "affected?' slowed both pupils down; next time I will hold it somewhere quieter."
    ),
    "ect-assessment-and-feedback": (
        "My written comments were too long for Year 8 to act on. I am trying one question per "
        "book and five minutes of response time at the start of the next lesson."
    ),
    "itt-primary-maths-subject-knowledge": (
        "Using the bar model for fractions showed me two pupils thought a bigger denominator "
        "meant a bigger fraction. I want to talk through how to address that with my mentor."
    ),
}
# The trainee shares this module's reflection with their school-based mentor, the teacher.
SHARED_WITH_MENTOR = ("itt-primary-maths-subject-knowledge", "teacher@academy.example")


def _completed_at(how_long_ago, module: ModulePage) -> datetime:
    now = timezone.now()
    if how_long_ago == "near-expiry":
        months = module.validity_months or 24
        return now - relativedelta(months=months) + timedelta(days=21)
    return now - how_long_ago


def _right_answers(block) -> dict[str, list[str]]:
    return {
        str(index): [str(i) for i, option in enumerate(question["options"]) if option["correct"]]
        for index, question in enumerate(block.value["questions"])
    }


def _work_through(enrolment: Enrolment, lessons: list[LessonPage], when: datetime | None) -> None:
    for lesson in lessons:
        for block in lesson.quizzes():
            already = QuizAttempt.objects.filter(
                enrolment=enrolment, quiz_block_id=block.id, cycle=enrolment.cycle, passed=True
            ).exists()
            if not already:
                services.quiz_submit(
                    enrolment=enrolment,
                    lesson=lesson,
                    quiz_block_id=block.id,
                    answers=_right_answers(block),
                    submitted_at=when,
                )
        services.lesson_complete(enrolment=enrolment, lesson=lesson, completed_at=when)


def _reflect(enrolment: Enrolment, lessons: list[LessonPage], text: str) -> bool:
    for lesson in lessons:
        prompts = lesson.reflection_prompts()
        if prompts:
            services.reflection_save(
                enrolment=enrolment, lesson=lesson, prompt_block_id=prompts[0].id, text=text
            )
            return True
    return False


def seed(log) -> dict:
    enrolments = completions = reflections = 0
    for email, slug, lessons_to_finish, how_long_ago in PLAN:
        learner = User.objects.filter(email=email).first()
        module = ModulePage.objects.live().filter(slug=slug).first()
        if learner is None or module is None:
            log(f"  learning: skipped {slug} for {email} (not there yet)")
            continue
        lessons = list(module.lessons())
        enrolment = services.enrolment_create(learner=learner, module=module)
        enrolments += 1
        if lessons_to_finish == "all":
            when = _completed_at(how_long_ago, module)
            if not enrolment.completions.exists():
                _work_through(enrolment, lessons, when)
            completions += 1
        else:
            # Always leave at least one lesson to do, however short the module.
            _work_through(enrolment, lessons[: min(lessons_to_finish, len(lessons) - 1)], None)
        if slug in REFLECTIONS and _reflect(enrolment, lessons, REFLECTIONS[slug]):
            reflections += 1
            if slug == SHARED_WITH_MENTOR[0]:
                # Set directly: the demo need not e-mail the mentor as a real share does.
                Reflection.objects.filter(learner=learner, module=module).update(
                    shared_with=User.objects.filter(email=SHARED_WITH_MENTOR[1]).first()
                )
    log(
        f"  learning: {enrolments} enrolments, {completions} completed, "
        f"{reflections} reflections for the demo learners"
    )
    return {"enrolments": enrolments, "completions": completions, "reflections": reflections}
