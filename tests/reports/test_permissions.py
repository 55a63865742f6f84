"""Either report permission opens the reports; which providers show is the lead's page rights."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from courses.services import provider_permissions_setup

pytestmark = pytest.mark.django_db


def providers_seen(client) -> list[str]:
    return sorted(client.get(reverse("reports:index")).context["scope"].providers_titles())


def test_view_county_reports_shows_every_provider(client, county, user_with_perms, learner):
    client.force_login(learner)
    assert client.get(reverse("reports:index")).status_code == 404
    client.force_login(user_with_perms("reports.view_county_reports"))
    assert providers_seen(client) == ["North Alliance", "South Alliance"]
    csv = client.get(reverse("reports:export_csv", args=["provider"]), {"year": 2025})
    assert "South Alliance" in csv.content.decode()


def test_view_provider_reports_shows_only_the_providers_the_user_may_edit(
    client, county, user_with_perms
):
    lead = user_with_perms("reports.view_provider_reports")
    client.force_login(lead)
    assert providers_seen(client) == []
    group = provider_permissions_setup(provider=county["north"])
    group.permissions.clear()
    lead.groups.add(group)
    assert providers_seen(client) == ["North Alliance"]


def test_editing_a_provider_without_the_permission_shows_no_report(client, county, learner):
    group = provider_permissions_setup(provider=county["north"])
    group.permissions.clear()
    learner.groups.add(group, Group.objects.create(name="South Alliance leads"))
    client.force_login(learner)
    assert client.get(reverse("reports:index")).status_code == 404
    assert client.get(reverse("reports:export_csv", args=["module"])).status_code == 404
