"""What the quiz and reflection block templates need from the learner's records."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def quiz_feedback(context, block_id: str, quiz_value) -> dict | None:
    """The learner's latest attempt at this quiz, question by question, once they have submitted."""
    attempt = context.get("quiz_attempts", {}).get(block_id)
    if attempt is None:
        return None
    questions = []
    for index, question in enumerate(quiz_value["questions"]):
        chosen = set(attempt.answers.get(str(index), []))
        options = [
            {"text": option["text"], "chosen": i in chosen, "correct": bool(option["correct"])}
            for i, option in enumerate(question["options"])
        ]
        questions.append(
            {
                "number": index + 1,
                "question": question["question"],
                "explanation": question["explanation"],
                "options": options,
                "right": all(option["chosen"] == option["correct"] for option in options),
            }
        )
    return {
        "attempt": attempt,
        "questions": questions,
        "attempts": context.get("quiz_attempt_counts", {}).get(block_id, 1),
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
