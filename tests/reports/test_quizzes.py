"""Quiz figures for provider leads: pass rate per module, the questions most often missed."""

import pytest
from django.utils import timezone

from learning.models import Enrolment, QuizAttempt
from reports.selectors import Period, scope_build
from reports.selectors.quizzes import questions_most_missed, quiz_pass_rate
from tests.factories import LessonPageFactory, UserFactory, quiz_block

from .conftest import at, lead_of

pytestmark = pytest.mark.django_db


def test_pass_rate_and_most_missed_questions(county):
    module = county["behaviour"]
    lesson = LessonPageFactory(
        parent=module,
        title="Routines",
        body=[
            quiz_block(
                ("Easy", [("Right", True), ("Wrong", False)], "single"),
                ("Hard", [("Right", True), ("Wrong", False)], "single"),
            )
        ],
    )
    block_id = lesson.quizzes()[0].id
    people = [UserFactory() for _ in range(3)]
    # First person: fails (hard wrong), then passes. Second: passes. Third: fails twice.
    answers = [
        (people[0], {"0": [0], "1": [1]}, False),
        (people[0], {"0": [0], "1": [0]}, True),
        (people[1], {"0": [0], "1": [0]}, True),
        (people[2], {"0": [1], "1": [1]}, False),
        (people[2], {"0": [0], "1": [1]}, False),
    ]
    for person, chosen, passed in answers:
        enrolment, _ = Enrolment.objects.get_or_create(learner=person, module=module)
        QuizAttempt.objects.create(
            enrolment=enrolment,
            lesson=lesson,
            quiz_block_id=block_id,
            answers=chosen,
            passed=passed,
            started_at=at("2025-10-01"),
            submitted_at=at("2025-10-01") + timezone.timedelta(minutes=len(chosen)),
        )
    lead = lead_of(county["north"], "lead@north.example")
    scope = scope_build(user=lead, period=Period.academic_year(2025))
    assert quiz_pass_rate(scope) == {module.pk: 67}  # 2 of 3 people passed
    assert quiz_pass_rate(scope, None) == 67
    missed = questions_most_missed(scope)
    assert [(q.question, q.answers, q.wrong, q.missed_rate) for q in missed] == [
        ("Hard", 5, 3, 60),
        ("Easy", 5, 1, 20),
    ]
