"""A school asks; the council proposes offers ranked by the volunteers' scoring; both accept."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail import hooks

from courses.models import FrameworkElement
from mentoring import selectors, services
from mentoring.models import Kind, MatchRequest, Status
from mentoring.rules import EYFS_COEL, SUPPORT_NEEDS
from tests.factories import SchoolFactory, UserFactory


def needs(*codes):
    return FrameworkElement.objects.filter(framework__slug=SUPPORT_NEEDS, code__in=codes)


@pytest.fixture
def coach_request(head, school):
    return services.match_request_make(
        kind=Kind.BUSINESS_COACHING,
        requested_by=head,
        organisation=school,
        needs=needs("LSN-2", "LSN-4", "LSN-6"),
        help_wanted="Budget cuts and a restructure.",
    )


@pytest.fixture
def offers(db):
    def offer(name, codes):
        return services.offer_make(
            kind=Kind.BUSINESS_COACHING,
            person=UserFactory(email=f"{name}@example.com", first_name=name),
            skills=needs(*codes),
            business=f"{name} Ltd",
        )

    return {
        "finance": offer("Fiona", ["LSN-2", "LSN-4"]),
        "all": offer("Anil", ["LSN-2", "LSN-4", "LSN-6"]),
        "none": offer("Nia", ["LSN-8"]),
    }


def test_offers_rank_by_the_needs_they_meet(coach_request, offers):
    ranked = services.offers_rank(request=coach_request)
    assert [(r.candidate, r.score) for r in ranked] == [(offers["all"], 3), (offers["finance"], 2)]


def test_a_proposed_match_starts_only_when_both_accept(
    coach_request, offers, head, council_officer
):
    offer = offers["finance"]
    relationship = services.match_propose(request=coach_request, offer=offer, by=council_officer)
    assert (relationship.status, relationship.score) == (Status.REQUESTED, 2)
    assert relationship.mentor_business == "Fiona Ltd"
    services.relationship_respond(relationship=relationship, user=head, accept=True)
    services.relationship_respond(relationship=relationship, user=offer.person, accept=True)
    relationship.refresh_from_db()
    coach_request.refresh_from_db()
    assert relationship.status == Status.ACCEPTED
    assert coach_request.status == MatchRequest.Status.MATCHED


def test_an_offer_meeting_no_need_cannot_be_proposed(coach_request, offers, council_officer):
    with pytest.raises(ValidationError):
        services.match_propose(request=coach_request, offer=offers["none"], by=council_officer)


def test_only_good_or_outstanding_settings_offer_mentoring(db):
    nursery = SchoolFactory(name="Little Acorns Nursery", phase="nursery")
    person = UserFactory()
    with pytest.raises(ValidationError):
        services.offer_make(
            kind=Kind.SETTING_PARTNERSHIP,
            person=person,
            organisation=nursery,
            skills=needs("LSN-8"),
            inspection_grade="",
        )
    services.offer_make(
        kind=Kind.SETTING_PARTNERSHIP,
        person=person,
        organisation=nursery,
        skills=needs("LSN-8"),
        inspection_grade="outstanding",
    )


def test_the_officer_proposes_from_the_ranked_page(client, coach_request, offers, council_officer):
    client.force_login(council_officer)
    url = reverse("mentoring:council_request", args=[coach_request.pk])
    page = client.get(url).content.decode()
    assert page.index("Anil") < page.index("Fiona")
    assert "Nia" not in page
    client.post(url, {"offer": offers["all"].pk})
    assert coach_request.relationships.get().mentor == offers["all"].person


def test_a_school_leader_asks_through_the_form(client, head, school):
    client.force_login(head)
    response = client.post(
        reverse("mentoring:request_add"),
        {
            "kind": Kind.PARTNERSHIP_HEAD,
            "organisation": school.pk,
            "needs": [e.pk for e in needs("LSN-5")],
            "help_wanted": "Our new curriculum.",
        },
    )
    assert response.status_code == 302
    assert MatchRequest.objects.get().requested_by == head


def test_setting_partnership_visits_give_cpd_to_practitioners_on_both_sides(db):
    from django.utils import timezone

    from credentials.models import CreditEntry

    mentoring_setting = SchoolFactory(name="Little Acorns Nursery", phase="nursery")
    supported = SchoolFactory(name="Rainbow Day Nursery", phase="nursery")
    lead, manager, practitioner = UserFactory(), UserFactory(), UserFactory()
    relationship = services.relationship_create(
        kind=Kind.SETTING_PARTNERSHIP,
        mentor=lead,
        mentee=manager,
        arranged_by="council",
        starts_on=timezone.localdate(),
        mentor_organisation=mentoring_setting,
        mentee_organisation=supported,
        accepted=True,
        practitioners=((practitioner, "mentee"),),
    )
    areas = FrameworkElement.objects.filter(framework__slug=EYFS_COEL, code="CoEL-1")
    services.meeting_record(
        relationship=relationship,
        by=lead,
        held_on=timezone.localdate(),
        minutes=120,
        focus="Outdoor play",
        format="visit",
        focus_areas=areas,
        outcomes="A new loose-parts area.",
    )
    assert set(CreditEntry.objects.values_list("learner", flat=True)) == {
        lead.pk,
        manager.pk,
        practitioner.pk,
    }
    ties = [fn() for fn in hooks.get_hooks("academy_partnership_ties")][0]
    assert ties == [
        {
            "source": "Little Acorns Nursery",
            "source_kind": "setting",
            "target": "Rainbow Day Nursery",
            "target_kind": "setting",
            "tie": "Early-years setting partnership",
        }
    ]
    assert selectors.counts()["partnerships"] == 1
    assert selectors.counts()["pairs_by_kind"]["setting_partnership"] == 1


def test_the_council_sees_counts_and_the_map_but_no_notes(client, pair, mentor, council_officer):
    from django.utils import timezone

    services.meeting_record(
        relationship=pair,
        by=mentor,
        held_on=timezone.localdate(),
        minutes=30,
        focus="Secret focus",
        notes="Secret notes",
    )
    client.force_login(council_officer)
    page = client.get(reverse("mentoring:council")).content.decode()
    assert "Abington Vale Primary School" in page
    assert "Early-career teacher and mentor" in page
    assert "Secret" not in page
    assert pair.mentee.display_name not in page
    assert selectors.counts()["partnerships"] == 0  # a school's own pair is not between two
    assert '<p class="govuk-heading-l govuk-!-margin-bottom-0" data-figure="partnerships">0' in page
    row = page[page.index('data-kind="ect"') :].split("</tr>")[0]
    assert ">1</td>" in row
    assert "On the map" not in row  # within one school: not on the reports' map
    assert reverse("reports:partnerships") in page


def test_the_council_page_links_each_kind_on_the_map_to_it(client, council_officer, db):
    from django.utils import timezone

    services.relationship_create(
        kind=Kind.PARTNERSHIP_HEAD,
        mentor=UserFactory(),
        mentee=UserFactory(),
        arranged_by="council",
        starts_on=timezone.localdate(),
        mentor_organisation=SchoolFactory(name="Kingsthorpe Village Primary"),
        mentee_organisation=SchoolFactory(name="Kettering Park Academy"),
        accepted=True,
    )
    client.force_login(council_officer)
    page = client.get(reverse("mentoring:council")).content.decode()
    link = (
        reverse("reports:partnerships")
        + "?tie=Partnership%20head%20teacher%20supporting%20a%20school"
    )
    assert link in page
    assert client.get(link).status_code == 200


def test_the_council_page_is_404_for_others(client, head):
    client.force_login(head)
    assert client.get(reverse("mentoring:council")).status_code == 404
