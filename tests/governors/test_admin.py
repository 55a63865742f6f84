import pytest
from django.urls import reverse

from governors.models import Role, TrainingRequirement
from tests.factories import ModulePageFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_officers_set_a_requirement_with_roles_as_tick_boxes(client):
    admin = UserFactory(is_staff=True, is_superuser=True, totp=True)
    module = ModulePageFactory(title="Chairing the board", validity_months=None)
    client.force_login(admin)
    url = "/admin/snippets/governors/trainingrequirement/add/"
    assert 'type="checkbox" name="roles" value="chair"' in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "module": module.pk,
            "title": "",
            "roles": [Role.CHAIR, Role.VICE_CHAIR],
            "due_within_days": 365,
            "renew_every_months": "",
            "window_days": 90,
            "active": "on",
        },
    )
    assert response.status_code == 302
    requirement = TrainingRequirement.objects.get()
    assert requirement.roles == ["chair", "vice_chair"]
    assert requirement.roles_display == "Chair, Vice-chair"
    assert requirement.renewal_months is None
    listing = client.get("/admin/snippets/governors/trainingrequirement/").content.decode()
    assert "Chair, Vice-chair" in listing


def test_council_officers_group_may_edit_requirements(council_officer):
    """The data migration's grant (run again here: a committing test may have emptied the tables)."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("governors.migrations.0002_council_officer_permissions")
    migration.grant(apps, None)
    assert council_officer.has_perm("governors.change_trainingrequirement")
    assert council_officer.has_perm("governors.add_board")


def test_board_chooser_lists_boards_only_to_those_who_may_see_them(
    client, user_with_perms, board_a, board_b
):
    """Wagtail's choosers ask no permission; a provider lead, say, must not learn the boards."""
    url = reverse("wagtailsnippetchoosers_governors_board:choose")
    chosen = reverse("wagtailsnippetchoosers_governors_board:chosen", args=[board_a.pk])
    client.force_login(user_with_perms("wagtailadmin.access_admin"))

    assert client.get(url).status_code == 302
    assert client.get(chosen).status_code == 302

    client.force_login(user_with_perms("wagtailadmin.access_admin", "governors.view_board"))
    listing = client.get(url)
    assert board_a.name in listing.content.decode()
    assert board_b.name in listing.content.decode()
