"""Ranking business volunteers against gaps, and placing one on a board."""

from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from courses.frameworks import GOVERNANCE_2017, frameworks_load
from courses.models import FrameworkElement
from governors.matching import gap_points, volunteer_score, volunteers_rank
from governors.models import BusinessVolunteer, Governorship, Role, SkillsRating
from governors.selectors import board_skills, boards_skills, my_training, volunteers_available
from governors.services import volunteer_place, volunteer_propose
from governors.training import Status
from tests.governors.factories import BoardFactory, GovernorshipFactory


def test_gap_points_weigh_nobody_confident_above_a_low_average():
    assert gap_points(best_level=None, average=None) == 2
    assert gap_points(best_level=2, average=1.5) == 2
    assert gap_points(best_level=3, average=1.8) == 1


def test_score_adds_the_points_of_the_gaps_a_volunteer_fills():
    gaps = {8: 2, 9: 2, 5: 1}
    assert volunteer_score(skill_ids={8, 9, 12}, gaps=gaps) == 4
    assert volunteer_score(skill_ids={5}, gaps=gaps) == 1
    assert volunteer_score(skill_ids={1, 2}, gaps=gaps) == 0
    assert volunteer_score(skill_ids=set(), gaps={}) == 0


@pytest.fixture
def codes(db):
    frameworks_load()
    return {e.code: e for e in FrameworkElement.objects.filter(framework__slug=GOVERNANCE_2017)}


def rate(user, codes, **levels):
    """Rate every competency 3, except those given (GCF_8=1 means GCF-8 rated 1)."""
    for code, element in codes.items():
        if element.parent_id:
            level = levels.get(code.replace("-", "_"), 3)
            SkillsRating.objects.create(governor=user, element=element, level=level)


def volunteer(codes, name, skills, interest="governor", **extra):
    v = BusinessVolunteer.objects.create(
        name=name,
        email=f"{name.split()[0].lower()}@example.com",
        company="Company",
        sector="Sector",
        availability="monthly",
        interest=interest,
        consent=True,
        **extra,
    )
    v.skills.set([codes[c] for c in skills])
    return v


@pytest.fixture
def finance_gap_board(board_a, codes):
    """Nobody confident in GCF-8 or GCF-9; GCF-5 has one confident governor but a low average."""
    for levels in (
        {"GCF_8": 1, "GCF_9": 2, "GCF_5": 3},
        {"GCF_8": 2, "GCF_9": 1, "GCF_5": 1},
        {"GCF_8": 1, "GCF_9": 1, "GCF_5": 1},
    ):
        rate(GovernorshipFactory(board=board_a).governor, codes, **levels)
    return board_a


def test_board_gaps_and_their_reasons(finance_gap_board):
    gaps = {row.element.code: row.gap_reason for row in board_skills(board=finance_gap_board).gaps}
    assert gaps == {
        "GCF-8": "Nobody on the board rates themself confident",
        "GCF-9": "Nobody on the board rates themself confident",
        "GCF-5": "The board's average rating is low",
    }


def test_boards_skills_in_bulk_keeps_each_boards_ratings_apart(finance_gap_board, board_b, codes):
    rate(GovernorshipFactory(board=board_b).governor, codes)  # confident in everything
    GovernorshipFactory(board=board_b, role=Role.CLERK)
    skills = boards_skills(boards=[finance_gap_board, board_b])
    assert [row.element.code for row in skills[finance_gap_board.pk].gaps] == [
        row.element.code for row in board_skills(board=finance_gap_board).gaps
    ]
    assert skills[finance_gap_board.pk].rated == 3
    assert (skills[board_b.pk].gaps, skills[board_b.pk].rated) == ([], 1)
    assert len(skills[board_b.pk].governorships) == 1  # clerks do not rate themselves


def test_volunteers_rank_by_score_then_interest_then_waiting_time(finance_gap_board, codes):
    gaps = board_skills(board=finance_gap_board).gaps
    finance = volunteer(codes, "Sarah Whitfield", ["GCF-8", "GCF-9", "GCF-5"])
    mentor = volunteer(codes, "Anita Desai", ["GCF-9", "GCF-5"], interest="mentor")
    governor = volunteer(codes, "Bob Brown", ["GCF-9", "GCF-5"], interest="both")
    volunteer(codes, "James Okoro", ["GCF-10", "GCF-12"])  # fills no gap
    ranked = volunteers_rank(volunteers=BusinessVolunteer.objects.all(), gap_rows=gaps)
    assert [(m.volunteer, m.score) for m in ranked] == [(finance, 5), (governor, 3), (mentor, 3)]
    assert {row.element.code for row in ranked[0].fills} == {"GCF-8", "GCF-9", "GCF-5"}


@pytest.mark.django_db
def test_a_proposed_volunteer_joins_only_when_the_chair_accepts(
    client,
    council_officer,
    finance_gap_board,
    codes,
    induction,
    django_capture_on_commit_callbacks,
    reauthenticate,
):
    sarah = volunteer(codes, "Sarah Whitfield", ["GCF-8", "GCF-9"])
    chair = GovernorshipFactory(
        board=finance_gap_board, role=Role.CHAIR, governor__email="chair@example.org"
    ).governor
    client.force_login(council_officer)
    reauthenticate(client)
    listing = client.get(reverse("governors:council_volunteers")).content.decode()
    place_url = reverse("governors:volunteer_propose", args=[finance_gap_board.pk, sarah.pk])
    assert place_url in listing
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            place_url, {"role": Role.CO_OPTED, "appointed_on": today.isoformat()}
        )
    assert response.status_code == 302
    assert not User.objects.filter(email="sarah@example.com").exists()
    [proposed] = mail.outbox
    assert proposed.to == ["chair@example.org"]
    proposal = sarah.proposals.get()
    decide_url = reverse("governors:proposal", args=[finance_gap_board.pk, proposal.pk])
    assert client.post(decide_url, {"decision": "accept"}).status_code == 404  # the board decides
    client.force_login(chair)
    assert (
        decide_url
        in client.get(reverse("governors:board", args=[finance_gap_board.pk])).content.decode()
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide_url, {"decision": "accept"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by) == ("accepted", chair)
    assert sorted(m.to[0] for m in mail.outbox) == ["officer@example.org", "sarah@example.com"]
    mail.outbox[:] = [m for m in mail.outbox if m.to == ["sarah@example.com"]]
    user = User.objects.get(email="sarah@example.com")
    assert (user.first_name, user.last_name, user.has_usable_password()) == (
        "Sarah",
        "Whitfield",
        False,
    )
    governorship = Governorship.objects.get(governor=user)
    assert (governorship.board, governorship.role) == (finance_gap_board, Role.CO_OPTED)
    sarah.refresh_from_db()
    assert sarah.placement == governorship
    [board] = my_training(user=user)
    [(requirement, status)] = board.items
    assert requirement == induction
    assert status.status == Status.NOT_YET_DUE
    assert status.due_on == today + timezone.timedelta(days=183)
    [message] = mail.outbox
    assert "Choose a password" in message.alternatives[0][0]
    assert "http://testserver/account/password/reset/" in message.body
    # Placed volunteers leave the list; proposing again is refused, and so is deciding again.
    client.force_login(council_officer)
    assert client.get(place_url).status_code == 404
    client.force_login(chair)
    assert client.post(decide_url, {"decision": "decline"}).status_code == 200
    assert Governorship.objects.filter(governor=user).count() == 1


@pytest.mark.django_db
def test_a_declined_volunteer_waits_again_and_the_reason_is_kept(
    client, council_officer, finance_gap_board, codes, django_capture_on_commit_callbacks
):
    sarah = volunteer(codes, "Sarah Whitfield", ["GCF-8"])
    chair = GovernorshipFactory(board=finance_gap_board, role=Role.CHAIR).governor
    proposal = volunteer_propose(
        volunteer=sarah,
        board=finance_gap_board,
        role=Role.CO_OPTED,
        appointed_on=timezone.localdate(),
        proposed_by=council_officer,
    )
    assert sarah not in volunteers_available()
    with pytest.raises(ValidationError, match="already proposed"):
        volunteer_propose(
            volunteer=sarah,
            board=BoardFactory(),
            role=Role.CO_OPTED,
            appointed_on=timezone.localdate(),
            proposed_by=council_officer,
        )
    client.force_login(chair)
    url = reverse("governors:proposal", args=[finance_gap_board.pk, proposal.pk])
    assert client.post(url, {}).status_code == 200  # no choice: the error is shown, nothing changes
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "decline", "reason": "We need a treasurer."})
    proposal.refresh_from_db()
    assert (proposal.status, proposal.reason) == ("declined", "We need a treasurer.")
    assert not Governorship.objects.filter(governor__email="sarah@example.com").exists()
    assert sarah in volunteers_available()
    assert "We need a treasurer." in mail.outbox[0].body


@pytest.mark.django_db
def test_placing_an_existing_user_keeps_their_account(finance_gap_board, codes, council_officer):
    existing = GovernorshipFactory(governor__email="sarah@example.com").governor
    sarah = volunteer(codes, "Sarah Whitfield", ["GCF-8"])
    governorship = volunteer_place(
        volunteer=sarah,
        board=finance_gap_board,
        role=Role.TRUSTEE,
        appointed_on=date(2026, 9, 1),
        placed_by=council_officer,
    )
    assert governorship.governor == existing
    with pytest.raises(ValidationError):
        volunteer_place(
            volunteer=sarah,
            board=finance_gap_board,
            role=Role.TRUSTEE,
            appointed_on=date(2026, 9, 1),
            placed_by=council_officer,
        )


@pytest.mark.django_db
def test_volunteers_are_placed_only_as_co_opted_governors_or_trustees(
    board_a, codes, council_officer
):
    sarah = volunteer(codes, "Sarah Whitfield", ["GCF-8"])
    with pytest.raises(ValidationError):
        volunteer_place(
            volunteer=sarah,
            board=board_a,
            role=Role.CHAIR,
            appointed_on=date(2026, 9, 1),
            placed_by=council_officer,
        )
    assert not Governorship.objects.exists()


@pytest.mark.django_db
def test_chairs_see_how_many_volunteers_fill_a_gap_but_not_who(client, finance_gap_board, codes):
    volunteer(codes, "Sarah Whitfield", ["GCF-8"])
    chair = GovernorshipFactory(board=finance_gap_board, role=Role.CHAIR).governor
    client.force_login(chair)
    page = client.get(
        reverse("governors:board_skills", args=[finance_gap_board.pk])
    ).content.decode()
    assert "1 business volunteer with this skill could join the board." in page
    assert "Sarah Whitfield" not in page
    board_page = client.get(reverse("governors:board", args=[finance_gap_board.pk])).content
    assert (
        "Financial frameworks and accountability: nobody on the board rates themself confident"
        in board_page.decode()
    )


def _boards_with_gaps(n, codes):
    """n boards, each with two governors who lack GCF-8, GCF-9 and GCF-5."""
    for _ in range(n):
        board = BoardFactory()
        for levels in ({"GCF_8": 1, "GCF_9": 2, "GCF_5": 3}, {"GCF_8": 2, "GCF_9": 1, "GCF_5": 1}):
            rate(GovernorshipFactory(board=board).governor, codes, **levels)


@pytest.mark.parametrize(("boards", "volunteers"), [(2, 2), (12, 8)])
def test_volunteers_page_queries_do_not_grow_with_boards_or_volunteers(
    client, council_officer, codes, boards, volunteers, django_assert_max_num_queries
):
    _boards_with_gaps(boards, codes)
    for n in range(volunteers):
        volunteer(codes, f"Volunteer {n}", ["GCF-8", "GCF-5"][: n % 2 + 1])
    client.force_login(council_officer)
    client.get(reverse("governors:council_volunteers"))  # the session's two-factor verdict, once
    with django_assert_max_num_queries(12):
        response = client.get(reverse("governors:council_volunteers"))
    assert response.content.decode().count("Propose to this board") == boards * volunteers
