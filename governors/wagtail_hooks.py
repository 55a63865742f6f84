from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from credentials.hooks import CERTIFICATE_CHANGED
from learning.hooks import DASHBOARD_PANELS

from .choosers import BoardChooserViewSet
from .forms import TrainingRequirementForm
from .models import Board, ReminderSent, TrainingRequirement
from .panels import my_governance_panel
from .services import board_close
from .standings import certificate_standings_refresh, requirement_standings_refresh

hooks.register(DASHBOARD_PANELS, my_governance_panel, order=20)
hooks.register(CERTIFICATE_CHANGED, certificate_standings_refresh)


class RequirementStandingsRefresh:
    """Adding or changing a requirement rewrites its standings in the transaction that saves it
    (Wagtail saves inside `transaction.atomic`); deleting one deletes them with it."""

    def save_instance(self):
        requirement = super().save_instance()
        requirement_standings_refresh(requirement=requirement)
        return requirement


class RequirementCreateView(RequirementStandingsRefresh, CreateView):
    pass


class RequirementEditView(RequirementStandingsRefresh, EditView):
    pass


class TrainingRequirementViewSet(SnippetViewSet):
    model = TrainingRequirement
    add_view_class = RequirementCreateView
    edit_view_class = RequirementEditView
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


class BoardCloseView(DeleteView):
    """Deleting a board closes it instead: the page says what is kept, and nothing is erased."""

    page_title = "Close"

    def run_before_hook(self):
        return None

    @cached_property
    def kept(self) -> dict:
        board = self.object
        return {
            "governorships": board.governorships.count(),
            "current": board.governorships.current().count(),
            "invitations": board.invitations.count(),
            "reminders": ReminderSent.objects.filter(governorship__board=board).count(),
        }

    @property
    def confirmation_message(self):
        return f"Close {self.object}?"

    def form_valid(self, form):
        try:
            board = board_close(board=self.object, closed_on=timezone.localdate())
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
        else:
            messages.success(
                self.request,
                f"{board} is closed. Its governors’ records are kept and can still be read.",
            )
        return redirect(self.get_success_url())


@hooks.register("before_delete_snippet")
def boards_are_closed_one_at_a_time_never_deleted(request, instances):
    """The bulk delete action would erase boards: refuse it and say what to do instead."""
    boards = [instance for instance in instances if isinstance(instance, Board)]
    if boards:
        messages.error(
            request,
            "Boards cannot be deleted, so that governors’ records are kept. To close a board, "
            "choose Delete on that board alone: it is archived, not erased.",
        )
        return redirect("wagtailsnippets_governors_board:list")
    return None


class BoardViewSet(SnippetViewSet):
    model = Board
    chooser_viewset_class = BoardChooserViewSet
    icon = "group"
    menu_label = "Boards"
    list_display = ["name", "kind", "closed_on"]
    search_fields = ["name"]
    delete_view_class = BoardCloseView
    delete_template_name = "governors/admin/board_confirm_close.html"


class GovernanceGroup(SnippetViewSetGroup):
    items = (TrainingRequirementViewSet, BoardViewSet)
    menu_label = "Governance"
    menu_icon = "group"


register_snippet(GovernanceGroup)
