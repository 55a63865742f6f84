"""The events sections of other apps' pages, registered in wagtail_hooks.py: "My bookings" on
My learning and the next dates on a module's page."""

from django.template.loader import render_to_string

from academy_site.permissions import roles_rule_out

from . import selectors


def my_bookings_panel(request) -> str | None:
    """The learner's places to come (with the joining link or directions), waits and past
    sessions; nothing if they have none."""
    if not request.user.is_authenticated:
        return None
    if roles_rule_out(request, "booked"):
        return None
    bookings = selectors.my_bookings(learner=request.user)
    if not bookings:
        return None
    return render_to_string(
        "events/includes/my_bookings_panel.html", {"bookings": bookings}, request=request
    )


def module_dates_panel(request, *, module) -> str | None:
    """The module's next live sessions with the places left; nothing if it has none."""
    figures = selectors.upcoming_events(module=module)
    if not figures:
        return None
    return render_to_string(
        "events/includes/module_dates_panel.html", {"figures": figures}, request=request
    )


def approvals_panel(request) -> str | None:
    """For a headteacher, CPD lead or provider lead: how many bookings wait for their decision."""
    if not request.user.is_authenticated:
        return None
    if roles_rule_out(request, "school_role", "permitted"):
        return None  # approvers lead a school or hold a provider's page permissions
    waiting = selectors.approvals_for(user=request.user).count()
    if not waiting:
        return None
    return render_to_string(
        "events/includes/approvals_panel.html", {"waiting": waiting}, request=request
    )
