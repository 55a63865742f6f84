from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Framework


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
