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
        award_title="Master of Arts in Education",
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
    assert "Master of Arts in Education" in content


def test_visitor_sees_the_route_and_a_join_link_to_log_in(client, pathway):
    response = client.get(pathway.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Stage 1" in content
    assert "Postgraduate Certificate" in content
    assert f'href="/account/login/?next={pathway.url}"' in content
    assert "Join this pathway" in content
    assert "You are here" not in content
    assert "Credits towards a masters award" in content


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


def test_learner_leaves_and_keeps_records(client, learner, pathway, modules):
    module_complete(learner, modules[0])
    pathway_join(learner=learner, pathway=pathway)
    client.force_login(learner)
    response = client.post(reverse("pathways:leave", args=[pathway.pk]), follow=True)
    assert "You have left Senior leadership and masters" in response.content.decode()
    enrolment = PathwayEnrolment.objects.get()
    assert enrolment.left_at is not None


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
    assert "Next: " in html
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
