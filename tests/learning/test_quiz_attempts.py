"""The provider's quiz settings: shuffled options, questions drawn from a pool, attempt limits,
waits, feedback after a failed attempt, and one stored attempt per form however often it is sent."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from learning import selectors, services
from learning.models import QuizAttempt
from tests.learning.factories import HALF_RIGHT, RIGHT

pytestmark = pytest.mark.django_db

WRONG = {"0": ["0"], "1": ["1"]}


@pytest.fixture
def enrolment(learner, taken):
    return services.enrolment_create(learner=learner, module=taken.module)


def quiz_configure(lesson, **settings):
    """Change the quiz's settings as a provider would in the editor, keeping its block id."""
    body = [dict(block) for block in lesson.body.raw_data]
    for block in body:
        if block["type"] == "quiz":
            block["value"] = {**block["value"], **settings}
    lesson.body = body
    lesson.save()
    lesson.refresh_from_db()


def start(enrolment, taken):
    return services.quiz_attempt_start(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id
    )


def submit(enrolment, taken, answers, attempt=None):
    return services.quiz_submit(
        enrolment=enrolment,
        lesson=taken.quiz,
        quiz_block_id=taken.quiz_id,
        answers=answers,
        attempt_id=(attempt or start(enrolment, taken)).pk,
    )


def form_order(page: str, quiz_id: str) -> list[str]:
    """The option ids in the order the page shows them."""
    return re.findall(rf'id="({quiz_id}-\d-\d)" name="question', page)


def test_demo_quizzes_shuffle_options_and_say_which_were_wrong_by_default(taken):
    quiz = taken.quiz.quizzes()[0].value
    assert quiz["shuffle_options"] is True
    assert quiz["feedback"] == "wrong"
    assert (quiz["attempt_limit"], quiz["questions_per_attempt"], quiz["wait_minutes"]) == (
        None,
        None,
        0,
    )


def test_each_attempt_stores_the_order_it_showed_and_a_reload_shows_the_same(
    client, learner, enrolment, taken
):
    client.force_login(learner)
    first = client.get(taken.quiz.url).content.decode()
    again = client.get(taken.quiz.url).content.decode()

    attempt = QuizAttempt.objects.get()
    assert form_order(first, taken.quiz_id) == form_order(again, taken.quiz_id)
    expected = [
        f"{taken.quiz_id}-{item['question']}-{option}"
        for item in attempt.shown
        for option in item["options"]
    ]
    assert form_order(first, taken.quiz_id) == expected
    assert [sorted(item["options"]) for item in attempt.shown] == [[0, 1, 2], [0, 1, 2]]


def test_options_are_shuffled_across_attempts(enrolment, taken):
    orders = set()
    for _ in range(12):
        attempt = start(enrolment, taken)
        orders.add(tuple(tuple(item["options"]) for item in attempt.shown))
        submit(enrolment, taken, WRONG, attempt)
    assert len(orders) > 1


def test_options_keep_their_written_order_when_shuffling_is_off(enrolment, taken):
    quiz_configure(taken.quiz, shuffle_options=False)
    for _ in range(3):
        attempt = start(enrolment, taken)
        assert [item["options"] for item in attempt.shown] == [[0, 1, 2], [0, 1, 2]]
        submit(enrolment, taken, WRONG, attempt)


def test_an_attempt_asks_only_the_questions_it_drew_from_the_pool(enrolment, taken):
    quiz_configure(taken.quiz, questions_per_attempt=1)
    attempt = start(enrolment, taken)
    [drawn] = [item["question"] for item in attempt.shown]
    other = 1 - drawn

    with pytest.raises(services.QuizSubmissionInvalid, match="no such question"):
        submit(enrolment, taken, RIGHT, attempt)
    with pytest.raises(services.QuizSubmissionInvalid, match="no such question"):
        submit(enrolment, taken, {str(other): RIGHT[str(other)]}, attempt)
    with pytest.raises(services.QuizSubmissionInvalid, match="Answer question 1"):
        submit(enrolment, taken, {}, attempt)

    scored = submit(enrolment, taken, {str(drawn): RIGHT[str(drawn)]}, attempt)
    assert (scored.score, scored.max_score, scored.passed) == (1, 1, True)


def test_both_questions_are_drawn_over_many_attempts(enrolment, taken):
    quiz_configure(taken.quiz, questions_per_attempt=1)
    drawn = set()
    for _ in range(12):
        attempt = start(enrolment, taken)
        drawn.add(attempt.shown[0]["question"])
        submit(enrolment, taken, {str(attempt.shown[0]["question"]): ["2"]}, attempt)
    assert drawn == {0, 1}


def test_once_every_allowed_attempt_is_used_no_more_can_start(client, learner, enrolment, taken):
    quiz_configure(taken.quiz, attempt_limit=2)
    submit(enrolment, taken, WRONG)
    submit(enrolment, taken, HALF_RIGHT)

    with pytest.raises(services.LearningError, match="used all your attempts"):
        start(enrolment, taken)
    client.force_login(learner)
    page = client.get(taken.quiz.url).content.decode()
    assert "You have used all your attempts at this quiz." in page
    assert "Submit answers" not in page
    assert "Right answer" not in page
    assert QuizAttempt.objects.filter(submitted_at__isnull=True).count() == 0


def test_the_right_answers_show_after_the_last_attempt_if_the_provider_chose_so(
    client, learner, enrolment, taken
):
    quiz_configure(taken.quiz, attempt_limit=1, answers_after_last_attempt=True)
    client.force_login(learner)
    assert "You have 1 attempt left." in client.get(taken.quiz.url).content.decode()
    submit(enrolment, taken, HALF_RIGHT, QuizAttempt.objects.get())

    page = client.get(taken.quiz.url).content.decode()
    assert page.count("Right answer") == 3
    assert "Because of which apply." in page


def test_a_learner_waits_between_attempts_as_the_provider_set(client, learner, enrolment, taken):
    quiz_configure(taken.quiz, wait_minutes=30)
    failed = submit(enrolment, taken, WRONG)

    with pytest.raises(services.LearningError, match="You can try this quiz again from"):
        start(enrolment, taken)
    client.force_login(learner)
    page = client.get(taken.quiz.url).content.decode()
    assert "You can try again from" in page
    assert "Submit answers" not in page

    QuizAttempt.objects.filter(pk=failed.pk).update(
        submitted_at=timezone.now() - timedelta(minutes=31)
    )
    assert start(enrolment, taken).submitted_at is None


@pytest.mark.parametrize(
    ("feedback", "says_which", "explains"),
    [("score", False, False), ("wrong", True, False), ("explain", True, True)],
)
def test_feedback_after_a_failed_attempt_is_what_the_provider_chose(
    client, learner, enrolment, taken, feedback, says_which, explains
):
    quiz_configure(taken.quiz, feedback=feedback)
    submit(enrolment, taken, HALF_RIGHT)
    client.force_login(learner)

    page = client.get(taken.quiz.url).content.decode()

    assert "You got 1 of 2 right (50%)." in page
    assert ("Not right" in page) is says_which
    assert ("Because of which apply." in page) is explains
    assert "Right answer" not in page
    assert "academy-quiz__option--correct" not in page


def test_the_same_form_sent_twice_stores_one_attempt(client, learner, enrolment, taken):
    client.force_login(learner)
    page = client.get(taken.quiz.url).content.decode()
    attempt = re.search(r'name="attempt" value="(\d+)"', page).group(1)
    data = {"quiz": taken.quiz_id, "attempt": attempt, "question-0": "0", "question-1": "1"}

    client.post(f"/learn/lessons/{taken.quiz.pk}/quiz/", data)
    again = client.post(f"/learn/lessons/{taken.quiz.pk}/quiz/", data, follow=True)

    assert "You have already sent these answers." in again.content.decode()
    assert QuizAttempt.objects.filter(submitted_at__isnull=False).count() == 1
    with pytest.raises(services.QuizAlreadySubmitted):
        submit(enrolment, taken, WRONG, QuizAttempt.objects.get(pk=attempt))


def test_an_attempt_opened_before_the_provider_changed_the_quiz_is_replaced(enrolment, taken):
    stale = start(enrolment, taken)
    body = [dict(block) for block in taken.quiz.body.raw_data]
    quiz = next(block for block in body if block["type"] == "quiz")
    quiz["value"]["questions"][0]["options"].pop()
    taken.quiz.body = body
    taken.quiz.save()
    taken.quiz.refresh_from_db()

    with pytest.raises(services.QuizSubmissionInvalid, match="changed since you opened it"):
        submit(enrolment, taken, RIGHT, stale)
    fresh = start(enrolment, taken)
    assert fresh.pk != stale.pk
    assert [len(item["options"]) for item in fresh.shown] == [2, 3]


def test_every_attempt_is_stored_with_what_it_showed(enrolment, taken):
    for answers in (WRONG, HALF_RIGHT, RIGHT):
        submit(enrolment, taken, answers)

    attempts = list(QuizAttempt.objects.order_by("pk"))
    assert [attempt.percent for attempt in attempts] == [0, 50, 100]
    assert all(len(attempt.shown) == 2 for attempt in attempts)
    state = selectors.quiz_states(enrolment=enrolment, lesson=taken.quiz)[taken.quiz_id]
    assert state.passed
    assert not state.can_start
