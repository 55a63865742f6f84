from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import PathwayEnrolment


class PathwayEnrolmentViewSet(ModelViewSet):
    """Who follows which pathway, for council officers; read-only, as learners join themselves."""

    model = PathwayEnrolment
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
