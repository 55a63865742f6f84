"""Quiz figures for provider leads: pass rates per module and the questions most often missed."""

from dataclasses import dataclass

from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Cast, Concat

from courses.models import LessonPage
from learning.models import QuizAttempt
from learning.services.progress import quiz_score

from .figures import _rate
from .scope import Scope


def _attempts(scope: Scope):
    records = QuizAttempt.objects.filter(
        enrolment__module_id__in=scope.module_ids,
        submitted_at__gte=scope.period.start,
        submitted_at__lt=scope.period.end,
    )
    if scope.school is not None:
        records = records.filter(enrolment__learner__school=scope.school)
    return records.order_by()


def quiz_pass_rate(scope: Scope, by: str | None = "module"):
    """Of the (learner, quiz) pairs with a submission in the period, the share passed: counted
    in the database, one query whatever the number of attempts."""
    pair = Concat(Cast("enrolment_id", CharField()), Value(":"), "quiz_block_id")
    aggregates = {
        "tried": Count(pair, distinct=True),
        "passed": Count(pair, distinct=True, filter=Q(passed=True)),
    }
    if by is None:
        result = _attempts(scope).aggregate(**aggregates)
        return _rate(result["passed"], result["tried"])
    rows = _attempts(scope).values("enrolment__module_id").annotate(**aggregates)
    return {row["enrolment__module_id"]: _rate(row["passed"], row["tried"]) for row in rows}


@dataclass
class MissedQuestion:
    lesson: str
    question: str
    answers: int
    wrong: int

    @property
    def missed_rate(self) -> int:
        return _rate(self.wrong, self.answers) or 0


def questions_most_missed(scope: Scope, limit: int = 10) -> list[MissedQuestion]:
    """The questions answered wrongly most often (by share, then number), across the scope's
    quizzes; each attempt is scored again against the quiz as it stands. Attempts with the
    same answers to the same quiz are counted together in the database and scored once."""
    attempts = list(
        _attempts(scope)
        .values("lesson_id", "quiz_block_id", "answers")
        .annotate(n=Count("id"))
        .values_list("lesson_id", "quiz_block_id", "answers", "n")
    )
    lessons = LessonPage.objects.in_bulk({lesson_id for lesson_id, _, _, _ in attempts})
    quizzes = {
        (lesson.pk, block.id): (lesson.title, block.value)
        for lesson in lessons.values()
        for block in lesson.quizzes()
    }
    tally: dict[tuple, MissedQuestion] = {}
    for lesson_id, block_id, answers, n in attempts:
        quiz = quizzes.get((lesson_id, block_id))
        if quiz is None:
            continue
        title, value = quiz
        questions = list(value["questions"])
        chosen = {int(index): choices for index, choices in answers.items()}
        chosen = {index: c for index, c in chosen.items() if index < len(questions)}
        for index, right in zip(chosen, quiz_score(quiz_value=value, answers=chosen), strict=True):
            row = tally.setdefault(
                (lesson_id, block_id, index),
                MissedQuestion(title, questions[index]["question"], 0, 0),
            )
            row.answers += n
            row.wrong += n * (not right)
    missed = [row for row in tally.values() if row.wrong]
    return sorted(missed, key=lambda row: (-row.missed_rate, -row.wrong, row.question))[:limit]
