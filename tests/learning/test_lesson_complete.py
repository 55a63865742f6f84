"""Completing a lesson with the plain form: reflection text in the same form is saved first."""

import pytest

from learning import services
from learning.models import LessonProgress, Reflection
from tests.learning.factories import REFLECTION_TEXT

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)
    return client


def complete_url(taken) -> str:
    return f"/learn/lessons/{taken.reading.pk}/complete/"


def test_the_lesson_form_carries_the_reflection_box_and_the_complete_button(enrolled, taken):
    page = enrolled.get(taken.reading.url).content.decode()

    assert f'<form method="post" action="{complete_url(taken)}" id="lesson-form">' in page
    assert "Mark as complete</button>" in page
    assert f'name="reflection-{taken.prompt_id}" form="lesson-form"' in page
    assert f'formaction="/learn/lessons/{taken.reading.pk}/reflection/"' in page


def test_completing_a_lesson_saves_its_reflection_first(enrolled, learner, taken):
    response = enrolled.post(
        complete_url(taken), {f"reflection-{taken.prompt_id}": REFLECTION_TEXT}, follow=True
    )

    assert Reflection.objects.get(learner=learner).text == REFLECTION_TEXT
    assert LessonProgress.objects.filter(lesson=taken.reading).exists()
    page = response.content.decode()
    assert "Your reflection is saved in your reflective log." in page
    assert "‘Reading the room’ is complete." in page


def test_completing_with_an_empty_box_keeps_the_saved_reflection(enrolled, learner, taken):
    enrolled.post(complete_url(taken), {f"reflection-{taken.prompt_id}": REFLECTION_TEXT})
    enrolled.post(complete_url(taken), {f"reflection-{taken.prompt_id}": "  "})

    assert Reflection.objects.get(learner=learner).text == REFLECTION_TEXT


def test_text_too_long_to_save_is_shown_again_and_the_lesson_is_not_completed(enrolled, taken):
    too_long = "Pupils " * 1500
    response = enrolled.post(complete_url(taken), {f"reflection-{taken.prompt_id}": too_long})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Your reflection must be 10,000 characters or fewer." in page
    assert too_long.strip() in page
    assert not Reflection.objects.exists()
    assert not LessonProgress.objects.exists()


def test_saving_one_reflection_also_saves_the_others_typed_on_the_lesson(enrolled, learner, taken):
    from tests.learning.factories import reflection_block

    taken.reading.body = [*taken.reading.body.raw_data, reflection_block("And the week after?")]
    taken.reading.save_revision().publish()
    first, second = (block.id for block in taken.reading.reflection_prompts())

    enrolled.post(
        f"/learn/lessons/{taken.reading.pk}/reflection/",
        {"prompt": second, f"reflection-{first}": "First box.", f"reflection-{second}": "Second."},
    )

    assert dict(Reflection.objects.values_list("prompt_block_id", "text")) == {
        first: "First box.",
        second: "Second.",
    }
    assert not LessonProgress.objects.exists()


def test_the_save_button_with_its_box_empty_says_so_and_keeps_the_other_text(enrolled, taken):
    response = enrolled.post(
        f"/learn/lessons/{taken.reading.pk}/reflection/",
        {"prompt": taken.prompt_id, f"reflection-{taken.prompt_id}": " "},
    )
    assert response.status_code == 400
    assert "Write your reflection before you save it." in response.content.decode()
