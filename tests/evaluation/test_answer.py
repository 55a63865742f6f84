"""A learner is offered a short questionnaire on My learning, answers it with consent, once."""

import pytest
from django.urls import reverse

from evaluation.models import Question, Questionnaire, Response
from learning.models import Enrolment
from tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def before(learner):
    module = ModulePageFactory(title="Behaviour")
    Enrolment.objects.create(learner=learner, module=module)
    questionnaire = Questionnaire.objects.create(
        slug="b", title="Before you start", timing="before"
    )
    questionnaire.pages.add(module)
    Question.objects.create(
        questionnaire=questionnaire, text="How confident?", measure="confidence"
    )
    return questionnaire, module


def test_my_learning_offers_the_questionnaire_and_it_is_answered_once(client, learner, before):
    questionnaire, module = before
    client.force_login(learner)
    url = reverse("evaluation:answer", args=[questionnaire.pk, module.pk])
    assert url in client.get(reverse("learning:dashboard")).content.decode()
    question = questionnaire.questions.get()
    refused = client.post(url, {f"q{question.pk}": "4"})
    assert "Tick the box" in refused.content.decode()
    assert not Response.objects.exists()
    response = client.post(url, {f"q{question.pk}": "4", "consent": "on"})
    assert response.status_code == 302
    assert Response.objects.get().answers.get().value == 4
    assert url not in client.get(reverse("learning:dashboard")).content.decode()
    assert client.get(url).status_code == 404


def test_others_and_strangers_cannot_answer(client, other_learner, before):
    questionnaire, module = before
    client.force_login(other_learner)
    assert (
        client.get(reverse("evaluation:answer", args=[questionnaire.pk, module.pk])).status_code
        == 404
    )
