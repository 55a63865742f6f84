"""A lesson that would confuse or mislead a learner cannot be submitted, approved or published:
a question needs two or more options and a correct answer, a callout needs text."""

import pytest
from django.urls import reverse
from wagtail.blocks import StreamValue, StructBlockValidationError
from wagtail.models import WorkflowState

from courses.blocks import CalloutBlock, LessonStreamBlock, QuestionBlock, QuizBlock
from courses.models import LessonPage
from courses.validation import lesson_body_problems
from tests.courses.admin_forms import lesson_form, module_form, submit, workflow_action
from tests.factories import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db

ONE_OPTION = (("What happened?", True),)


def question(options, kind="single"):
    block = QuestionBlock()
    return block.to_python(
        {
            "question": "Which question comes first?",
            "kind": kind,
            "options": [{"text": text, "correct": right} for text, right in options],
            "explanation": "Start with the facts.",
        }
    )


def field_errors(error: StructBlockValidationError) -> dict[str, str]:
    return {name: " ".join(e.messages) for name, e in error.block_errors.items()}


@pytest.mark.parametrize(
    ("options", "kind", "message"),
    [
        pytest.param(ONE_OPTION, "single", "A question needs at least 2 options.", id="one"),
        pytest.param((("A", False), ("B", False)), "single", "Mark at least one", id="none right"),
        pytest.param((("A", True), ("B", True)), "single", "only one correct", id="two right"),
    ],
)
def test_a_question_that_cannot_be_answered_fairly_names_its_options_field(options, kind, message):
    with pytest.raises(StructBlockValidationError) as error:
        QuestionBlock().clean(question(options, kind))
    assert message in field_errors(error.value)["options"]


def test_a_sound_question_is_accepted():
    value = QuestionBlock().clean(question((("A", True), ("B", True), ("C", False)), "multiple"))
    assert len(value["options"]) == 3


def test_a_callout_with_no_text_is_refused():
    block = CalloutBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"kind": "info", "title": "Note", "text": "<p> &nbsp;</p>"}))
    assert field_errors(error.value)["text"] == "Write the callout’s text, or remove the callout."


def test_a_quiz_cannot_ask_more_questions_than_it_has():
    block = QuizBlock()
    value = block.to_python(
        {
            "title": "Quiz",
            "questions": [question((("A", True), ("B", False)))],
            "questions_per_attempt": 3,
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "cannot ask 3 in each attempt" in field_errors(error.value)["questions_per_attempt"]


def test_a_draft_may_be_unfinished_but_its_problems_are_listed():
    stream = LessonStreamBlock()
    body = StreamValue(
        stream,
        [
            ("callout", {"kind": "info", "title": "", "text": "<p></p>"}),
            ("quiz", {"title": "Check", "questions": [question(ONE_OPTION)]}),
        ],
    )
    stream.clean_deferred(body)
    assert lesson_body_problems(body=body) == [
        "Callout (block 1): Write the callout’s text, or remove the callout.",
        "Quiz ‘Check’ (block 2), question 1: A question needs at least 2 options.",
    ]


def _add_lesson(client, module, **form):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]),
        lesson_form(**form),
    )


def test_a_lesson_with_a_one_option_question_cannot_be_submitted(client, alliance, workflow):
    client.force_login(alliance.lead)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", alliance.module.pk]),
        {**lesson_form(options=ONE_OPTION), "action-submit": "Submit to Module approval"},
    )

    assert response.status_code == 200
    assert "A question needs at least 2 options." in response.content.decode()
    assert not LessonPage.objects.filter(slug="the-five-questions").exists()


def test_a_lead_cannot_submit_a_module_whose_lesson_draft_is_broken(client, alliance, workflow):
    client.force_login(alliance.lead)
    assert _add_lesson(client, alliance.module, options=ONE_OPTION).status_code == 302

    response = submit(
        client,
        reverse("wagtailadmin_pages:edit", args=[alliance.module.pk]),
        module_form(title=alliance.module.title, slug=alliance.module.slug),
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Fix these lessons before you submit the module." in page
    assert "‘The five questions’: Quiz ‘Check your understanding’ (block 2), question 1" in page
    assert not WorkflowState.objects.for_instance(alliance.module).exists()


@pytest.fixture
def submitted_then_broken(client, alliance, workflow):
    """A live module submitted with a sound new lesson, whose draft the lead then breaks."""
    module = ModulePageFactory(parent=alliance.page, title="Safeguarding refresher")
    module.save_revision().publish()
    LessonPageFactory(parent=module, title="Live lesson").save_revision().publish()
    client.force_login(alliance.lead)
    assert _add_lesson(client, module).status_code == 302
    response = submit(
        client,
        reverse("wagtailadmin_pages:edit", args=[module.pk]),
        module_form(title=module.title, slug=module.slug),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="the-five-questions")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(options=ONE_OPTION, callout=""),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    module.refresh_from_db()
    return module, lesson


def test_the_officer_preview_says_which_lesson_cannot_be_published_and_why(
    client, officer, submitted_then_broken
):
    module, lesson = submitted_then_broken
    client.force_login(officer)
    state = WorkflowState.objects.for_instance(module).get()
    preview = client.get(
        reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[module.pk, state.current_task_state.task_id],
        )
    ).content.decode()

    assert "Cannot be published" in preview
    assert "This module cannot be approved until" in preview
    assert "Callout (block 2): Write the callout’s text, or remove the callout." in preview
    assert "question 1: A question needs at least 2 options." in preview


def test_approving_a_module_with_a_broken_lesson_draft_is_refused_and_publishes_nothing(
    client, officer, submitted_then_broken
):
    module, lesson = submitted_then_broken
    client.force_login(officer)

    response = workflow_action(client, module, "approve", "Looks fine.")

    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "cannot be approved or published because some of its lessons" in page
    assert "A question needs at least 2 options." in page
    lesson.refresh_from_db()
    assert not lesson.live
    state = WorkflowState.objects.for_instance(module).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == "in_progress"
    assert workflow_action(client, module, "reject", "Fix the quiz.").status_code == 302
    assert WorkflowState.objects.for_instance(module).get().status == "needs_changes"


def test_an_officer_cannot_publish_such_a_module_straight_from_the_editor(
    client, officer, submitted_then_broken
):
    module, lesson = submitted_then_broken
    client.force_login(officer)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[module.pk]),
        {**module_form(title=module.title, slug=module.slug), "action-publish": "action-publish"},
        follow=True,
    )

    assert "cannot be approved or published" in response.content.decode()
    lesson.refresh_from_db()
    assert not lesson.live
    module.refresh_from_db()
    assert module.live_revision != module.latest_revision
