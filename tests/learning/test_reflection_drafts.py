"""The draft-save endpoint the lesson page's script calls while a learner types a reflection."""

import re

import pytest

from learning import services
from learning.models import Enrolment, LessonProgress, Reflection
from tests.learning.factories import REFLECTION_TEXT

pytestmark = pytest.mark.django_db


def draft_url(taken) -> str:
    return f"/learn/lessons/{taken.reading.pk}/reflection/draft/"


@pytest.fixture
def enrolled(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)
    return client


def test_it_saves_the_text_and_says_when(enrolled, learner, taken):
    response = enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": REFLECTION_TEXT})

    assert response.status_code == 200
    body = response.json()
    reflection = Reflection.objects.get(learner=learner)
    assert reflection.text == REFLECTION_TEXT
    assert body["saved"] is True
    assert body["reflection"] == reflection.pk
    assert body["message"] == f"Saved at {body['saved_at']}."
    assert re.fullmatch(r"\d\d:\d\d", body["saved_at"])


def test_saving_the_same_text_twice_changes_nothing(enrolled, learner, taken):
    enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": REFLECTION_TEXT})
    first = Reflection.objects.get()

    again = enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": REFLECTION_TEXT})

    assert again.status_code == 200
    assert again.json()["reflection"] == first.pk
    assert Reflection.objects.count() == 1
    assert Reflection.objects.get().updated_at == first.updated_at


def test_later_text_replaces_earlier_text_in_the_one_reflection(enrolled, taken):
    enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": "I rushed"})
    enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": REFLECTION_TEXT})

    assert list(Reflection.objects.values_list("text", flat=True)) == [REFLECTION_TEXT]


def test_it_never_completes_the_lesson(enrolled, taken):
    enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": REFLECTION_TEXT})
    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize(
    ("prompt", "text", "message"),
    [
        (
            "not-a-prompt",
            "Some text",
            "Not saved. That reflection prompt is not in this lesson. Reload the page.",
        ),
        (None, "   ", "Not saved. Write your reflection before you save it."),
        (None, "x" * 10_001, "Not saved. Your reflection must be 10,000 characters or fewer."),
    ],
)
def test_text_it_cannot_save_gets_a_400_with_the_reason(enrolled, taken, prompt, text, message):
    response = enrolled.post(draft_url(taken), {"prompt": prompt or taken.prompt_id, "text": text})

    assert response.status_code == 400
    assert response.json()["saved"] is False
    assert response.json()["message"] == message
    assert not Reflection.objects.exists()


def test_it_writes_only_the_learners_own_reflection(client, learner, other_learner, taken):
    own = services.reflection_save(
        enrolment=services.enrolment_create(learner=learner, module=taken.module),
        lesson=taken.reading,
        prompt_block_id=taken.prompt_id,
        text=REFLECTION_TEXT,
    )
    services.enrolment_create(learner=other_learner, module=taken.module)
    client.force_login(other_learner)

    client.post(draft_url(taken), {"prompt": taken.prompt_id, "text": "Someone else's words."})

    own.refresh_from_db()
    assert own.text == REFLECTION_TEXT
    assert Reflection.objects.get(learner=other_learner).text == "Someone else's words."


def test_a_learner_not_enrolled_gets_404_and_nothing_is_saved(client, other_learner, taken):
    client.force_login(other_learner)
    response = client.post(draft_url(taken), {"prompt": taken.prompt_id, "text": "Hello"})
    assert response.status_code == 404
    assert not Reflection.objects.exists()


def test_a_learner_who_left_the_module_is_told_to_enrol_again(enrolled, learner, taken):
    Enrolment.objects.filter(learner=learner).update(status=Enrolment.Status.WITHDRAWN)
    response = enrolled.post(draft_url(taken), {"prompt": taken.prompt_id, "text": "Hello"})
    assert response.status_code == 400
    assert "Enrol on this module again" in response.json()["message"]


def test_someone_signed_out_gets_json_saying_so(client, taken):
    response = client.post(draft_url(taken), {"prompt": taken.prompt_id, "text": "Hello"})
    assert response.status_code == 403
    assert response.json()["saved"] is False
    assert "signed out" in response.json()["message"]
    assert not Reflection.objects.exists()


def test_it_answers_only_post(enrolled, taken):
    assert enrolled.get(draft_url(taken)).status_code == 405


def test_it_refuses_a_post_without_the_forms_csrf_token(learner, taken):
    from django.test import Client

    services.enrolment_create(learner=learner, module=taken.module)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    response = strict.post(draft_url(taken), {"prompt": taken.prompt_id, "text": "Hello"})
    assert response.status_code == 403
    assert not Reflection.objects.exists()
