"""What the quiz and reflection block templates need from the learner's records."""

from django import template
from django.utils import timezone

from courses.validation import FEEDBACK_EXPLAIN, FEEDBACK_SCORE

from ..selectors import QuizState, quiz_shown, quiz_shown_fits

register = template.Library()


def _form_questions(questions: list, shown: list[dict]) -> list[dict]:
    return [
        {
            "index": item["question"],
            "number": number,
            "question": questions[item["question"]]["question"],
            "kind": questions[item["question"]]["kind"],
            "options": [
                {"index": i, "text": questions[item["question"]]["options"][i]["text"]}
                for i in item["options"]
            ],
        }
        for number, item in enumerate(shown, start=1)
    ]


def _feedback(state: QuizState, questions: list) -> dict:
    """The latest result: per question only what the quiz's settings allow before a pass."""
    attempt = state.latest
    shown = quiz_shown(attempt=attempt, quiz=state.quiz)
    per_question = []
    if state.feedback != FEEDBACK_SCORE and quiz_shown_fits(shown=shown, quiz=state.quiz):
        for number, item in enumerate(shown, start=1):
            question = questions[item["question"]]
            chosen = set(attempt.answers.get(str(item["question"]), []))
            options = [
                {
                    "text": question["options"][i]["text"],
                    "chosen": i in chosen,
                    "correct": bool(question["options"][i]["correct"]),
                }
                for i in item["options"]
            ]
            per_question.append(
                {
                    "number": number,
                    "question": question["question"],
                    "right": all(option["chosen"] == option["correct"] for option in options),
                    "chosen": [option["text"] for option in options if option["chosen"]],
                    "options": options if state.reveals_answers else [],
                    "explanation": question["explanation"]
                    if state.feedback == FEEDBACK_EXPLAIN
                    else "",
                }
            )
    return {
        "attempt": attempt,
        "attempts": len(state.submitted),
        "questions": per_question,
        "reveals_answers": state.reveals_answers,
    }


def _notice(state: QuizState) -> str:
    if state.passed:
        return ""
    if state.attempts_left == 0:
        return (
            "You have used all your attempts at this quiz. Ask the module’s provider if you "
            "need another."
        )
    if state.available_at is not None:
        at = timezone.localtime(state.available_at)
        return f"You can try again from {at:%H:%M} on {at.day} {at:%B %Y}."
    return ""


@register.simple_tag(takes_context=True)
def quiz_view(context, block_id: str, quiz_value) -> dict:
    """The quiz as this learner sees it now: the questions of their open attempt in the order it
    drew them, their latest result, and why they cannot try again yet, if they cannot."""
    questions = list(quiz_value["questions"])
    state = context.get("quiz_states", {}).get(block_id)
    if state is None:
        shown = [
            {"question": index, "options": list(range(len(question["options"])))}
            for index, question in enumerate(questions)
        ]
        return {"questions": _form_questions(questions, shown), "attempt_id": None}
    attempt = state.open_attempt if state.can_start else None
    return {
        "questions": _form_questions(questions, attempt.shown) if attempt else [],
        "attempt_id": attempt.pk if attempt else None,
        "feedback": _feedback(state, questions) if state.latest else None,
        "notice": _notice(state),
        "attempts_left": None if state.passed else state.attempts_left,
    }


@register.simple_tag(takes_context=True)
def reflection_for(context, block_id: str):
    """The learner's saved answer to this reflection prompt, if any."""
    return context.get("reflections", {}).get(block_id)


@register.simple_tag(takes_context=True)
def reflection_text_for(context, block_id: str) -> str:
    """What the reflection box holds: text the learner sent that was not saved, else the saved answer."""
    typed = context.get("reflections_typed", {}).get(block_id)
    if typed is not None:
        return typed
    reflection = context.get("reflections", {}).get(block_id)
    return reflection.text if reflection else ""
