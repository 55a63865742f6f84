"""Who may see which board: the governors app's one object rule. Chairs, vice-chairs and clerks
see their own boards; those who may manage every board (council officers) see them all."""

from django.http import Http404

from ..models import BOARD_LEADER_ROLES, BOARD_MANAGER_ROLES, Board, Governorship


def sees_every_board(user) -> bool:
    return user.has_perm("governors.manage_boards")


def holds_role_on(*, user, board: Board, roles) -> bool:
    """True while the user currently serves on the board in one of these roles."""
    return board.governorships.current().filter(governor=user, role__in=roles).exists()


def can_lead(*, user, board: Board) -> bool:
    """May see the board's training, terms and skills."""
    return sees_every_board(user) or holds_role_on(user=user, board=board, roles=BOARD_LEADER_ROLES)


def can_manage(*, user, board: Board) -> bool:
    """May invite governors to the board and record their terms."""
    return sees_every_board(user) or holds_role_on(
        user=user, board=board, roles=BOARD_MANAGER_ROLES
    )


def board_for_leader(*, user, board_id: int, manage: bool = False) -> Board:
    """The board, if this user may lead (or manage) it; otherwise 404, never 403, so nobody
    learns which boards exist."""
    board = Board.objects.filter(pk=board_id).first()
    allowed = can_manage if manage else can_lead
    if board is None or not allowed(user=user, board=board):
        raise Http404
    return board


def boards_led_by(*, user) -> list[Board]:
    """The boards this person currently chairs, vice-chairs or clerks."""
    return list(
        Board.objects.filter(
            governorships__governor=user,
            governorships__ended_on__isnull=True,
            governorships__role__in=BOARD_LEADER_ROLES,
        ).distinct()
    )


def board_leader_is(*, user) -> bool:
    """Chairs, vice-chairs and clerks see their board's records, so they need two-factor log-in
    (named in ACCOUNTS_MFA_REQUIRED_CHECKS)."""
    return (
        Governorship.objects.current().filter(governor=user, role__in=BOARD_LEADER_ROLES).exists()
    )
