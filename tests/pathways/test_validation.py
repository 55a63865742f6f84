"""An editor cannot publish a pathway nobody could finish, and is told why."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pathways.models import PathwayPage
from pathways.services import pathway_editors_grant
from pathways.validation import problem_messages
from tests.factories import ModulePageFactory
from tests.pathways.factories import PathwayPageFactory, pathway_index, stage

pytestmark = pytest.mark.django_db


def problems(*stages) -> list[str]:
    page = PathwayPage(title="Check", slug="check", summary="s", stages=list(stages))
    with pytest.raises(ValidationError) as caught:
        page.full_clean(exclude=["path", "depth"])
    return problem_messages(caught.value.error_dict["stages"][0])


def test_a_good_pathway_passes(modules, masters_modules):
    taught, dissertation = masters_modules
    page = PathwayPageFactory(
        title="Good",
        slug="good",
        summary="s",
        stages=[
            stage("One", required=[modules[0]], electives=modules[1:3], rule="count", number=2),
            stage(
                "PG Cert",
                required=taught[:1],
                electives=taught[1:3],
                rule="credits",
                number=60,
                level=7,
            ),
            stage("MA", required=[dissertation], locked=True),
        ],
    )
    page.full_clean()
    assert page.live


def test_more_electives_required_than_listed(modules):
    (message,) = problems(stage("CPD", electives=modules[:2], rule="count", number=3))
    assert message == (
        "This stage lists 2 electives, so nobody can complete 3. Add electives or lower the number."
    )


def test_credits_unreachable_at_the_level(masters_modules):
    taught, _ = masters_modules
    level_six = ModulePageFactory(academic_credits=60, fheq_level=6)
    (message,) = problems(
        stage("PG Cert", electives=[taught[0], level_six], rule="credits", number=60, level=7)
    )
    assert "carry 30 credits at level 7, so nobody can reach 60" in message


def test_a_stage_with_no_modules():
    assert problems(stage("Empty")) == ["Add at least one module to this stage."]


def test_rule_numbers_must_be_given(modules):
    assert problems(stage("CPD", electives=modules[:2], rule="count")) == [
        "Enter how many electives a learner must complete."
    ]
    assert problems(stage("M", electives=modules[:1], rule="credits")) == [
        "Enter how many credits a learner needs.",
        "Choose the FHEQ level the credits must be at.",
    ]


def test_electives_without_a_rule(modules):
    assert problems(stage("CPD", required=modules[:1], electives=modules[1:2])) == [
        "Choose a rule for the electives, or remove the electives."
    ]


def test_a_module_listed_twice(modules):
    (message,) = problems(stage("One", required=modules[:1]), stage("Two", required=modules[:1]))
    assert message == "“Module A” is already in stage 1. List each module once in a pathway."


def test_prerequisite_cycle_through_a_module_outside_the_pathway(modules):
    a, b, outside = modules[:3]
    a.prerequisites.add(outside)
    a.save()
    outside.prerequisites.add(b)
    outside.save()
    b.prerequisites.add(a)
    b.save()
    (message,) = problems(stage("One", required=[a, b]))
    assert message.startswith("These modules are each other's prerequisites")
    assert "“Module A” → “Module C” → “Module B” → “Module A”" in message


def test_required_module_whose_prerequisite_comes_later(modules):
    a, b = modules[:2]
    a.prerequisites.add(b)
    a.save()
    (message,) = problems(stage("One", required=[a]), stage("Two", required=[b]))
    assert message.startswith("“Module A” needs “Module B” first, but that is in stage 2.")
    # The other way round is the right order.
    PathwayPageFactory(stages=[stage("One", required=[b]), stage("Two", required=[a])]).full_clean()


# Through the Wagtail editor, as a council officer.


def _modules_list(modules) -> dict:
    items = {
        str(i): {"value": str(m.pk), "deleted": "", "order": str(i), "id": ""}
        for i, m in enumerate(modules)
    }
    return {"count": str(len(modules)), **items}


def _edit_form(page, *, electives, number, action="action-publish") -> dict:
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "description": rich_text(""),
            "audience": "",
            "award_title": page.award_title,
            "award_description": "",
            "stages": streamfield(
                [
                    (
                        "stage",
                        {
                            "title": "CPD",
                            "description": "",
                            "required_modules": _modules_list([]),
                            "electives": _modules_list(electives),
                            "rule": "count",
                            "rule_number": str(number),
                            "rule_level": "",
                        },
                    )
                ]
            ),
            "comments": {
                "TOTAL_FORMS": "0",
                "INITIAL_FORMS": "0",
                "MIN_NUM_FORMS": "0",
                "MAX_NUM_FORMS": "1000",
            },
        }
    )
    data[action] = action
    return data


@pytest.fixture
def officer_client(client, council_officer):
    pathway_editors_grant(index=pathway_index())
    client.force_login(council_officer)
    return client


def _warnings(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


@pytest.fixture
def early_career(modules):
    """A published pathway: one stage, one of Module A or Module B."""
    return PathwayPageFactory(
        title="Early career",
        stages=[stage("CPD", electives=modules[:2], rule="count", number=1)],
    )


def test_officer_cannot_publish_an_impossible_rule(officer_client, modules, early_career):
    page = early_career
    revisions = page.revisions.count()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = officer_client.post(url, _edit_form(page, electives=modules[:2], number=3))
    assert response.status_code == 200
    content = response.content.decode()
    assert "The page could not be saved due to validation errors" in content
    assert "This stage lists 2 electives, so nobody can complete 3." in content
    page.refresh_from_db()
    assert page.stage_specs()[0].rule_number == 1
    assert not page.has_unpublished_changes
    assert page.revisions.count() == revisions


def test_officer_publishes_a_good_change(officer_client, modules, early_career):
    page = early_career
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = officer_client.post(url, _edit_form(page, electives=modules[:3], number=3))
    assert response.status_code == 302
    assert _warnings(response) == []  # every module is published
    page.refresh_from_db()
    assert page.stage_specs()[0].rule_number == 3
    assert page.live
    assert not page.has_unpublished_changes


def test_officer_cannot_save_a_new_impossible_pathway(officer_client, modules):
    index = pathway_index()
    url = reverse("wagtailadmin_pages:add", args=["pathways", "pathwaypage", index.pk])
    new = PathwayPage(title="Impossible", slug="impossible", summary="Cannot be done")
    response = officer_client.post(url, _edit_form(new, electives=modules[:1], number=2))
    assert response.status_code == 200
    assert "This stage lists 1 elective, so nobody can complete 2." in response.content.decode()
    assert not PathwayPage.objects.filter(slug="impossible").exists()


def test_officer_is_warned_of_modules_not_published_but_can_publish(
    officer_client, modules, early_career
):
    page = early_career
    modules[2].unpublish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = officer_client.post(url, _edit_form(page, electives=modules[:3], number=3))
    assert response.status_code == 302
    assert _warnings(response) == [
        "“Module C” is not published, so learners see it as “Not open yet” and cannot start it. "
        "Nobody can finish stage 1, CPD, until Module C opens."
    ]
    page.refresh_from_db()
    assert page.live
    assert page.stage_specs()[0].elective_ids == tuple(m.pk for m in modules[:3])
    # The message shows in the editor it returns to.
    assert "“Module C” is not published" in officer_client.get(response.url).content.decode()


def test_officer_is_warned_but_the_stage_is_fine_while_open_electives_suffice(
    officer_client, modules, early_career
):
    page = early_career
    modules[2].unpublish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = officer_client.post(
        url, _edit_form(page, electives=modules[:3], number=2, action="action-save")
    )
    assert response.status_code == 302
    assert _warnings(response) == [
        "“Module C” is not published, so learners see it as “Not open yet” and cannot start it."
    ]


def test_officer_creating_a_pathway_is_warned_too(officer_client, modules):
    modules[0].unpublish()
    modules[1].unpublish()
    index = pathway_index()
    url = reverse("wagtailadmin_pages:add", args=["pathways", "pathwaypage", index.pk])
    new = PathwayPage(title="New route", slug="new-route", summary="A new route")
    response = officer_client.post(url, _edit_form(new, electives=modules[:3], number=1))
    assert response.status_code == 302
    assert _warnings(response) == [
        "“Module A” and “Module B” are not published, so learners see them as “Not open yet” "
        "and cannot start them."
    ]
    assert PathwayPage.objects.get(slug="new-route").live
