from collections import Counter

from django.contrib import messages
from django.db import router
from django.db.models.deletion import Collector, ProtectedError
from django.shortcuts import redirect
from django.utils.text import get_text_list
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Framework, ModulePage, lessons_unpublishable
from .services import LessonsNotPublishable, module_lessons_publish


@hooks.register("before_publish_page")
def refuse_to_publish_a_module_with_broken_lesson_drafts(request, page):
    """Publishing a module straight from the editor publishes its lesson drafts, so it is refused
    when one of them could not be published, as approval is."""
    if isinstance(page, ModulePage):
        reasons = lessons_unpublishable(drafts=page.lesson_drafts())
        if reasons:
            messages.error(request, LessonsNotPublishable(module=page, reasons=reasons).message)
            return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("after_publish_page")
def publish_a_modules_lessons_with_it(request, page):
    """An officer who publishes a module straight from the editor, rather than approving it,
    publishes its lessons' saved drafts too, as approval does (leads cannot publish)."""
    if isinstance(page, ModulePage):
        module_lessons_publish(module=page, user=request.user)


def _records_kept(page) -> Counter:
    """What protects a page and its subpages from deletion (enrolments, certificates...), by
    model, so the admin can say so instead of failing with a ProtectedError."""
    by_model: dict[type, list] = {}
    for each in [page.specific, *page.get_descendants().specific()]:
        by_model.setdefault(type(each), []).append(each)
    kept = Counter()
    for model, pages in by_model.items():
        try:
            Collector(using=router.db_for_write(model)).collect(pages)
        except ProtectedError as error:
            kept.update(record._meta for record in error.protected_objects)
    return kept


def _records_sentence(kept: Counter) -> str:
    return get_text_list(
        [
            f"{count} {meta.verbose_name if count == 1 else meta.verbose_name_plural}"
            for meta, count in kept.most_common()
        ],
        "and",
    )


def _deletion_refused(request, page, kept: Counter) -> None:
    messages.error(
        request,
        f"‘{page.title}’ cannot be deleted because learners’ records depend on it "
        f"({_records_sentence(kept)}). Unpublish it instead: it leaves the site and the "
        "records are kept.",
    )


@hooks.register("before_delete_page")
def pages_with_learner_records_are_not_deleted(request, page):
    kept = _records_kept(page)
    if kept:
        _deletion_refused(request, page, kept)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def bulk_deletion_keeps_pages_with_learner_records(request, action_type, objects, action):
    if action_type != "delete" or not objects or not hasattr(objects[0], "get_descendants"):
        return None
    refused = [(page, kept) for page in objects if (kept := _records_kept(page))]
    for page, kept in refused:
        _deletion_refused(request, page, kept)
    if refused:
        return redirect(action.next_url or "wagtailadmin_home")
    return None


class FrameworkViewSet(SnippetViewSet):
    """Council officers keep the frameworks modules are tagged with up to date."""

    model = Framework
    icon = "list-ul"
    menu_label = "Frameworks"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "publisher", "year", "status_note"]
    search_fields = ["name", "publisher"]


register_snippet(FrameworkViewSet)
