"""Early-years settings without school roles: a good or outstanding setting's lead offers
mentoring through the page, another setting's practitioner asks for it, both accept, the leads
name practitioners, and visits record EYFS focus areas and outcomes with CPD for everyone named."""

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import FrameworkElement
from credentials.models import CreditEntry
from mentoring import services
from mentoring.models import Kind, MatchRequest, Offer, Practitioner, Status
from mentoring.rules import EYFS_COEL, SUPPORT_NEEDS
from tests.factories import SchoolFactory, UserFactory
from tests.workforce.conftest import EmploymentFactory


def need(code):
    return FrameworkElement.objects.get(framework__slug=SUPPORT_NEEDS, code=code)


def worker(setting, email):
    person = UserFactory(email=email, first_name=email.split("@")[0].title())
    EmploymentFactory(person=person, school=setting, job_role="early_years")
    return person


@pytest.fixture
def castle(db):
    return SchoolFactory(name="Castle Nursery School", urn="990035", phase="nursery")


@pytest.fixture
def lilford(db):
    return SchoolFactory(name="Lilford Day Nursery", urn="990036", phase="nursery")


@pytest.fixture
def people(castle, lilford):
    return {
        "castle_lead": worker(castle, "nadia@example.org"),
        "castle_pip": worker(castle, "pip@example.org"),
        "lilford_lead": worker(lilford, "lucy@example.org"),
        "lilford_sam": worker(lilford, "sam@example.org"),
    }


def offer_data(setting, grade="outstanding"):
    return {
        "kind": Kind.SETTING_PARTNERSHIP,
        "organisation": setting.pk,
        "inspection_grade": grade,
        "skills": [need("LSN-8").pk],
    }


def request_data(setting, kind=Kind.SETTING_PARTNERSHIP):
    return {
        "kind": kind,
        "organisation": setting.pk,
        "needs": [need("LSN-8").pk],
        "help_wanted": "Our outdoor provision and sustained shared thinking.",
    }


def test_a_setting_lead_offers_mentoring_through_the_page(client, people, castle):
    client.force_login(people["castle_lead"])
    response = client.post(reverse("mentoring:offer_add"), offer_data(castle))
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert (offer.organisation, offer.inspection_grade) == (castle, "outstanding")


def test_a_setting_not_rated_good_or_outstanding_cannot_offer(client, people, castle):
    client.force_login(people["castle_lead"])
    html = client.post(reverse("mentoring:offer_add"), offer_data(castle, "")).content.decode()
    assert "Settings rated good or outstanding can offer mentoring." in html
    assert not Offer.objects.exists()


def test_no_one_offers_for_a_setting_they_do_not_work_at(client, people, lilford):
    client.force_login(people["castle_lead"])
    html = client.post(reverse("mentoring:offer_add"), offer_data(lilford)).content.decode()
    assert "Select a valid choice" in html
    assert not Offer.objects.exists()


def test_a_practitioner_without_school_roles_asks_for_a_partner_setting(client, people, lilford):
    client.force_login(people["lilford_sam"])
    nav = client.get("/my-learning/").content.decode().split("academy-nav", 1)[1]
    assert f'href="{reverse("mentoring:index")}"' in nav.split("</nav>")[0]
    index = client.get(reverse("mentoring:index")).content.decode()
    assert reverse("mentoring:request_add") in index
    response = client.post(reverse("mentoring:request_add"), request_data(lilford))
    assert response.status_code == 302
    request = MatchRequest.objects.get()
    assert (request.requested_by, request.organisation) == (people["lilford_sam"], lilford)


def test_from_a_setting_only_a_partner_setting_can_be_asked_for(client, people, lilford):
    client.force_login(people["lilford_sam"])
    html = client.post(
        reverse("mentoring:request_add"), request_data(lilford, Kind.BUSINESS_COACHING)
    ).content.decode()
    assert "From Lilford Day Nursery you can ask for a partner setting." in html
    assert not MatchRequest.objects.exists()


def test_a_school_cannot_ask_for_a_partner_setting(client, head, school):
    client.force_login(head)
    html = client.post(reverse("mentoring:request_add"), request_data(school)).content.decode()
    assert "Choose your early-years setting" in html
    assert not MatchRequest.objects.exists()


def test_someone_working_at_no_setting_or_school_role_cannot_ask(client, other_learner):
    client.force_login(other_learner)
    assert client.get(reverse("mentoring:request_add")).status_code == 404


def test_the_partnership_names_practitioners_and_visits_give_them_cpd(
    client, people, castle, lilford, council_officer
):
    client.force_login(people["castle_lead"])
    client.post(reverse("mentoring:offer_add"), offer_data(castle))
    client.force_login(people["lilford_lead"])
    client.post(reverse("mentoring:request_add"), request_data(lilford))
    relationship = services.match_propose(
        request=MatchRequest.objects.get(), offer=Offer.objects.get(), by=council_officer
    )
    for lead in (people["castle_lead"], people["lilford_lead"]):
        client.force_login(lead)
        client.post(reverse("mentoring:respond", args=[relationship.pk]), {"answer": "accept"})
    relationship.refresh_from_db()
    assert relationship.status == Status.ACCEPTED
    assert (relationship.mentor_organisation, relationship.mentee_organisation) == (castle, lilford)

    url = reverse("mentoring:practitioner_add", args=[relationship.pk])
    client.force_login(people["lilford_lead"])
    form = client.get(url).content.decode()
    assert "Sam" in form
    assert "Pip" not in form  # another setting's practitioner
    refused = client.post(url, {"person": people["castle_pip"].pk}).content.decode()
    assert "Select a valid choice" in refused
    client.post(url, {"person": people["lilford_sam"].pk})
    client.force_login(people["castle_lead"])
    client.post(url, {"person": people["castle_pip"].pk})
    assert set(Practitioner.objects.values_list("person__email", "side")) == {
        ("sam@example.org", "mentee"),
        ("pip@example.org", "mentor"),
    }
    assert "named as a practitioner" in relationship.events.last().note

    client.force_login(people["castle_pip"])
    areas = FrameworkElement.objects.filter(framework__slug=EYFS_COEL, code__in=["CoEL-1"])
    response = client.post(
        reverse("mentoring:meeting_add", args=[relationship.pk]),
        {
            "held_on": timezone.localdate().isoformat(),
            "minutes": "120",
            "format": "visit",
            "focus": "Outdoor provision",
            "focus_areas": [a.pk for a in areas],
            "outcomes": "A loose-parts area planned for the garden.",
        },
    )
    assert response.status_code == 302
    page = client.get(reverse("mentoring:relationship", args=[relationship.pk])).content.decode()
    assert "Playing and exploring" in page
    assert "A loose-parts area planned" in page
    assert set(CreditEntry.objects.values_list("learner__email", "cpd_hours")) == {
        (email, 2)
        for email in ("nadia@example.org", "lucy@example.org", "pip@example.org", "sam@example.org")
    }


def test_only_the_leads_name_practitioners(client, people, castle, lilford):
    relationship = services.relationship_create(
        kind=Kind.SETTING_PARTNERSHIP,
        mentor=people["castle_lead"],
        mentee=people["lilford_lead"],
        arranged_by="council",
        starts_on=timezone.localdate(),
        mentor_organisation=castle,
        mentee_organisation=lilford,
        accepted=True,
        practitioners=((people["castle_pip"], "mentor"),),
    )
    url = reverse("mentoring:practitioner_add", args=[relationship.pk])
    for person in (people["castle_pip"], people["lilford_sam"]):
        client.force_login(person)
        assert client.get(url).status_code == 404
        assert client.post(url, {"person": people["lilford_sam"].pk}).status_code == 404
    assert relationship.practitioners.count() == 1
