"""The "Your pathways" section of My learning (listed in settings.LEARNING_DASHBOARD_PANELS)."""

from django.template.loader import render_to_string

from learning.selectors import module_records_for_request

from .models import PathwayEnrolment
from .selectors import pathway_progress


def my_pathways_panel(request) -> str | None:
    """Each joined pathway's progress and next step; an invitation when there are none."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    enrolments = (
        PathwayEnrolment.objects.filter(learner=user, left_at__isnull=True, pathway__live=True)
        .select_related("pathway")
        .order_by("joined_at")
    )
    enrolments = list(enrolments)
    records = module_records_for_request(request) if enrolments else {}
    items = [
        {
            "enrolment": e,
            "progress": pathway_progress(learner=user, pathway=e.pathway, records=records),
        }
        for e in enrolments
    ]
    # The list of pathways is linked as the menu links it: /pathways/ finds the index page.
    return render_to_string(
        "pathways/my_pathways_panel.html",
        {"items": items},
        request=request,
    )
