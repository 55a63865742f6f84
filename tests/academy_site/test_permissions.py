"""Roles are permissions: the one guard, the seeded officer role and the data migrations."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.http import Http404, HttpResponse
from django.urls import reverse

from academy_site.permissions import permission_required_or_404
from accounts.roles import (
    COUNCIL_OFFICER_PERMISSIONS,
    COUNCIL_OFFICERS_GROUP,
    council_officers_group,
    permissions_named,
)
from courses.services import provider_permissions_setup
from tests.factories import ProviderPageFactory, UserFactory

pytestmark = pytest.mark.django_db

OFFICER_PERMISSIONS = {
    "credentials.view_certificate",
    "credentials.revoke_certificate",
    "credentials.record_prior_learning",
    "reports.view_county_reports",
    "governors.manage_boards",
    "governors.place_volunteers",
}


@permission_required_or_404("governors.manage_boards", "governors.place_volunteers")
def guarded(request):
    return HttpResponse("inside")


def labels(client) -> list[str]:
    return [item["label"] for item in client.get("/").context["nav_items"]]


def test_it_sends_visitors_to_sign_in(rf):
    request = rf.get("/guarded/")
    request.user = AnonymousUser()
    response = guarded(request)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_it_answers_not_found_without_the_permission(rf, learner):
    request = rf.get("/guarded/")
    request.user = learner
    with pytest.raises(Http404):
        guarded(request)


def test_it_lets_in_a_holder_of_any_permission_it_names(rf, user_with_perms):
    request = rf.get("/guarded/")
    request.user = user_with_perms("governors.place_volunteers")
    assert guarded(request).content == b"inside"


def test_it_refuses_to_guard_with_no_permission():
    with pytest.raises(ValueError, match="at least one permission"):
        permission_required_or_404()


def test_an_unknown_permission_name_is_an_error():
    with pytest.raises(Permission.DoesNotExist, match="revoke_everything"):
        permissions_named(["credentials.revoke_everything"])


def test_the_officer_role_holds_every_officer_permission(learner):
    learner.groups.add(council_officers_group())
    assert set(COUNCIL_OFFICER_PERMISSIONS) <= learner.get_all_permissions()
    assert OFFICER_PERMISSIONS <= set(COUNCIL_OFFICER_PERMISSIONS)


def test_a_groups_name_grants_nothing(client, learner):
    group, _ = Group.objects.get_or_create(name=COUNCIL_OFFICERS_GROUP)
    group.permissions.clear()
    learner.groups.add(group, Group.objects.create(name="Nene Valley Alliance leads"))
    client.force_login(learner)
    for name in ["governors:council", "reports:index", "credentials:prior_learning"]:
        assert client.get(reverse(name)).status_code == 404
    assert not {"Reports", "Edit content", "Governance"} & set(labels(client))


def test_edit_content_is_offered_to_those_who_may_use_the_admin(client, user_with_perms):
    client.force_login(user_with_perms("wagtailadmin.access_admin"))
    assert "Edit content" in labels(client)
    assert "Reports" not in labels(client)


@pytest.mark.parametrize(
    ("migration", "codenames"),
    [
        (
            "credentials.migrations.0003_officer_permissions",
            {"view_certificate", "revoke_certificate", "record_prior_learning"},
        ),
        (
            "credentials.migrations.0004_masters_award_rules",
            {"change_mastersawardrules", "view_mastersawardrules"},
        ),
        ("governors.migrations.0004_officer_permissions", {"manage_boards", "place_volunteers"}),
        ("reports.migrations.0001_report_permissions", {"view_county_reports"}),
        (
            "mentoring.migrations.0002_rules_and_officer_permissions",
            {"view_county_mentoring", "arrange_matches"},
        ),
    ],
)
def test_the_data_migrations_give_the_officers_group_its_permissions(migration, codenames):
    Group.objects.filter(name=COUNCIL_OFFICERS_GROUP).delete()
    importlib.import_module(migration).grant(apps, None)
    group = Group.objects.get(name=COUNCIL_OFFICERS_GROUP)
    assert codenames <= set(group.permissions.values_list("codename", flat=True))


def test_the_reports_migration_lets_existing_lead_groups_see_their_reports():
    leads = provider_permissions_setup(provider=ProviderPageFactory())
    leads.permissions.clear()
    bystanders = Group.objects.create(name="Bystanders")
    importlib.import_module("reports.migrations.0001_report_permissions").grant(apps, None)
    lead = UserFactory()
    lead.groups.add(leads, bystanders)
    assert lead.has_perm("reports.view_provider_reports")
    assert not bystanders.permissions.exists()
