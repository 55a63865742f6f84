"""The pathway list, the map as visitors and learners see it, joining, leaving, My learning."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from pathways.models import PathwayEnrolment
from pathways.panels import my_pathways_panel
from pathways.services import pathway_join
from tests.pathways.factories import PathwayPageFactory, module_complete, module_start, stage

pytestmark = pytest.mark.django_db


@pytest.fixture
def pathway(modules, masters_modules):
    a, b, c, d = modules[:4]
    taught, dissertation = masters_modules
    return PathwayPageFactory(
        title="Senior leadership and masters",
        award_title="Academy pathway certificate: masters-level study",
        award_description="180 credits at level 7",
        stages=[
            stage("Senior leadership", required=[a], electives=[b, c], rule="count", number=1),
            stage(
                "Postgraduate Certificate",
                required=taught[:1],
                electives=taught[1:3],
                rule="credits",
                number=60,
                level=7,
            ),
            stage("Dissertation", required=[dissertation], locked=True),
        ],
    )


def test_pathways_index_url_serves_the_index_page(client, pathway):
    assert reverse("pathways:index") == "/pathways/"
    response = client.get(reverse("pathways:index"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Senior leadership and masters" in content
    assert "Academy pathway certificate: masters-level study" in content


def test_visitor_sees_the_route_and_a_join_link_to_log_in(client, pathway):
    response = client.get(pathway.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Stage 1" in content
    assert "Postgraduate Certificate" in content
    assert f'href="/account/login/?next={pathway.url}"' in content
    assert "Join this pathway" in content
    assert "You are here" not in content
    assert "Credits toward the University's awards" in content
    assert "The University, not the Academy, awards" in content


def test_learner_joins_and_sees_where_they_are(client, learner, pathway, modules):
    module_complete(learner, modules[0])
    module_start(learner, modules[1])
    client.force_login(learner)
    response = client.post(reverse("pathways:join", args=[pathway.pk]), follow=True)
    content = response.content.decode()
    assert "You have joined Senior leadership and masters" in content
    assert "You are here" in content
    assert 'aria-current="step"' in content
    assert "Continue: Module B" in content
    assert "Stage 3, Dissertation, opens when you finish stage 2." in content
    assert PathwayEnrolment.objects.filter(learner=learner, left_at__isnull=True).count() == 1


def test_the_pathway_page_links_to_a_page_that_asks_before_leaving(
    client, learner, pathway, modules
):
    module_complete(learner, modules[0])
    pathway_join(learner=learner, pathway=pathway)
    client.force_login(learner)
    leave_url = reverse("pathways:leave", args=[pathway.pk])
    assert f'<a class="govuk-link" href="{leave_url}">Leave this pathway</a>' in (
        client.get(pathway.url).content.decode()
    )
    response = client.get(leave_url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Are you sure you want to leave this pathway?" in content
    assert "You are on stage 1 of 3: Senior leadership." in content
    assert "your progress is kept" in content
    assert (
        "you cannot get Academy pathway certificate: masters-level study unless you join again"
        in content
    )
    assert "You can join again at any time and carry on where you stopped." in content
    assert f'<form method="post" action="{leave_url}"' in content
    assert "Yes, leave this pathway</button>" in content
    assert f'<a class="govuk-link" href="{pathway.url}">Cancel</a>' in content
    assert PathwayEnrolment.objects.get().left_at is None  # asking is not leaving


def test_learner_confirms_leaving_and_keeps_records(client, learner, pathway, modules):
    module_complete(learner, modules[0])
    pathway_join(learner=learner, pathway=pathway)
    client.force_login(learner)
    response = client.post(reverse("pathways:leave", args=[pathway.pk]), follow=True)
    content = response.content.decode()
    assert "You have left Senior leadership and masters" in content
    assert "You left this pathway on" in content
    enrolment = PathwayEnrolment.objects.get()
    assert enrolment.left_at is not None
    assert modules[0].enrolments.get(learner=learner).completed_at is not None


def test_leaving_a_completed_pathway_says_the_certificate_stays(client, learner, modules):
    pathway = PathwayPageFactory(title="Short route", stages=[stage("One", required=modules[:1])])
    module_complete(learner, modules[0])
    pathway_join(learner=learner, pathway=pathway)
    client.force_login(learner)
    content = client.get(reverse("pathways:leave", args=[pathway.pk])).content.decode()
    assert "You have completed every stage of this pathway." in content
    assert f"your certificate for {pathway.award_name} stays valid" in content


def test_the_leave_page_sends_away_people_who_are_not_following(client, learner, pathway):
    leave_url = reverse("pathways:leave", args=[pathway.pk])
    assert client.get(leave_url).url.startswith("/account/login/")
    client.force_login(learner)
    response = client.get(leave_url)
    assert (response.status_code, response.url) == (302, pathway.url)
    assert client.put(leave_url).status_code == 405


def test_joining_needs_a_post_and_a_log_in(client, learner, pathway):
    response = client.post(reverse("pathways:join", args=[pathway.pk]))
    assert response.status_code == 302
    assert response.url.startswith("/account/login/")
    client.force_login(learner)
    assert client.get(reverse("pathways:join", args=[pathway.pk])).status_code == 405
    assert not PathwayEnrolment.objects.exists()


def test_my_learning_panel(learner, pathway, modules):
    request = RequestFactory().get("/my-learning/")
    request.user = learner
    assert "Choose a pathway" in my_pathways_panel(request)
    module_complete(learner, modules[0])
    pathway_join(learner=learner, pathway=pathway)
    html = my_pathways_panel(request)
    assert "Senior leadership and masters" in html
    assert "Stage 1 of 3: Senior leadership" in html
    assert "Next step:" in html
    assert "Module B" in html


def test_panel_is_empty_for_visitors(pathway):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/my-learning/")
    request.user = AnonymousUser()
    assert my_pathways_panel(request) is None


def test_map_queries_do_not_grow_with_the_pathway(
    client, learner, pathway, django_assert_max_num_queries
):
    client.force_login(learner)
    pathway_join(learner=learner, pathway=pathway)
    with django_assert_max_num_queries(30):
        assert client.get(pathway.url).status_code == 200


def test_officers_see_who_follows_a_pathway_in_the_admin(client, council_officer, learner, pathway):
    from pathways.services import pathway_editors_grant
    from tests.pathways.factories import pathway_index

    pathway_join(learner=learner, pathway=pathway)
    pathway_editors_grant(index=pathway_index())
    client.force_login(council_officer)
    response = client.get(reverse("pathway_enrolments:index"))
    assert response.status_code == 200
    assert "Lee Learner" in response.content.decode()
    client.force_login(learner)
    assert client.get(reverse("pathway_enrolments:index")).status_code == 302


def test_map_shows_a_module_not_open_without_a_link_and_says_what_the_stage_waits_for(
    client, learner, pathway, modules
):
    a, b = modules[:2]
    a.unpublish()
    pathway_join(learner=learner, pathway=pathway)
    client.force_login(learner)
    content = client.get(pathway.url).content.decode()
    assert f'href="{a.url}"' not in content
    assert "Not open yet" in content
    assert (
        "This module is not open at the moment. It will have a link here when it opens." in content
    )
    assert "Cannot be finished yet" in content
    assert "This stage cannot be finished until Module A opens." in content
    assert "Start: Module B" in content  # the open elective still counts


def test_visitors_see_which_modules_are_not_open_too(client, pathway, modules):
    modules[0].unpublish()
    content = client.get(pathway.url).content.decode()
    assert "Not open yet" in content
    assert "This stage cannot be finished until Module A opens." in content


def test_my_learning_panel_never_suggests_a_module_that_is_not_open(learner, pathway, modules):
    request = RequestFactory().get("/my-learning/")
    request.user = learner
    module_complete(learner, modules[1])
    pathway_join(learner=learner, pathway=pathway)
    assert "Module A" in my_pathways_panel(request)
    modules[0].unpublish()
    html = my_pathways_panel(request)
    assert "This stage cannot be finished until Module A opens." in html
    assert f'href="{modules[0].url}"' not in html
    assert "Next step:" in html  # on to the masters modules in stage two
    assert "Masters module 1" in html
