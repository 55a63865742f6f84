"""A lead saves lesson drafts and submits only the module; one officer approval publishes them all."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from courses.models import LessonPage, ModulePage
from courses.services import module_lessons_publish
from tests.courses.admin_forms import lesson_form, module_form, submit, workflow_action
from tests.factories import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


def _published(page):
    """Publish through a revision, as the site's pages are, so the page has a publishing history."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class Module:
    """A live module with three live lessons, and a live lesson of another module of the alliance."""

    def __init__(self, alliance):
        self.module = _published(
            ModulePageFactory(parent=alliance.page, title="Calm lunchtimes", slug="calm-lunchtimes")
        )
        self.first, self.second, self.untouched = (
            _published(
                LessonPageFactory(
                    parent=self.module,
                    title=f"{name} lesson",
                    slug=name.lower(),
                    body=[{"type": "paragraph", "value": f"<p>{name} as published.</p>"}],
                )
            )
            for name in ("First", "Second", "Untouched")
        )
        self.elsewhere = _published(
            LessonPageFactory(parent=_published(alliance.module), title="Elsewhere lesson")
        )


@pytest.fixture
def calm(alliance):
    return Module(alliance)


def _save_draft(client, lesson, **form):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(title=lesson.title, slug=lesson.slug, **form),
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def _lead_writes_drafts_and_submits_the_module(client, alliance, calm) -> LessonPage:
    """Two edited lessons, one new lesson and an edit to another module's lesson, all saved as
    drafts; then only the module is submitted. Returns the new lesson."""
    client.force_login(alliance.lead)
    _save_draft(client, calm.first, text="First, rewritten for the new term.")
    _save_draft(client, calm.second, text="Second, with a new example.", quiz=False)
    _save_draft(client, calm.elsewhere, text="Elsewhere, not part of this module.")
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", calm.module.pk]),
        lesson_form(title="Repairing harm", slug="repairing-harm", text="Brand new lesson."),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    response = submit(
        client,
        reverse("wagtailadmin_pages:edit", args=[calm.module.pk]),
        module_form(title=calm.module.title, slug=calm.module.slug),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return LessonPage.objects.get(slug="repairing-harm")


def _publish_entries(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish")


def test_one_approval_publishes_the_module_and_its_lesson_drafts(
    client, alliance, officer, calm, workflow
):
    new = _lead_writes_drafts_and_submits_the_module(client, alliance, calm)
    untouched_published_at = calm.untouched.last_published_at
    assert not new.live
    assert not WorkflowState.objects.for_instance(new).exists()

    client.force_login(officer)
    assert workflow_action(client, calm.module, "approve", "Approved.").status_code == 302

    calm.module.refresh_from_db()
    assert calm.module.live
    assert not calm.module.has_unpublished_changes
    for lesson in (calm.first, calm.second, new):
        lesson.refresh_from_db()
        assert lesson.live
        assert not lesson.has_unpublished_changes
        assert lesson.live_revision == lesson.latest_revision
        entry = _publish_entries(lesson).latest("timestamp")
        assert entry.user == officer
        assert entry.revision == lesson.live_revision
    calm.untouched.refresh_from_db()
    assert calm.untouched.last_published_at == untouched_published_at
    assert _publish_entries(calm.untouched).count() == 1
    calm.elsewhere.refresh_from_db()
    assert calm.elsewhere.has_unpublished_changes
    assert "Elsewhere, not part" not in str(calm.elsewhere.body)

    client.logout()
    assert "rewritten for the new term" in client.get(calm.first.url).content.decode()
    assert "Second, with a new example." in client.get(calm.second.url).content.decode()
    assert "Brand new lesson." in client.get(new.url).content.decode()
    listing = client.get(calm.module.url).content.decode()
    assert "Repairing harm" in listing
    assert "Elsewhere, not part" not in client.get(calm.elsewhere.url).content.decode()


def test_rejecting_the_module_publishes_nothing(client, alliance, officer, calm, workflow):
    new = _lead_writes_drafts_and_submits_the_module(client, alliance, calm)
    entries_before = PageLogEntry.objects.filter(action="wagtail.publish").count()

    client.force_login(officer)
    assert workflow_action(client, calm.module, "reject", "Add a quiz, please.").status_code == 302

    state = WorkflowState.objects.for_instance(calm.module).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    new.refresh_from_db()
    assert not new.live
    for lesson in (calm.first, calm.second):
        lesson.refresh_from_db()
        assert lesson.has_unpublished_changes
        assert "as published" in str(lesson.body)
    assert PageLogEntry.objects.filter(action="wagtail.publish").count() == entries_before


def test_a_lesson_submitted_on_its_own_keeps_its_own_approval(
    client, alliance, officer, calm, workflow
):
    client.force_login(alliance.lead)
    response = submit(
        client,
        reverse("wagtailadmin_pages:edit", args=[calm.first.pk]),
        lesson_form(title=calm.first.title, slug=calm.first.slug, text="Submitted alone."),
    )
    assert response.status_code == 302
    _save_draft(client, calm.second, text="Second, saved as a draft.")
    submit(
        client,
        reverse("wagtailadmin_pages:edit", args=[calm.module.pk]),
        module_form(title=calm.module.title, slug=calm.module.slug),
    )

    client.force_login(officer)
    preview = _officer_preview(client, calm.module)
    assert "These lessons were submitted on their own" in preview
    workflow_action(client, calm.module, "approve")

    calm.first.refresh_from_db()
    calm.second.refresh_from_db()
    assert calm.second.live
    assert not calm.second.has_unpublished_changes
    assert calm.first.has_unpublished_changes
    own = WorkflowState.objects.for_instance(calm.first).get()
    assert own.status == WorkflowState.STATUS_IN_PROGRESS
    workflow_action(client, calm.first, "approve")
    calm.first.refresh_from_db()
    assert "Submitted alone." in str(calm.first.body)


def _officer_preview(client, module: ModulePage) -> str:
    state = WorkflowState.objects.for_instance(module).get(status=WorkflowState.STATUS_IN_PROGRESS)
    response = client.get(
        reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[module.pk, state.current_task_state.task_id],
        )
    )
    assert response.status_code == 200
    return response.content.decode()


def _notice(html: str) -> str:
    start = html.index('id="lesson-drafts-title"')
    return html[start : html.index('<span class="govuk-caption-l">', start)]


def test_the_officer_preview_lists_the_lessons_approval_will_publish(
    client, alliance, officer, calm, workflow
):
    new = _lead_writes_drafts_and_submits_the_module(client, alliance, calm)

    client.force_login(officer)
    notice = _notice(_officer_preview(client, calm.module))

    assert "Approving this module also publishes 3 lessons" in notice
    for lesson in (calm.first, calm.second, new):
        assert reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]) in notice
    assert "Repairing harm" in notice
    assert notice.count("New lesson") == 1
    assert notice.count("Changed") == 2
    assert f"by {alliance.lead.display_name}" in notice
    assert "Untouched lesson" not in notice
    assert "Elsewhere lesson" not in notice
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[new.pk]))
    assert "Brand new lesson." in draft.content.decode()


def test_the_public_sees_no_lesson_drafts_before_approval(client, alliance, calm, workflow):
    new = _lead_writes_drafts_and_submits_the_module(client, alliance, calm)
    client.logout()

    listing = client.get(calm.module.url).content.decode()
    assert "Repairing harm" not in listing
    assert "Important" not in listing
    assert "Untouched lesson" in listing
    assert client.get(new.url).status_code == 404
    first = client.get(calm.first.url).content.decode()
    assert "First as published." in first
    assert "rewritten for the new term" not in first


def test_the_module_editor_tells_the_lead_to_submit_only_the_module(client, alliance, calm):
    client.force_login(alliance.lead)

    module_editor = client.get(reverse("wagtailadmin_pages:edit", args=[calm.module.pk]))
    lesson_editor = client.get(reverse("wagtailadmin_pages:edit", args=[calm.first.pk]))

    assert "You only need to submit the module." in module_editor.content.decode()
    assert "you do not need to submit it on its own" in lesson_editor.content.decode()


def test_a_lesson_taken_offline_stays_offline(alliance, officer, calm):
    """Unpublishing leaves the lesson with unpublished changes; approval must not undo it."""
    calm.untouched.unpublish(user=officer)

    assert module_lessons_publish(module=calm.module, user=officer) == []
    calm.untouched.refresh_from_db()
    assert not calm.untouched.live


def test_an_officer_who_publishes_the_module_directly_publishes_its_lesson_drafts_too(
    client, alliance, officer, calm, workflow
):
    new = _lead_writes_drafts_and_submits_the_module(client, alliance, calm)

    client.force_login(officer)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[calm.module.pk]),
        {
            **module_form(title=calm.module.title, slug=calm.module.slug),
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    for lesson in (calm.first, calm.second, new):
        lesson.refresh_from_db()
        assert lesson.live
        assert not lesson.has_unpublished_changes
        assert _publish_entries(lesson).latest("timestamp").user == officer
    calm.elsewhere.refresh_from_db()
    assert calm.elsewhere.has_unpublished_changes


def test_a_module_approved_to_go_live_later_takes_its_lessons_live_with_it(
    client, alliance, officer, calm, workflow
):
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    from courses.tasks import publish_scheduled_pages

    new = _lead_writes_drafts_and_submits_the_module(client, alliance, calm)
    calm.module.refresh_from_db()
    calm.module.unpublish()  # a module not yet open, to be opened at the start of term
    go_live_at = (timezone.now() + timedelta(days=7)).replace(microsecond=0)
    revision = calm.module.latest_revision
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.save(update_fields=["content"])

    client.force_login(officer)
    assert workflow_action(client, calm.module, "approve", "Approved.").status_code == 302

    calm.module.refresh_from_db()
    new.refresh_from_db()
    assert not calm.module.live
    assert not new.live, "a new lesson does not open before its module"
    client.logout()
    assert client.get(new.url).status_code == 404

    with time_machine.travel(go_live_at + timedelta(minutes=1)):
        publish_scheduled_pages.delay()  # as Celery beat does every five minutes

    calm.module.refresh_from_db()
    new.refresh_from_db()
    calm.first.refresh_from_db()
    assert calm.module.live
    assert new.live
    assert "Brand new lesson." in client.get(new.url).content.decode()
    assert "rewritten for the new term" in str(calm.first.body)
