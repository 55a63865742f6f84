"""Who may edit what: provider leads' groups and collections, council officers, module approval."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import PROVIDER_LEAD_PERMISSIONS, council_officers_group, permissions_named

from .models import LessonPage, ModulePage, ProviderIndexPage, ProviderPage, lessons_unpublishable

WORKFLOW_NAME = "Module approval"
APPROVAL_TASK_NAME = "Council officer approval"

# Leads write and submit; only the workflow (a council officer's approval) publishes.
LEAD_PAGE_PERMISSIONS = ["add_page", "change_page"]
OFFICER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
LEAD_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permissions_set(
    *, group: Group, page: Page, codenames: list[str], exclusive: bool
) -> None:
    """Give the group these permissions on this page's subtree (exclusive: and nowhere else)."""
    wanted = [_permission("wagtailcore", codename) for codename in codenames]
    if exclusive:
        GroupPagePermission.objects.filter(group=group).exclude(
            page=page, permission__in=wanted
        ).delete()
    for permission in wanted:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _collection_permissions_set(*, group: Group, collection: Collection) -> None:
    wanted = [_permission(app, codename) for app, codename in LEAD_COLLECTION_PERMISSIONS]
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission__in=wanted
    ).delete()
    for permission in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def provider_group_name(provider: ProviderPage) -> str:
    return f"{provider.title} leads"


def provider_collection(*, title: str) -> Collection:
    """The provider's own collection of images and documents, made on first use."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=title).first()
    return existing or root.add_child(name=title)


@transaction.atomic
def provider_permissions_setup(*, provider: ProviderPage) -> Group:
    """Make the provider's leads group: edit and submit in its own subtree and collection only."""
    group, _ = Group.objects.get_or_create(name=provider_group_name(provider))
    group.permissions.add(*permissions_named(PROVIDER_LEAD_PERMISSIONS))
    _page_permissions_set(
        group=group, page=provider, codenames=LEAD_PAGE_PERMISSIONS, exclusive=True
    )
    _collection_permissions_set(group=group, collection=provider_collection(title=provider.title))
    return group


@transaction.atomic
def council_officers_setup() -> Group:
    """Council officers edit the whole site, approve modules and edit frameworks; not users."""
    group = council_officers_group()
    home = Page.objects.get(depth=2, slug="home")
    _page_permissions_set(
        group=group, page=home, codenames=OFFICER_PAGE_PERMISSIONS, exclusive=False
    )
    root_collection = Collection.get_first_root_node()
    for app, codename in LEAD_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(app, codename)
        )
    return group


@transaction.atomic
def moderation_workflow_setup() -> Workflow:
    """Every page under the providers index goes to a council officer for approval."""
    officers = council_officers_setup()
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.set([officers])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    index = ProviderIndexPage.objects.first()
    if index is not None:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


class LessonsNotPublishable(Exception):
    """Approving or publishing the module would publish a lesson draft that fails its checks:
    raised inside the approval's transaction, so nothing of it is kept."""

    def __init__(self, *, module: ModulePage, reasons: str):
        self.module = module
        self.message = (
            f"‘{module.title}’ cannot be approved or published because some of its lessons "
            f"cannot be published. {reasons} Request changes so the provider can fix them."
        )
        super().__init__(self.message)


@transaction.atomic
def module_lessons_publish(*, module: ModulePage, user) -> list[LessonPage]:
    """Publish the saved drafts of the module's lessons as the officer who approved (or
    published) the module, so one approval puts the module and its lessons live. A lesson in an
    approval of its own is left to that approval. When the module is scheduled to go live later,
    its lessons are scheduled for the same moment rather than going live before it. A lesson draft
    that fails its checks (saving a draft skips them) refuses the whole approval with
    LessonsNotPublishable."""
    go_live_at = (
        module.revisions.filter(approved_go_live_at__gt=timezone.now())
        .values_list("approved_go_live_at", flat=True)
        .first()
    )
    drafts = module.lesson_drafts()
    reasons = lessons_unpublishable(drafts=drafts)
    if reasons:
        raise LessonsNotPublishable(module=module, reasons=reasons)
    published = []
    for draft in drafts:
        if draft.in_own_approval:
            continue
        revision = draft.revision
        if go_live_at is not None:
            lesson = revision.as_object()
            lesson.go_live_at = go_live_at
            revision = lesson.save_revision(user=user, log_action=False)
        revision.publish(user=user)
        published.append(draft.lesson.pk)
    return list(LessonPage.objects.filter(pk__in=published).order_by("path"))
