"""What makes a lesson publishable, in one place for the editor, module approval and the demo files."""

import re
from collections.abc import Iterable, Mapping, Sequence
from html import unescape

FEEDBACK_SCORE = "score"
FEEDBACK_WRONG = "wrong"
FEEDBACK_EXPLAIN = "explain"
FEEDBACK_CHOICES = [
    (FEEDBACK_SCORE, "Only the score"),
    (FEEDBACK_WRONG, "The score and which questions were wrong"),
    (FEEDBACK_EXPLAIN, "The score, which questions were wrong and their explanations"),
]


def question_problem(*, kind: str, options: Sequence[Mapping]) -> str | None:
    """Why a learner could not answer this question fairly, or None when it is sound."""
    if len(options) < 2:
        return "A question needs at least 2 options."
    if any(not str(option["text"] or "").strip() for option in options):
        return "Every option needs some text. Write it, or remove the option."
    correct = sum(1 for option in options if option["correct"])
    if correct == 0:
        return "Mark at least one option as correct."
    if kind == "single" and correct > 1:
        return (
            "A ‘choose one’ question can have only one correct option. Mark one, or change the "
            "question to ‘choose all that apply’."
        )
    return None


def callout_problem(*, text) -> str | None:
    """A callout with nothing to read is a box of white space on the learner's screen."""
    source = str(getattr(text, "source", text) or "")
    if not unescape(re.sub(r"<[^>]*>", "", source)).replace("\xa0", " ").strip():
        return "Write the callout’s text, or remove the callout."
    return None


def quiz_settings_problem(*, questions: int, questions_per_attempt: int | None) -> str | None:
    if questions_per_attempt and questions_per_attempt > questions:
        return (
            f"The quiz has {questions} question{'s' if questions != 1 else ''}, so it cannot ask "
            f"{questions_per_attempt} in each attempt. Add questions or lower the number."
        )
    return None


def _quiz_problems(quiz: Mapping) -> Iterable[tuple[str, str]]:
    """(where in the quiz, what is wrong) for each problem."""
    questions = list(quiz["questions"])
    if not questions:
        yield "", "A quiz needs at least 1 question."
    problem = quiz_settings_problem(
        questions=len(questions), questions_per_attempt=quiz.get("questions_per_attempt")
    )
    if problem:
        yield "", problem
    for number, question in enumerate(questions, start=1):
        if not str(question["question"] or "").strip():
            yield f", question {number}", "Write the question."
        options = [{"text": o["text"], "correct": o["correct"]} for o in question["options"]]
        problem = question_problem(kind=question["kind"], options=options)
        if problem:
            yield f", question {number}", problem


def lesson_body_problems(*, body) -> list[str]:
    """Everything in a lesson's blocks that would stop it being published, in the author's words."""
    problems = []
    for number, block in enumerate(body, start=1):
        if block.block_type == "callout":
            problem = callout_problem(text=block.value["text"])
            if problem:
                problems.append(f"Callout (block {number}): {problem}")
        elif block.block_type == "quiz":
            title = block.value["title"] or "Quiz"
            problems += [
                f"Quiz ‘{title}’ (block {number}){where}: {problem}"
                for where, problem in _quiz_problems(block.value)
            ]
    return problems
