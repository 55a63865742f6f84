from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from learning.hooks import DASHBOARD_PANELS

from .choosers import OfficersChooserViewSet
from .forms import IndicatorAdminForm, QuestionnaireAdminForm
from .models import Indicator, Questionnaire
from .panels import questionnaires_panel

hooks.register(DASHBOARD_PANELS, questionnaires_panel, order=50)


class IndicatorViewSet(SnippetViewSet):
    """The social impact matrix's lines, edited by council officers (evaluation permissions)."""

    model = Indicator
    chooser_viewset_class = OfficersChooserViewSet
    icon = "table"
    menu_label = "Impact indicators"
    list_display = ["name", "theme", "group", "source", "baseline", "target"]
    list_filter = ["theme", "group", "source"]
    search_fields = ["name", "theme"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("theme"),
            FieldPanel("group"),
            MultiFieldPanel(
                [FieldPanel("source"), FieldPanel("platform_figure"), FieldPanel("measure")],
                heading="Source: a platform figure or a questionnaire item",
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("baseline"), FieldPanel("target")]),
                    FieldPanel("baseline_note"),
                ],
                heading="Baseline and target",
            ),
            FieldPanel("order"),
        ],
        base_form_class=IndicatorAdminForm,
    )


class QuestionnaireViewSet(SnippetViewSet):
    """Pre and post questionnaires and their questions, attached to modules and pathways."""

    model = Questionnaire
    chooser_viewset_class = OfficersChooserViewSet
    icon = "form"
    menu_label = "Questionnaires"
    list_display = ["title", "timing", "active"]
    list_filter = ["timing", "active"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("slug"),
            FieldPanel("introduction"),
            FieldPanel("timing"),
            FieldPanel("pages"),
            FieldPanel("active"),
            InlinePanel(
                "questions",
                heading="Questions (each a rating from 1 to 5)",
                min_num=1,
                panels=[
                    FieldPanel("text"),
                    FieldPanel("measure"),
                    FieldRowPanel([FieldPanel("low_label"), FieldPanel("high_label")]),
                    FieldPanel("order"),
                ],
            ),
        ],
        base_form_class=QuestionnaireAdminForm,
    )


class EvaluationGroup(SnippetViewSetGroup):
    items = (IndicatorViewSet, QuestionnaireViewSet)
    menu_label = "Impact evaluation"
    menu_icon = "table"


register_snippet(EvaluationGroup)
