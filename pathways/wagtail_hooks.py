from django.contrib import messages
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from academy_site.audit import access_record
from learning.hooks import DASHBOARD_PANELS, MODULE_COMPLETED

from .models import PathwayEnrolment, PathwayPage
from .panels import my_pathways_panel
from .services import pathway_awards_check
from .validation import pathway_unpublished_warning

hooks.register(MODULE_COMPLETED, pathway_awards_check)
hooks.register(DASHBOARD_PANELS, my_pathways_panel, order=10)


class PathwayLearnersIndexView(IndexView):
    """The list names learners: each shown is a look at their record, written to the log."""

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        access_record(
            viewer=self.request.user,
            people=[enrolment.learner_id for enrolment in context["object_list"]],
            what="pathway enrolment, in the officers' list of pathway learners",
            request=self.request,
        )
        return context


class PathwayLearnerInspectView(InspectView):
    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        access_record(
            viewer=self.request.user,
            people=[self.object.learner_id],
            what=f"enrolment on the pathway {self.object.pathway.title}",
            request=self.request,
        )
        return context


class PathwayEnrolmentViewSet(ModelViewSet):
    """Who follows which pathway, for council officers; read-only, as learners join themselves."""

    model = PathwayEnrolment
    index_view_class = PathwayLearnersIndexView
    inspect_view_class = PathwayLearnerInspectView
    icon = "list-ol"
    menu_label = "Pathway learners"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["learner", "pathway", "joined_at", "left_at", "completed_at"]
    list_filter = ["pathway"]
    search_fields = ["learner__email", "learner__first_name", "learner__last_name"]
    inspect_view_enabled = True
    form_fields = ["left_at"]


@hooks.register("register_admin_viewset")
def register_viewset():
    return PathwayEnrolmentViewSet("pathway_enrolments")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_unpublished_modules(request, page):
    """Tell the officer which modules learners cannot start yet; saving and publishing go ahead."""
    if not isinstance(page, PathwayPage) or not request.accepts("text/html"):
        return
    warning = pathway_unpublished_warning(pathway=page)
    if warning:
        messages.warning(request, warning)
