from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Framework, ModulePage
from .services import module_lessons_publish


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
