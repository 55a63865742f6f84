"""The "Mentoring" section of My learning, registered in wagtail_hooks.py."""

from django.template.loader import render_to_string

from academy_site.permissions import roles_rule_out

from .selectors import dashboard_items


def my_mentoring_panel(request) -> str | None:
    """Each current pair's next meeting and overdue actions, for both people; nothing if none."""
    if not request.user.is_authenticated:
        return None
    if roles_rule_out(request, "paired"):
        return None
    items = dashboard_items(user=request.user)
    if not items:
        return None
    return render_to_string(
        "mentoring/includes/my_mentoring_panel.html",
        {"items": items, "user": request.user},
        request=request,
    )
