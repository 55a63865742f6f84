from django.contrib import messages
from django.shortcuts import redirect
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
