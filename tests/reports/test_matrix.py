"""The social impact matrix: baselines, latest values and change, by group, small ones withheld."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.models import JobRole
from evaluation.models import Indicator, Question, Questionnaire
from evaluation.services import response_record
from reports.selectors.matrix import impact_matrix
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def confidence(county):
    before = Questionnaire.objects.create(slug="b", title="Before", timing="before")
    after = Questionnaire.objects.create(slug="a", title="After", timing="after")
    for questionnaire in (before, after):
        questionnaire.pages.add(county["behaviour"])
        Question.objects.create(
            questionnaire=questionnaire, text="Confident?", measure="confidence"
        )
    Indicator.objects.create(
        slug="c",
        name="Confidence",
        theme="Work readiness",
        group="new_teachers",
        source="survey",
        measure="confidence",
        target=4,
    )
    Indicator.objects.create(
        slug="h",
        name="CPD hours",
        theme="Work readiness",
        group="everyone",
        source="platform",
        platform_figure="cpd_hours",
        baseline=5,
        target=20,
    )
    return before, after


def answer(person, questionnaire, page, value):
    question = questionnaire.questions.get()
    response_record(
        person=person,
        questionnaire=questionnaire,
        page=page,
        answers={question.pk: value},
        consent=True,
    )


def test_the_matrix_shows_the_change_from_before_to_after(confidence, county, council_officer):
    before, after = confidence
    for value_before, value_after in [(2, 4), (2, 3), (3, 4), (1, 4), (2, 5)]:
        person = UserFactory(job_role=JobRole.EARLY_CAREER)
        answer(person, before, county["behaviour"], value_before)
        answer(person, after, county["behaviour"], value_after)
    groups = dict(impact_matrix(user=council_officer))
    row = groups["Trainee and early-career teachers"][0]
    assert (row.baseline, row.latest, row.change, row.target) == ("2", "4", "+2", "4")
    hours = groups["Everyone"][0]
    assert hours.baseline == "5"


def test_means_of_fewer_than_5_people_are_withheld(confidence, county, council_officer, client):
    before, after = confidence
    for value in (2, 3):
        person = UserFactory(job_role=JobRole.EARLY_CAREER)
        answer(person, before, county["behaviour"], value)
    client.force_login(council_officer)
    page = client.get(reverse("reports:impact_matrix")).content.decode()
    assert "fewer than 5 answered" in page
    assert "2.5" not in page


def test_answers_need_consent_and_are_never_stored_without_it(confidence, county):
    before, _ = confidence
    person = UserFactory()
    question = before.questions.get()
    with pytest.raises(ValidationError):
        response_record(
            person=person,
            questionnaire=before,
            page=county["behaviour"],
            answers={question.pk: 3},
            consent=False,
        )
    assert not before.responses.exists()


def test_only_council_officers_see_the_matrix(client, county, learner):
    client.force_login(learner)
    assert client.get(reverse("reports:impact_matrix")).status_code == 404
