"""The "Assigned training" section of My learning, registered in wagtail_hooks.py."""

from django.template.loader import render_to_string

from .selectors import my_assignments


def my_assignments_panel(request) -> str | None:
    """What the learner's schools have asked them to do, and by when; nothing if none."""
    if not request.user.is_authenticated:
        return None
    assignments = my_assignments(person=request.user)
    if not assignments:
        return None
    return render_to_string(
        "workforce/includes/my_assignments_panel.html",
        {"assignments": assignments},
        request=request,
    )
