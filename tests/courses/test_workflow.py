"""A provider lead writes and submits a module; a council officer approves it and it goes live."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from courses.models import LessonPage, ModulePage
from tests.courses.admin_forms import lesson_form, module_form, submit

pytestmark = pytest.mark.django_db


def test_lead_submits_and_officer_approves(client, alliance, officer, workflow):
    client.force_login(alliance.lead)
    add_module = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", alliance.page.pk])

    response = submit(client, add_module, module_form())

    assert response.status_code == 302, response.content.decode()[:2000]
    module = ModulePage.objects.get(slug="restorative-lunchtimes")
    add_lesson = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    assert submit(client, add_lesson, lesson_form()).status_code == 302
    lesson = LessonPage.objects.get(slug="the-five-questions")
    state = WorkflowState.objects.for_instance(module).get()
    assert not module.live
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == alliance.lead
    assert client.get(module.url or "/providers/nope/").status_code == 404

    # The lead cannot approve their own module.
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[module.pk, "approve", state.current_task_state.pk],
    )
    client.post(approve, {"comment": ""})
    module.refresh_from_db()
    assert not module.live

    client.force_login(officer)
    for page in (module, lesson):
        page_state = WorkflowState.objects.for_instance(page).get()
        response = client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", page_state.current_task_state.pk],
            ),
            {"comment": "Approved for the catalogue."},
        )
        assert response.status_code == 302

    module.refresh_from_db()
    lesson.refresh_from_db()
    state.refresh_from_db()
    assert module.live
    assert lesson.live
    assert state.status == WorkflowState.STATUS_APPROVED
    client.logout()
    public = client.get(lesson.url)
    assert public.status_code == 200
    assert "Which question comes first?" in public.content.decode()
    assert "Start with the facts." not in public.content.decode()


def test_officer_rejects_and_module_stays_offline(client, alliance, officer, workflow):
    client.force_login(alliance.lead)
    add_module = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", alliance.page.pk])
    submit(client, add_module, module_form())
    module = ModulePage.objects.get(slug="restorative-lunchtimes")
    state = WorkflowState.objects.for_instance(module).get()

    client.force_login(officer)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[module.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Add a quiz, please."},
    )

    module.refresh_from_db()
    state.refresh_from_db()
    assert not module.live
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_lead_publish_button_does_not_publish(client, alliance, officer, workflow):
    """Posting 'publish' as a lead cannot bypass the council's approval."""
    client.force_login(alliance.lead)
    add_module = reverse("wagtailadmin_pages:add", args=["courses", "modulepage", alliance.page.pk])

    client.post(add_module, {**module_form(), "action-publish": "Publish"})

    module = ModulePage.objects.get(slug="restorative-lunchtimes")
    assert not module.live


def test_workflow_covers_every_provider_page(alliance, other_alliance, workflow):
    for page in (alliance.page, other_alliance.module, alliance.lesson):
        assert page.get_workflow() == workflow
