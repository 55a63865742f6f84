"""Council officers keep the impact matrix's indicators and the questionnaires in the Wagtail
admin; nobody else can."""

import pytest
from django.urls import reverse

from courses.services import provider_permissions_setup
from evaluation.models import Indicator, Questionnaire
from tests.factories import ModulePageFactory, ProviderPageFactory, UserFactory, totp_enable
from tests.pathways.factories import PathwayPageFactory, stage

pytestmark = pytest.mark.django_db

INDICATOR = {
    "name": "Confidence in managing behaviour",
    "slug": "confidence-behaviour",
    "theme": "Work readiness",
    "group": "teachers",
    "source": "survey",
    "platform_figure": "",
    "measure": "confidence",
    "baseline": "",
    "target": "4.2",
    "baseline_note": "",
    "order": "0",
}


def test_an_officer_adds_an_indicator_with_its_baseline_and_target(client, council_officer):
    client.force_login(council_officer)
    url = reverse("wagtailsnippets_evaluation_indicator:add")
    assert client.get(url).status_code == 200
    response = client.post(url, INDICATOR)
    assert response.status_code == 302
    indicator = Indicator.objects.get()
    assert (indicator.group, indicator.measure, str(indicator.target)) == (
        "teachers",
        "confidence",
        "4.20",
    )


def test_an_indicator_with_two_sources_is_refused_with_a_message(client, council_officer):
    client.force_login(council_officer)
    response = client.post(
        reverse("wagtailsnippets_evaluation_indicator:add"),
        {**INDICATOR, "platform_figure": "completions"},
    )
    assert response.status_code == 200
    assert "Leave this empty: the indicator follows a questionnaire." in response.content.decode()
    assert not Indicator.objects.exists()


def test_an_officer_attaches_a_questionnaire_and_its_questions_to_a_module(client, council_officer):
    module = ModulePageFactory(title="Behaviour")
    pathway = PathwayPageFactory(title="Early career", stages=[stage(required=[module])])
    client.force_login(council_officer)
    url = reverse("wagtailsnippets_evaluation_questionnaire:add")
    page = client.get(url).content.decode()
    assert "Behaviour" in page
    assert "Early career" in page
    response = client.post(
        url,
        {
            "title": "Before you start",
            "slug": "before-behaviour",
            "introduction": "",
            "timing": "before",
            "pages": [module.pk, pathway.pk],
            "active": "on",
            "questions-TOTAL_FORMS": "1",
            "questions-INITIAL_FORMS": "0",
            "questions-MIN_NUM_FORMS": "1",
            "questions-MAX_NUM_FORMS": "1000",
            "questions-0-text": "How confident are you managing behaviour?",
            "questions-0-measure": "confidence",
            "questions-0-low_label": "Not at all",
            "questions-0-high_label": "Very",
            "questions-0-order": "1",
            "questions-0-id": "",
            "questions-0-ORDER": "1",
            "questions-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    questionnaire = Questionnaire.objects.get()
    assert set(questionnaire.pages.values_list("pk", flat=True)) == {module.pk, pathway.pk}
    assert list(questionnaire.questions.values_list("text", "measure")) == [
        ("How confident are you managing behaviour?", "confidence")
    ]


def test_only_modules_and_pathways_can_be_chosen(client, council_officer):
    provider = ProviderPageFactory(title="North Alliance")
    client.force_login(council_officer)
    form = client.get(reverse("wagtailsnippets_evaluation_questionnaire:add")).context["form"]
    assert provider.pk not in {page.pk for page in form.fields["pages"].queryset}


@pytest.mark.parametrize("route", ["indicator", "questionnaire"])
def test_a_provider_lead_cannot_edit_the_matrix(client, route):
    lead = totp_enable(UserFactory(email="lead@example.org"))
    lead.groups.add(provider_permissions_setup(provider=ProviderPageFactory()))
    client.force_login(lead)
    response = client.get(reverse(f"wagtailsnippets_evaluation_{route}:add"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert not Indicator.objects.exists()
