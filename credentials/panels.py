"""The credits section of "My learning" (named in settings.LEARNING_DASHBOARD_PANELS)."""

from django.template.loader import render_to_string

from .selectors import cpd_hours_in_academic_year, credit_totals


def my_credits_panel(request) -> str | None:
    """CPD hours this academic year and in all, academic credits, and masters progress."""
    if not request.user.is_authenticated:
        return None
    return render_to_string(
        "credentials/panels/my_credits.html",
        {
            "totals": credit_totals(learner=request.user),
            "hours_this_year": cpd_hours_in_academic_year(learner=request.user),
        },
        request=request,
    )
