"""Deleting a board in the admin closes it: every governorship, invitation and reminder stays."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.utils import timezone

from governors.models import Board, Governorship, Invitation, ReminderSent, Role
from governors.services import board_close, governorship_start, invitation_accept
from tests.factories import UserFactory
from tests.governors.factories import BoardFactory, GovernorshipFactory

pytestmark = [pytest.mark.django_db, pytest.mark.fault]


@pytest.fixture
def board_with_history():
    board = BoardFactory(name="Brook Primary governing body")
    current = GovernorshipFactory.create_batch(3, board=board)
    GovernorshipFactory(board=board, ended_on=date(2025, 12, 31))
    for governorship in current:
        for cycle in ("2026-01", "2026-02"):
            ReminderSent.objects.create(
                governorship=governorship, kind=ReminderSent.Kind.CHAIR_SUMMARY, cycle=cycle
            )
    Invitation.objects.create(
        board=board, email="new@example.org", role=Role.PARENT, appointed_on=date(2026, 1, 1)
    )
    return board


@pytest.fixture
def admin_user():
    return UserFactory(is_staff=True, is_superuser=True, totp=True)


def _delete_url(board: Board) -> str:
    return f"/admin/snippets/governors/board/delete/{board.pk}/"


def test_a_board_with_records_cannot_be_erased(board_with_history):
    with pytest.raises(ProtectedError):
        board_with_history.delete()
    governorship = board_with_history.governorships.current().first()
    with pytest.raises(ProtectedError):
        governorship.delete()
    assert Governorship.objects.count() == 4
    assert ReminderSent.objects.count() == 6


def test_the_delete_page_says_the_board_is_closed_and_what_is_kept(
    client, admin_user, board_with_history
):
    client.force_login(admin_user)
    page = client.get(_delete_url(board_with_history)).content.decode()
    assert "Boards are never deleted" in page
    assert "its 4 governorships, 1 invitation and 6 reminder records are kept" in page
    assert "its 3 current governors leave the board today" in page
    assert "Yes, close this board" in page
    assert "Yes, delete" not in page


def test_deleting_a_board_in_the_admin_closes_it_and_keeps_every_governorship(
    client, admin_user, board_with_history
):
    client.force_login(admin_user)
    response = client.post(_delete_url(board_with_history))
    assert response.status_code == 302
    board = Board.objects.get(pk=board_with_history.pk)
    assert board.closed_on == timezone.localdate()
    assert board.governorships.count() == 4
    assert not board.governorships.current().exists()
    assert ReminderSent.objects.count() == 6
    assert board.invitations.count() == 1
    listing = client.get("/admin/snippets/governors/board/").content.decode()
    assert "Brook Primary governing body" in listing

    again = client.get(_delete_url(board)).content.decode()
    assert "closed on" in again
    assert "Yes, close this board" not in again


def test_the_bulk_delete_action_refuses_boards(client, admin_user, board_with_history):
    client.force_login(admin_user)
    url = f"/admin/bulk/governors/board/delete/?id={board_with_history.pk}"
    response = client.post(url, follow=True)
    assert Board.objects.filter(pk=board_with_history.pk, closed_on__isnull=True).exists()
    assert "Boards cannot be deleted" in response.content.decode()


def test_nobody_joins_a_closed_board(board_with_history):
    board = board_close(board=board_with_history, closed_on=date(2026, 3, 31))
    invitation = board.invitations.get()
    with pytest.raises(ValidationError, match="has closed"):
        invitation_accept(invitation=invitation, user=UserFactory(email="new@example.org"))
    with pytest.raises(ValidationError, match="has closed"):
        governorship_start(
            governor=UserFactory(), board=board, role=Role.PARENT, appointed_on=date(2026, 4, 1)
        )
    with pytest.raises(ValidationError, match="closed on 31 March 2026"):
        board_close(board=board, closed_on=date(2026, 4, 1))
    assert set(board.governorships.values_list("ended_on", flat=True)) == {
        date(2025, 12, 31),
        date(2026, 3, 31),
    }
