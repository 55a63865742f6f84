"""The credits section of "My learning" (named in settings.LEARNING_DASHBOARD_PANELS)."""

from django.template.loader import render_to_string

from .selectors import credit_totals


def my_credits_panel(request) -> str | None:
    """All-time hours, academic credits and masters progress ("My learning" shows this year's
    hours itself)."""
    if not request.user.is_authenticated:
        return None
    return render_to_string(
        "credentials/panels/my_credits.html",
        {"totals": credit_totals(learner=request.user)},
        request=request,
    )
