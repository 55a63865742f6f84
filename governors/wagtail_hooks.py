from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from learning.hooks import DASHBOARD_PANELS

from .choosers import BoardChooserViewSet
from .forms import TrainingRequirementForm
from .models import Board, TrainingRequirement
from .panels import my_governance_panel

hooks.register(DASHBOARD_PANELS, my_governance_panel, order=20)


class TrainingRequirementViewSet(SnippetViewSet):
    model = TrainingRequirement
    icon = "tick-inverse"
    menu_label = "Training requirements"
    list_display = ["name", "roles_display", "due_within_days", "renewal_months", "active"]
    list_filter = ["active"]
    edit_handler = ObjectList(
        [
            FieldPanel("module"),
            FieldPanel("title"),
            FieldPanel("roles"),
            MultiFieldPanel(
                [
                    FieldPanel("due_within_days"),
                    FieldPanel("renew_every_months"),
                    FieldPanel("window_days"),
                ],
                heading="Deadlines and renewal",
            ),
            FieldPanel("active"),
        ],
        base_form_class=TrainingRequirementForm,
    )


class BoardViewSet(SnippetViewSet):
    model = Board
    chooser_viewset_class = BoardChooserViewSet
    icon = "group"
    menu_label = "Boards"
    list_display = ["name", "kind"]
    search_fields = ["name"]


class GovernanceGroup(SnippetViewSetGroup):
    items = (TrainingRequirementViewSet, BoardViewSet)
    menu_label = "Governance"
    menu_icon = "group"


register_snippet(GovernanceGroup)
