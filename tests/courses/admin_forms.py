"""Form data for the Wagtail page editor, posted as a provider lead's browser would."""

from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

SUBMIT = {"action-submit": "Submit to Module approval"}


def module_form(**overrides) -> dict:
    data = {
        "title": "Restorative approaches for lunchtime staff",
        "slug": "restorative-lunchtimes",
        "summary": "Calm lunchtimes through restorative conversations.",
        "description": rich_text("<p>For midday supervisors.</p>"),
        "learning_outcomes": "Use the five restorative questions",
        "kind": "support_staff",
        "delivery_mode": "online",
        "cpd_hours": "2",
        "academic_credits": "0",
        "pass_mark": "80",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


ANSWERS = (("What happened?", True), ("Who started it?", False))


def lesson_quiz(options=ANSWERS) -> tuple:
    return (
        "quiz",
        {
            "title": "Check your understanding",
            "questions": streamfield(
                [
                    (
                        "item",
                        {
                            "question": "Which question comes first?",
                            "kind": "single",
                            "options": streamfield(
                                [
                                    ("item", {"text": text, **({"correct": "on"} if right else {})})
                                    for text, right in options
                                ]
                            ),
                            "explanation": "Start with the facts.",
                        },
                    )
                ]
            ),
            "feedback": "wrong",
            "shuffle_options": "on",
            "questions_per_attempt": "",
            "attempt_limit": "",
            "wait_minutes": "0",
        },
    )


def lesson_form(
    *,
    title: str = "The five questions",
    slug: str = "the-five-questions",
    text: str = "What happened?",
    quiz: bool = True,
    options=ANSWERS,
    callout: str | None = None,
) -> dict:
    blocks = [("paragraph", rich_text(f"<p>{text}</p>"))]
    if callout is not None:
        blocks.append(("callout", {"kind": "info", "title": "", "text": rich_text(callout)}))
    if quiz:
        blocks.append(lesson_quiz(options))
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "estimated_minutes": "15",
            "body": streamfield(blocks),
            "comments": inline_formset([]),
        }
    )


def submit(client, url, data):
    return client.post(url, {**data, **SUBMIT})


def workflow_action(client, page, action: str, comment: str = ""):
    """Approve or reject the page's current task, as the logged-in user."""
    state = WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS)
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )
