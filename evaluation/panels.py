"""The "Help us evaluate" section of My learning (registered in wagtail_hooks.py)."""

from django.template.loader import render_to_string

from .selectors import questionnaires_offered


def questionnaires_panel(request) -> str | None:
    if not request.user.is_authenticated:
        return None
    offers = questionnaires_offered(learner=request.user)
    if not offers:
        return None
    return render_to_string(
        "evaluation/includes/offers_panel.html", {"offers": offers}, request=request
    )
