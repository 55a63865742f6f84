"""The "Modules completed" section of "My certificates" (registered in wagtail_hooks.py)."""

from django.template.loader import render_to_string

from .selectors import COMPLETED_DEFINITION, completed_modules


def completed_modules_panel(request) -> str | None:
    """The same count of completed modules as "My learning", from the same selector."""
    if not request.user.is_authenticated:
        return None
    modules = completed_modules(learner=request.user)
    return render_to_string(
        "learning/includes/completed_summary.html",
        {
            "count": len(modules),
            "expired": sum(1 for row in modules if row.certificate_expired),
            "being_issued": sum(1 for row in modules if not row.certificate_code),
            "definition": COMPLETED_DEFINITION,
        },
        request=request,
    )
