import re

import pytest

from learning import services
from learning.models import Enrolment, LessonProgress, QuizAttempt
from tests.learning.factories import HALF_RIGHT, RIGHT, module_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolment(learner, taken):
    return services.enrolment_create(learner=learner, module=taken.module)


def submit(enrolment, taken, answers, **overrides):
    arguments = {
        "enrolment": enrolment,
        "lesson": taken.quiz,
        "quiz_block_id": taken.quiz_id,
        "answers": answers,
    } | overrides
    return services.quiz_submit(**arguments)


def test_every_answer_right_scores_full_marks_and_passes(enrolment, taken):
    attempt = submit(enrolment, taken, RIGHT)
    assert (attempt.score, attempt.max_score, attempt.percent, attempt.passed) == (2, 2, 100, True)
    assert attempt.answers == {"0": [1], "1": [0, 2]}


def test_a_multiple_choice_question_needs_exactly_the_right_options(enrolment, taken):
    attempt = submit(enrolment, taken, HALF_RIGHT)
    assert (attempt.score, attempt.percent, attempt.passed) == (1, 50, False)
    too_many = submit(enrolment, taken, {"0": ["1"], "1": ["0", "1", "2"]})
    assert (too_many.score, too_many.passed) == (1, False)


def test_the_pass_mark_is_the_modules(learner):
    taken = module_build(pass_mark=50)
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    assert submit(enrolment, taken, HALF_RIGHT).passed


def test_every_attempt_is_kept_and_retries_are_allowed(enrolment, taken):
    submit(enrolment, taken, HALF_RIGHT)
    submit(enrolment, taken, {"0": ["0"], "1": ["1"]})
    submit(enrolment, taken, RIGHT)

    attempts = QuizAttempt.objects.filter(enrolment=enrolment).order_by("pk")
    assert [attempt.percent for attempt in attempts] == [50, 0, 100]
    assert [attempt.passed for attempt in attempts] == [False, False, True]
    assert not LessonProgress.objects.filter(lesson=taken.quiz).count() > 1


TAMPERED = [
    pytest.param({"0": ["1"]}, "Answer question 2", id="missing-question"),
    pytest.param({"0": [], "1": ["0"]}, "Answer question 1", id="empty-answer"),
    pytest.param({"0": ["1"], "1": ["0"], "2": ["0"]}, "no such question", id="extra-question"),
    pytest.param({"0": ["3"], "1": ["0"]}, "no such answer", id="option-out-of-range"),
    pytest.param({"0": ["-1"], "1": ["0"]}, "no such answer", id="negative-option"),
    pytest.param({"0": ["B"], "1": ["0"]}, "no such answer", id="not-a-number"),
    pytest.param({"0": ["²"], "1": ["0"]}, "no such answer", id="superscript-digit"),
    pytest.param({"0": ["٠"], "1": ["0"]}, "no such answer", id="arabic-indic-digit"),
    pytest.param({"²": ["1"], "1": ["0"]}, "no such question", id="superscript-question"),
    pytest.param({"0": ["0", "1"], "1": ["0"]}, "Choose only one", id="two-answers-to-one"),
    pytest.param({"0": ["1"], "1": ["0", "0"]}, "same answer twice", id="repeated-option"),
    pytest.param({"x": ["1"], "1": ["0"]}, "no such question", id="unknown-key"),
]


@pytest.mark.parametrize(("answers", "message"), TAMPERED)
def test_a_tampered_or_incomplete_submission_is_refused_and_nothing_is_stored(
    enrolment, taken, answers, message
):
    with pytest.raises(services.QuizSubmissionInvalid, match=message):
        submit(enrolment, taken, answers)
    assert not QuizAttempt.objects.exists()


def test_an_unknown_quiz_is_refused(enrolment, taken):
    with pytest.raises(services.QuizSubmissionInvalid, match="not in this lesson"):
        submit(enrolment, taken, RIGHT, quiz_block_id="not-a-block")
    assert not QuizAttempt.objects.exists()


def test_a_quiz_from_another_lesson_is_refused(enrolment, taken):
    with pytest.raises(services.QuizSubmissionInvalid, match="not in this lesson"):
        submit(enrolment, taken, RIGHT, lesson=taken.reading)
    assert not QuizAttempt.objects.exists()


def test_a_quiz_in_another_module_is_refused(enrolment, taken):
    other = module_build()
    with pytest.raises(services.LearningError, match="not part of this module"):
        submit(enrolment, taken, RIGHT, lesson=other.quiz, quiz_block_id=other.quiz_id)
    assert not QuizAttempt.objects.exists()


def test_a_learner_who_left_cannot_submit(enrolment, taken):
    services.enrolment_withdraw(enrolment=enrolment)
    with pytest.raises(services.LearningError, match="Enrol on this module again"):
        submit(enrolment, taken, RIGHT)
    assert not QuizAttempt.objects.exists()


def open_attempt_id(client, taken) -> str:
    """The attempt the lesson page drew its questions for, as the form carries it."""
    page = client.get(taken.quiz.url).content.decode()
    return re.search(r'name="attempt" value="(\d+)"', page).group(1)


def post_quiz(client, taken, data):
    data = {"attempt": open_attempt_id(client, taken)} | data
    return client.post(f"/learn/lessons/{taken.quiz.pk}/quiz/", data, follow=True)


def test_a_failed_attempt_says_which_questions_were_wrong_but_shows_no_right_answer(
    client, learner, taken
):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)

    before = client.get(taken.quiz.url).content.decode()
    assert 'name="question-1" type="checkbox" value="2"' in before
    assert "Right answer" not in before
    assert "correct" not in before.lower()

    response = post_quiz(
        client, taken, {"quiz": taken.quiz_id, "question-0": "0", "question-1": ["0", "2"]}
    )
    after = response.content.decode()
    assert "You scored 50%. You need 80% to pass." in after
    assert "Not passed yet" in after
    assert "You got 1 of 2 right (50%)." in after
    assert after.count("Not right") == 1
    assert "Your answer: A" in after
    assert "Right answer" not in after
    assert "academy-quiz__option--correct" not in after
    assert "Because of which is right." not in after
    assert "The right answers are shown once you pass." in after
    assert "Try again" in after

    passed = post_quiz(
        client, taken, {"quiz": taken.quiz_id, "question-0": "1", "question-1": ["0", "2"]}
    ).content.decode()
    assert "You passed: 2 of 2 (100%)." in passed
    assert passed.count("Right answer") == 3
    assert "Because of which is right." in passed
    assert "Submit answers" not in passed


def test_a_tampered_post_shows_a_clear_message_and_stores_nothing(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)

    response = post_quiz(
        client, taken, {"quiz": taken.quiz_id, "question-0": "7", "question-1": "0"}
    )

    assert "Question 1 has no such answer. Reload the page and try again." in (
        response.content.decode()
    )
    assert not QuizAttempt.objects.filter(submitted_at__isnull=False).exists()
    assert QuizAttempt.objects.get().answers == {}


def test_a_post_without_the_attempt_it_was_drawn_for_is_refused(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)

    response = client.post(
        f"/learn/lessons/{taken.quiz.pk}/quiz/",
        {"quiz": taken.quiz_id, "question-0": "1", "question-1": ["0", "2"]},
        follow=True,
    )

    assert "Reload the page and answer the quiz again." in response.content.decode()
    assert not QuizAttempt.objects.filter(submitted_at__isnull=False).exists()


def test_a_learner_who_is_not_enrolled_gets_404_and_nothing_is_stored(client, learner, taken):
    client.force_login(learner)
    response = client.post(
        f"/learn/lessons/{taken.quiz.pk}/quiz/",
        {"quiz": taken.quiz_id, "attempt": "1", "question-0": "1"},
    )
    assert response.status_code == 404
    assert not QuizAttempt.objects.exists()
    assert not Enrolment.objects.exists()
