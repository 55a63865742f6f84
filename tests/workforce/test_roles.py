"""School roles granted by invitation: by a headteacher for their school, or the council."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory
from workforce.models import RoleInvitation, SchoolRole, SchoolRoleKind

pytestmark = pytest.mark.django_db


def test_a_headteacher_invites_a_cpd_lead_who_accepts(
    client, django_capture_on_commit_callbacks, school_a, head_a
):
    client.force_login(head_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("workforce:roles", args=[school_a.pk]),
            {"email": "New.Lead@example.org", "kind": "cpd_lead"},
        )
    invitation = RoleInvitation.objects.get()
    assert invitation.email == "new.lead@example.org"
    assert invitation.token in mail.outbox[0].body

    newcomer = UserFactory(email="new.lead@example.org")
    client.force_login(newcomer)
    url = reverse("workforce:invitation", args=[invitation.token])
    assert "Accept the role" in client.get(url).content.decode()
    response = client.post(url)
    assert response["Location"] == reverse("workforce:school", args=[school_a.pk])
    assert (
        SchoolRole.objects.current()
        .filter(person=newcomer, school=school_a, kind=SchoolRoleKind.CPD_LEAD)
        .exists()
    )
    assert client.get(reverse("workforce:school", args=[school_a.pk])).status_code == 200
    # Accepting twice changes nothing.
    client.post(url)
    assert SchoolRole.objects.filter(person=newcomer).count() == 1


def test_an_invitation_is_only_for_the_address_it_was_sent_to(client, school_a, head_a):
    invitation = RoleInvitation.objects.create(
        school=school_a, email="right@example.org", kind="cpd_lead", invited_by=head_a
    )
    client.force_login(UserFactory(email="wrong@example.org"))
    response = client.post(reverse("workforce:invitation", args=[invitation.token]), follow=True)
    assert "This invitation was sent to right@example.org" in response.content.decode()
    assert not SchoolRole.objects.filter(person__email="wrong@example.org").exists()


def test_a_cpd_lead_cannot_give_roles(client, school_a, lead_a):
    client.force_login(lead_a)
    page = client.get(reverse("workforce:roles", args=[school_a.pk])).content.decode()
    assert "Invite someone to a role" not in page
    response = client.post(
        reverse("workforce:roles", args=[school_a.pk]),
        {"email": "x@example.org", "kind": "headteacher"},
    )
    assert response.status_code == 404
    assert not RoleInvitation.objects.exists()


def test_the_council_officer_gives_a_role_at_any_school(client, council_officer, school_b):
    client.force_login(council_officer)
    client.post(
        reverse("workforce:roles", args=[school_b.pk]),
        {"email": "head@example.org", "kind": "headteacher"},
    )
    assert RoleInvitation.objects.get().school == school_b


def test_a_headteacher_ends_a_role(client, school_a, head_a, lead_a):
    role = SchoolRole.objects.get(person=lead_a)
    client.force_login(head_a)
    client.post(reverse("workforce:role_end", args=[school_a.pk, role.pk]))
    role.refresh_from_db()
    assert role.ended_at is not None
    client.force_login(lead_a)
    assert client.get(reverse("workforce:school", args=[school_a.pk])).status_code == 404


def test_someone_already_in_the_role_is_not_invited_again(client, school_a, head_a, lead_a):
    client.force_login(head_a)
    response = client.post(
        reverse("workforce:roles", args=[school_a.pk]),
        {"email": lead_a.email, "kind": "cpd_lead"},
    )
    assert "is already CPD lead at" in response.content.decode()
    assert not RoleInvitation.objects.exists()


def test_my_school_is_in_the_navigation_only_for_school_roles_and_officers(
    client, school_a, lead_a, teacher_a, council_officer
):
    def labels(user):
        client.force_login(user)
        return [item["label"] for item in client.get("/").context["nav_items"]]

    assert "My school" in labels(lead_a)
    assert "My school" in labels(council_officer)
    assert "My school" not in labels(teacher_a)


def test_officers_see_every_school_by_permission_not_by_group_name(council_officer, school_a):
    from workforce.selectors import Capability, schools_where

    assert council_officer.has_perm("workforce.view_all_schools")
    assert council_officer.has_perm("workforce.grant_school_roles")
    assert school_a in schools_where(user=council_officer, capability=Capability.VIEW_STAFF)
    assert not UserFactory().has_perm("workforce.view_all_schools")
