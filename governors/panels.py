"""The governance section of "My learning"."""

from django.template.loader import render_to_string

from academy_site.permissions import roles_rule_out

from .selectors import boards_led_by, my_training, sees_every_board


def my_governance_panel(request) -> str | None:
    """What a governor must do next, or a way in for officers; nothing for everyone else."""
    user = request.user
    if not user.is_authenticated:
        return None
    if roles_rule_out(request, "governs", "permitted"):
        return None
    my_boards = my_training(user=user)
    if not my_boards and not sees_every_board(user):
        return None
    actions = [
        (board.governorship, requirement, status)
        for board in my_boards
        for requirement, status in board.items
        if status.needs_action
    ]
    return render_to_string(
        "governors/includes/panel.html",
        {
            "actions": actions,
            "my_boards": my_boards,
            "boards_led": boards_led_by(user=user),
        },
        request=request,
    )
