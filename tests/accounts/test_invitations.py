"""The one invitation flow both boards and schools use: for its addressee, once, before it expires."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from governors.models import Board, Governorship, Invitation, Role
from tests.factories import SchoolFactory, UserFactory
from workforce.models import RoleInvitation, SchoolRole, SchoolRoleKind

pytestmark = pytest.mark.django_db


def _board_invitation(email):
    board = Board.objects.create(name="Abington Vale governing body", kind="maintained")
    return Invitation.objects.create(
        board=board, email=email, role=Role.PARENT, appointed_on=date(2026, 9, 1)
    )


def _role_invitation(email):
    return RoleInvitation.objects.create(
        school=SchoolFactory(), email=email, kind=SchoolRoleKind.INDUCTION_TUTOR
    )


KINDS = [
    pytest.param(_board_invitation, "governors:invitation", Governorship, id="board"),
    pytest.param(_role_invitation, "workforce:invitation", SchoolRole, id="school role"),
]


@pytest.mark.parametrize(("make", "route", "granted"), KINDS)
def test_an_expired_invitation_grants_nothing_and_says_so(client, make, route, granted):
    person = UserFactory(email="invited@example.org")
    invitation = make(person.email)
    invitation.expires_at = timezone.now() - timedelta(minutes=1)
    invitation.save()
    client.force_login(person)
    url = reverse(route, args=[invitation.token])
    assert "This invitation expired on" in client.get(url).content.decode()
    response = client.post(url, follow=True)
    assert "This invitation has expired. Ask whoever sent it for a new one." in (
        response.content.decode()
    )
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert not granted.objects.filter(**{granted_person(granted): person}).exists()


@pytest.mark.parametrize(("make", "route", "granted"), KINDS)
def test_an_invitation_is_accepted_once_and_records_what_it_granted(client, make, route, granted):
    person = UserFactory(email="invited@example.org")
    invitation = make(person.email)
    assert invitation.expires_at > timezone.now() + timedelta(days=13)
    client.force_login(person)
    url = reverse(route, args=[invitation.token])
    assert client.post(url).status_code == 302
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    made = granted.objects.get(**{granted_person(granted): person})
    assert getattr(invitation, invitation.granted_field) == made
    again = client.post(url, follow=True).content.decode()
    assert "This invitation was accepted on" in again
    assert granted.objects.filter(**{granted_person(granted): person}).count() == 1


def granted_person(model) -> str:
    return "governor" if model is Governorship else "person"
