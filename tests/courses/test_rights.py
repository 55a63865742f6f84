"""A provider lead sees and edits only their own provider, through the Wagtail admin itself."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _denied(response) -> bool:
    """Wagtail sends people without permission back to the dashboard (or their own pages)."""
    return response.status_code in (302, 403)


def test_lead_explores_and_edits_own_provider(client, alliance, other_alliance):
    client.force_login(alliance.lead)

    explorer = client.get(reverse("wagtailadmin_explore", args=[alliance.page.pk]))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[alliance.module.pk]))

    assert explorer.status_code == 200
    assert alliance.module.title in explorer.content.decode()
    assert other_alliance.module.title not in explorer.content.decode()
    assert edit.status_code == 200


def test_lead_cannot_open_or_edit_another_providers_pages(client, alliance, other_alliance):
    client.force_login(alliance.lead)
    other = other_alliance

    responses = [
        client.get(reverse("wagtailadmin_explore", args=[other.page.pk])),
        client.get(reverse("wagtailadmin_pages:edit", args=[other.module.pk])),
        client.get(reverse("wagtailadmin_pages:edit", args=[other.lesson.pk])),
        client.get(
            reverse("wagtailadmin_pages:add", args=["courses", "modulepage", other.page.pk])
        ),
        client.get(reverse("wagtailadmin_pages:delete", args=[other.module.pk])),
    ]

    assert all(_denied(response) for response in responses)
    assert all(other.module.title not in r.content.decode() for r in responses)


def test_lead_cannot_change_another_providers_module_by_posting(client, alliance, other_alliance):
    client.force_login(alliance.lead)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[other_alliance.module.pk]),
        {"title": "Taken over", "slug": "taken-over", "action-submit": "Submit"},
    )

    other_alliance.module.refresh_from_db()
    assert _denied(response)
    assert other_alliance.module.title == "Corby Lakes Alliance module"
    assert not other_alliance.module.has_unpublished_changes


def test_lead_page_search_finds_only_own_pages(client, alliance, other_alliance):
    client.force_login(alliance.lead)

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "module"})

    assert response.status_code == 200
    assert alliance.module.title in response.content.decode()
    assert other_alliance.module.title not in response.content.decode()


def test_lead_sees_only_own_images(client, alliance, other_alliance):
    client.force_login(alliance.lead)

    listing = client.get(reverse("wagtailimages:index"))
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    other_edit = client.get(reverse("wagtailimages:edit", args=[other_alliance.image.pk]))
    own_edit = client.get(reverse("wagtailimages:edit", args=[alliance.image.pk]))

    assert alliance.image.title in listing.content.decode()
    assert other_alliance.image.title not in listing.content.decode()
    assert alliance.image.title in chooser.content.decode()
    assert other_alliance.image.title not in chooser.content.decode()
    assert _denied(other_edit)
    assert own_edit.status_code == 200


def test_lead_sees_only_own_documents(client, alliance, other_alliance):
    client.force_login(alliance.lead)

    listing = client.get(reverse("wagtaildocs:index"))
    other_edit = client.get(reverse("wagtaildocs:edit", args=[other_alliance.document.pk]))
    own_edit = client.get(reverse("wagtaildocs:edit", args=[alliance.document.pk]))

    assert alliance.document.title in listing.content.decode()
    assert other_alliance.document.title not in listing.content.decode()
    assert _denied(other_edit)
    assert own_edit.status_code == 200


def test_lead_cannot_publish_directly(client, alliance):
    """Leads submit for approval; the publish button is not theirs."""
    client.force_login(alliance.lead)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[alliance.module.pk]))

    assert edit.status_code == 200
    assert 'name="action-publish"' not in edit.content.decode()


@pytest.mark.parametrize("who", ["lead", "officer"])
def test_only_superusers_manage_users(client, alliance, officer, admin_user, who):
    client.force_login(alliance.lead if who == "lead" else officer)

    assert _denied(client.get(reverse("wagtailusers_users:index")))
    assert _denied(client.get(reverse("wagtailusers_groups:index")))
    client.force_login(admin_user)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_officer_edits_any_provider_and_frameworks(client, alliance, other_alliance, officer):
    from courses.frameworks import frameworks_load
    from courses.models import Framework

    frameworks_load()
    framework = Framework.objects.get(slug="teachers-standards")
    client.force_login(officer)

    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[alliance.module.pk])).status_code == 200
    )
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[other_alliance.module.pk])).status_code
        == 200
    )
    listing = client.get(reverse("wagtailsnippets_courses_framework:list"))
    edit = client.get(reverse("wagtailsnippets_courses_framework:edit", args=[framework.pk]))
    assert "Teachers&#x27; standards" in listing.content.decode()
    assert edit.status_code == 200
    assert "Set high expectations" in edit.content.decode()


def test_lead_cannot_edit_frameworks(client, alliance):
    client.force_login(alliance.lead)

    assert _denied(client.get(reverse("wagtailsnippets_courses_framework:list")))


def test_permissions_setup_is_idempotent_and_confined(alliance):
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    from courses.services import provider_permissions_setup

    before = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    provider_permissions_setup(provider=alliance.page)

    page_permissions = GroupPagePermission.objects.filter(group=alliance.group)
    assert (
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    ) == before
    assert {p.page_id for p in page_permissions} == {alliance.page.pk}
    assert {p.permission.codename for p in page_permissions} == {"add_page", "change_page"}


def test_officer_adds_a_framework_element_in_the_admin(client, officer):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from courses.models import Framework, FrameworkElement

    framework = Framework.objects.create(name="Early years standards", slug="eys")
    standard = FrameworkElement.objects.create(
        framework=framework, code="EYS1", title="Support and promote learning"
    )
    client.force_login(officer)

    response = client.post(
        reverse("wagtailsnippets_courses_framework:edit", args=[framework.pk]),
        nested_form_data(
            {
                "name": "Early years standards",
                "slug": "eys",
                "publisher": "",
                "year": "2013",
                "description": "",
                "status_note": "",
                "elements": inline_formset(
                    [
                        {"id": standard.pk, "code": "EYS1", "title": standard.title},
                        {"code": "EYS2", "title": "Promote equality", "parent": standard.pk},
                    ],
                    initial=1,
                ),
            }
        ),
    )

    assert response.status_code == 302
    assert [
        (e.code, e.parent_id) for e in FrameworkElement.objects.filter(framework=framework)
    ] == [
        ("EYS1", None),
        ("EYS2", standard.pk),
    ]


def test_prerequisite_choices_hide_other_providers_drafts(client, alliance, other_alliance):
    from tests.factories import ModulePageFactory

    ModulePageFactory(parent=other_alliance.page, title="Secret draft module", live=False)
    own_draft = ModulePageFactory(parent=alliance.page, title="Our own draft module", live=False)
    client.force_login(alliance.lead)

    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[alliance.module.pk])
    ).content.decode()

    assert "Secret draft module" not in html
    assert own_draft.title in html
    assert other_alliance.module.title in html  # published modules can be prerequisites


def test_providers_led_by(alliance, other_alliance, learner):
    from courses.selectors import providers_led_by

    assert providers_led_by(user=alliance.lead) == [alliance.page]
    assert providers_led_by(user=learner) == []
