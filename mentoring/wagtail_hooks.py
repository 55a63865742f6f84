from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.hooks import DASHBOARD_PANELS

from .models import AppropriateBody, InductionRules, MentorTrainingAllowance, SchoolTerm
from .panels import my_mentoring_panel
from .selectors import partnership_map

PARTNERSHIP_TIES = "academy_partnership_ties"

hooks.register(DASHBOARD_PANELS, my_mentoring_panel, order=40)


@hooks.register(PARTNERSHIP_TIES)
def partnership_ties():
    """For the impact dashboards: which organisations work with which, never people."""
    return [
        {
            "source": tie.source,
            "source_kind": tie.source_kind,
            "target": tie.target,
            "target_kind": tie.target_kind,
            "tie": tie.label,
        }
        for tie in partnership_map(within=False)
    ]


class InductionRulesViewSet(SnippetViewSet):
    model = InductionRules
    icon = "date"
    menu_label = "Induction rules"
    list_display = ["name", "terms", "applies_from"]


class AppropriateBodyViewSet(SnippetViewSet):
    model = AppropriateBody
    icon = "group"
    menu_label = "Appropriate bodies"


class MentorTrainingAllowanceViewSet(SnippetViewSet):
    model = MentorTrainingAllowance
    icon = "time"
    menu_label = "Mentor training allowances"
    list_display = ["kind", "label", "hours", "applies_from"]


class SchoolTermViewSet(SnippetViewSet):
    model = SchoolTerm
    icon = "date"
    menu_label = "School terms"
    list_display = ["name", "starts_on", "ends_on"]


for viewset in (
    InductionRulesViewSet,
    AppropriateBodyViewSet,
    MentorTrainingAllowanceViewSet,
    SchoolTermViewSet,
):
    register_snippet(viewset)
