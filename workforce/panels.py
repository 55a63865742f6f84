"""The sections of My learning this app gives, registered in wagtail_hooks.py."""

from django.template.loader import render_to_string

from academy_site.permissions import roles_rule_out

from .selectors import employments_to_answer, my_assignments


def my_assignments_panel(request) -> str | None:
    """What the learner's schools have asked them to do, and by when; nothing if none."""
    if not request.user.is_authenticated or roles_rule_out(request, "assigned"):
        return None
    assignments = my_assignments(person=request.user)
    if not assignments:
        return None
    return render_to_string(
        "workforce/includes/my_assignments_panel.html",
        {"assignments": assignments},
        request=request,
    )


def confirm_employment_panel(request) -> str | None:
    """A school that says this person works there, waiting for them to confirm or decline."""
    if roles_rule_out(request, "to_confirm"):
        return None
    employments = list(employments_to_answer(person=request.user))
    if not employments:
        return None
    return render_to_string(
        "workforce/includes/confirm_panel.html", {"employments": employments}, request=request
    )
