"""Each council permission in governors lets its holder do one thing, and nobody else."""

import pytest
from django.urls import reverse
from django.utils import timezone

from governors.models import BusinessVolunteer, Governorship, Role
from tests.governors.factories import GovernorshipFactory

pytestmark = pytest.mark.django_db

BOARD_PAGES = [
    "governors:board",
    "governors:board_csv",
    "governors:board_skills",
    "governors:board_invite",
]


@pytest.fixture
def sarah(db):
    return BusinessVolunteer.objects.create(
        name="Sarah Whitfield",
        email="sarah@example.com",
        company="Company",
        sector="Sector",
        availability="monthly",
        interest="governor",
        consent=True,
    )


def test_manage_boards_opens_every_board_and_the_council_overview(
    client, user_with_perms, board_a, chair_b
):
    governorship = GovernorshipFactory(board=board_a)
    edit = reverse("governors:governorship_edit", args=[board_a.pk, governorship.pk])
    client.force_login(chair_b)
    assert client.get(reverse("governors:council")).status_code == 404
    assert client.get(edit).status_code == 404
    for name in BOARD_PAGES:
        assert client.get(reverse(name, args=[board_a.pk])).status_code == 404

    client.force_login(user_with_perms("governors.manage_boards"))
    assert board_a.name in client.get(reverse("governors:council")).content.decode()
    assert client.get(edit).status_code == 200
    for name in BOARD_PAGES:
        assert client.get(reverse(name, args=[board_a.pk])).status_code == 200
    assert client.get(reverse("governors:council_volunteers")).status_code == 404


def test_place_volunteers_lets_its_holder_propose_a_volunteer(
    client, user_with_perms, board_a, chair_a, sarah, reauthenticate
):
    url = reverse("governors:volunteer_propose", args=[board_a.pk, sarah.pk])
    data = {"role": Role.CO_OPTED, "appointed_on": timezone.localdate().isoformat()}
    client.force_login(user_with_perms("governors.manage_boards"))
    assert client.get(reverse("governors:council_volunteers")).status_code == 404
    assert client.post(url, data).status_code == 404
    assert not sarah.proposals.exists()

    client.force_login(user_with_perms("governors.place_volunteers"))
    reauthenticate(client)
    listing = reverse("governors:council_volunteers")
    assert "1 volunteer waiting to be placed" in client.get(listing).content.decode()
    assert client.post(url, data).status_code == 302
    assert not Governorship.objects.exclude(governor=chair_a).exists()
    assert f"{sarah.name} to {board_a}" in client.get(listing).content.decode()
    assert client.get(reverse("governors:council")).status_code == 404


def test_a_chair_who_may_place_volunteers_sees_who_fills_their_gaps(
    client, board_a, chair_a, user_with_perms
):
    skills = reverse("governors:board_skills", args=[board_a.pk])
    client.force_login(chair_a)
    assert client.get(skills).context["can_place"] is False
    placer = user_with_perms("governors.place_volunteers")
    GovernorshipFactory(board=board_a, governor=placer, role=Role.CHAIR)
    client.force_login(placer)
    assert client.get(skills).context["can_place"] is True
