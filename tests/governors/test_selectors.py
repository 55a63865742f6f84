"""Status derived from real certificates, the matrix and its query bound."""

from datetime import UTC, date, datetime, time

import pytest
import time_machine
from django.utils import timezone

from credentials.models import Certificate
from credentials.services import certificate_issue, certificate_revoke
from governors.models import Role, TrainingRequirement
from governors.selectors import board_matrix, boards_compliance, my_training
from governors.training import Status
from tests.factories import ModulePageFactory
from tests.governors.factories import BoardFactory, GovernorshipFactory

from .conftest import aware, certificate, complete, on

pytestmark = pytest.mark.django_db


def only_status(user, requirement):
    [board] = my_training(user=user)
    return next(s for r, s in board.items if r.pk == requirement.pk)


def test_status_follows_the_calendar_as_days_pass(safeguarding):
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    certificate(
        learner=g.governor,
        module=safeguarding.module,
        completed_on=date(2025, 5, 30),
        expires_on=date(2027, 5, 30),
    )
    for day, expected in [
        ("2026-06-01", Status.MET),
        ("2027-03-01", Status.DUE_SOON),
        ("2027-05-31", Status.EXPIRED),
    ]:
        with time_machine.travel(datetime.fromisoformat(f"{day}T12:00:00+00:00"), tick=False):
            assert only_status(g.governor, safeguarding).status == expected


def test_never_done_becomes_overdue_after_the_due_date(induction):
    g = GovernorshipFactory(appointed_on=date(2026, 1, 10))
    with time_machine.travel(datetime(2026, 2, 1, 12, tzinfo=UTC), tick=False):
        assert only_status(g.governor, induction).status == Status.NOT_YET_DUE
    with time_machine.travel(datetime(2026, 5, 1, 12, tzinfo=UTC), tick=False):
        assert only_status(g.governor, induction).status == Status.DUE_SOON
    with time_machine.travel(datetime(2026, 7, 13, 12, tzinfo=UTC), tick=False):
        assert only_status(g.governor, induction).status == Status.OVERDUE
    certificate(learner=g.governor, module=induction.module, completed_on=date(2026, 7, 20))
    with time_machine.travel(datetime(2026, 7, 21, 12, tzinfo=UTC), tick=False):
        assert only_status(g.governor, induction).status == Status.MET


def test_renewal_inside_the_window_uses_the_renewed_certificate(safeguarding):
    """The renewal (issued with expiry carried on from the old one) is what counts."""
    g = GovernorshipFactory(appointed_on=date(2024, 9, 1))
    certificate(
        learner=g.governor,
        module=safeguarding.module,
        completed_on=date(2025, 5, 30),
        expires_on=date(2027, 5, 30),
        status=Certificate.Status.SUPERSEDED,
    )
    certificate(
        learner=g.governor,
        module=safeguarding.module,
        completed_on=date(2027, 4, 2),
        expires_on=date(2029, 5, 30),
    )
    with time_machine.travel(datetime(2027, 6, 1, 12, tzinfo=UTC), tick=False):
        status = only_status(g.governor, safeguarding)
    assert status.status == Status.MET
    assert status.expires_on == date(2029, 5, 30)
    assert "Renew between 1 March 2029 and 30 May 2029" in status.sentence


def test_renewal_after_expiry_counts_from_the_new_completion(safeguarding):
    g = GovernorshipFactory(appointed_on=date(2024, 9, 1))
    with time_machine.travel(datetime(2025, 5, 30, 12, tzinfo=UTC), tick=False):
        certificate_issue(
            learner=g.governor,
            page=safeguarding.module,
            source_key="test:first",
            completed_at=aware(date(2025, 5, 30)),
        )
    with time_machine.travel(datetime(2027, 8, 1, 12, tzinfo=UTC), tick=False):
        assert only_status(g.governor, safeguarding).status == Status.EXPIRED
        certificate_issue(
            learner=g.governor,
            page=safeguarding.module,
            source_key="test:renewal",
            completed_at=aware(date(2027, 8, 1)),
        )
        status = only_status(g.governor, safeguarding)
    assert status.status == Status.MET
    assert status.expires_on == date(2029, 8, 1)


def test_revoked_certificates_do_not_count(induction):
    g = GovernorshipFactory(appointed_on=date(2020, 1, 1))
    certificate(
        learner=g.governor,
        module=induction.module,
        completed_on=date(2020, 2, 1),
        status=Certificate.Status.REVOKED,
    )
    assert only_status(g.governor, induction).status == Status.OVERDUE


def test_a_role_requirement_applies_only_to_that_role(board_a, induction):
    chairing = TrainingRequirement.objects.create(
        module=ModulePageFactory(title="Chairing the board"),
        roles=[Role.CHAIR],
        due_within_days=365,
    )
    chair = GovernorshipFactory(board=board_a, role=Role.CHAIR)
    parent = GovernorshipFactory(board=board_a, role=Role.PARENT)
    matrix = board_matrix(board=board_a)
    cells = {row.governorship.pk: row.cells for row in matrix.rows}
    assert [c.requirement for c in cells[chair.pk]] == [induction, chairing]
    assert cells[chair.pk][1].status is not None
    assert cells[parent.pk][1].status is None
    assert matrix.compliance.total == 3


def test_matrix_rows_put_the_chair_first_and_leave_out_people_who_left(board_a, induction):
    parent = GovernorshipFactory(board=board_a, role=Role.PARENT, governor__last_name="Adams")
    chair = GovernorshipFactory(board=board_a, role=Role.CHAIR, governor__last_name="Young")
    GovernorshipFactory(board=board_a, ended_on=date(2025, 12, 1))
    rows = board_matrix(board=board_a).rows
    assert [row.governorship for row in rows] == [chair, parent]


def test_compliance_rate_is_the_share_of_cells_met(board_a, board_b, induction):
    today = timezone.localdate()
    for n in range(4):
        g = GovernorshipFactory(board=board_a, appointed_on=date(2020, 1, 1))
        if n < 3:
            certificate(learner=g.governor, module=induction.module, completed_on=today)
    GovernorshipFactory(board=board_b, appointed_on=date(2020, 1, 1))
    rates = {item.board: item.compliance.rate for item in boards_compliance()}
    assert rates[board_a] == 75
    assert rates[board_b] == 0


def _board_with(n, induction, safeguarding):
    board = BoardFactory()
    for i in range(n):
        g = GovernorshipFactory(board=board, role=Role.CHAIR if i == 0 else Role.PARENT)
        certificate(learner=g.governor, module=induction.module, completed_on=date(2026, 1, 1))
        certificate(
            learner=g.governor,
            module=safeguarding.module,
            completed_on=date(2026, 1, 1),
            expires_on=date(2028, 1, 1),
        )
    return board


def test_matrix_queries_do_not_grow_with_the_board(
    induction, safeguarding, django_assert_num_queries
):
    small = _board_with(3, induction, safeguarding)
    large = _board_with(15, induction, safeguarding)
    with django_assert_num_queries(3):
        assert len(board_matrix(board=small).rows) == 3
    with django_assert_num_queries(3):
        assert len(board_matrix(board=large).rows) == 15


def test_council_overview_queries_do_not_grow_with_boards(
    induction, safeguarding, django_assert_num_queries
):
    _board_with(3, induction, safeguarding)
    with django_assert_num_queries(4):
        assert len(boards_compliance()) == 1
    _board_with(15, induction, safeguarding)
    with django_assert_num_queries(4):
        assert len(boards_compliance()) == 2


@pytest.mark.parametrize(
    ("renewed_on", "promised"),
    [(date(2027, 4, 2), date(2029, 5, 30)), (date(2027, 8, 15), date(2029, 8, 15))],
)
def test_renewing_when_the_matrix_says_gives_the_expiry_it_promised(
    safeguarding, renewed_on, promised
):
    """What a governor is told renewing will set is what the issued certificate then says."""
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    with time_machine.travel(datetime(2025, 5, 30, 12, tzinfo=UTC), tick=False):
        certificate_issue(
            learner=g.governor,
            page=safeguarding.module,
            source_key="test:first",
            completed_at=aware(date(2025, 5, 30)),
        )
    with time_machine.travel(datetime.combine(renewed_on, time(12), tzinfo=UTC), tick=False):
        assert only_status(g.governor, safeguarding).new_expiry_on == promised
        renewal = certificate_issue(
            learner=g.governor,
            page=safeguarding.module,
            source_key="test:renewal",
            completed_at=aware(renewed_on),
        )
        assert only_status(g.governor, safeguarding).expires_on == promised
    assert timezone.localdate(renewal.expires_at) == promised


# A requirement's own period and window: what the governor is promised is what they then see ---


def status_on(day: date, governor, requirement):
    with on(day):
        return only_status(governor, requirement)


@pytest.mark.parametrize("own_months", [None, 24])
def test_renewing_inside_a_wider_window_than_the_sites_carries_the_expiry_on(
    safeguarding, own_months
):
    """Renewal opens 120 days before expiry, not the site's 90: on 5 February 2027 the window is
    open for the requirement though not for the certificate, which counts from that day."""
    safeguarding.window_days = 120
    safeguarding.renew_every_months = own_months
    safeguarding.save()
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    complete(g.governor, safeguarding.module, date(2025, 5, 30))

    promise = status_on(date(2027, 2, 5), g.governor, safeguarding)
    assert promise.status == Status.DUE_SOON
    assert promise.sentence == (
        "Expires on 30 May 2027. Renewal opened on 30 January 2027; renew by 30 May 2027 and "
        "the new expiry will be 30 May 2029."
    )
    renewal = complete(g.governor, safeguarding.module, date(2027, 2, 5))

    seen = status_on(date(2027, 2, 5), g.governor, safeguarding)
    assert (seen.status, seen.expires_on) == (Status.MET, date(2029, 5, 30))
    assert timezone.localdate(renewal.expires_at) == date(2029, 2, 5)  # the site's 90 days


@pytest.mark.parametrize(
    "renewed_on", [date(2027, 1, 10), date(2027, 4, 2), date(2027, 5, 30), date(2027, 8, 15)]
)
def test_without_its_own_period_or_window_a_requirement_expires_with_its_certificate(
    safeguarding, renewed_on
):
    """Before the window, inside it, on the last day and after expiry: the requirement's dates
    are the certificate's, as before requirements had their own rule."""
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    complete(g.governor, safeguarding.module, date(2025, 5, 30))
    renewal = complete(g.governor, safeguarding.module, renewed_on)
    status = status_on(renewed_on, g.governor, safeguarding)
    assert status.expires_on == timezone.localdate(renewal.expires_at)


@pytest.fixture
def yearly_induction(induction):
    """The council asks for yearly renewal of a module that does not expire by itself."""
    induction.renew_every_months = 12
    induction.save()
    return induction


def test_a_requirements_own_period_carries_the_expiry_on_when_renewed_in_its_window(
    yearly_induction,
):
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    complete(g.governor, yearly_induction.module, date(2025, 5, 30))

    promise = status_on(date(2026, 4, 1), g.governor, yearly_induction)
    assert promise.status == Status.DUE_SOON
    assert "renew by 30 May 2026 and the new expiry will be 30 May 2027." in promise.sentence
    renewal = complete(g.governor, yearly_induction.module, date(2026, 4, 1))

    seen = status_on(date(2026, 4, 1), g.governor, yearly_induction)
    assert (seen.status, seen.expires_on) == (Status.MET, date(2027, 5, 30))
    assert seen.short == "until 30 May 2027"
    assert renewal.expires_at is None  # the module itself does not expire


@pytest.mark.parametrize(
    ("renewed_on", "expires_on"),
    [
        (date(2026, 1, 10), date(2027, 1, 10)),  # before renewal opens on 1 March 2026
        (date(2026, 8, 15), date(2027, 8, 15)),  # after it expired on 30 May 2026
    ],
)
def test_renewing_outside_the_requirements_window_counts_from_the_completion(
    yearly_induction, renewed_on, expires_on
):
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    complete(g.governor, yearly_induction.module, date(2025, 5, 30))
    complete(g.governor, yearly_induction.module, renewed_on)
    assert status_on(renewed_on, g.governor, yearly_induction).expires_on == expires_on


def test_a_revoked_completion_is_no_part_of_the_history(yearly_induction, council_officer):
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    first = complete(g.governor, yearly_induction.module, date(2025, 5, 30))
    renewal = complete(g.governor, yearly_induction.module, date(2026, 4, 1))
    certificate_revoke(certificate=renewal, reason="Completed by someone else.", by=council_officer)
    # The superseded first completion counts again; the revoked renewal never happened.
    status = status_on(date(2026, 4, 2), g.governor, yearly_induction)
    assert (status.status, status.expires_on) == (Status.DUE_SOON, date(2026, 5, 30))

    certificate_revoke(certificate=first, reason="Completed by someone else.", by=council_officer)
    complete(g.governor, yearly_induction.module, date(2026, 4, 20))
    # Without the first completion there is no expiry to carry on from.
    assert status_on(date(2026, 4, 20), g.governor, yearly_induction).expires_on == date(
        2027, 4, 20
    )


def test_a_requirement_without_its_own_window_follows_the_academys(settings, safeguarding):
    """Changing ACADEMY_RENEWAL_WINDOW_DAYS moves requirements that set no window of their own,
    so governors and their certificates agree on when renewal opens."""
    assert safeguarding.window_days is None
    settings.ACADEMY_RENEWAL_WINDOW_DAYS = 30
    g = GovernorshipFactory(appointed_on=date(2025, 1, 6))
    complete(g.governor, safeguarding.module, date(2025, 5, 30))

    assert status_on(date(2027, 4, 29), g.governor, safeguarding).status == Status.MET
    due = status_on(date(2027, 4, 30), g.governor, safeguarding)
    assert due.status == Status.DUE_SOON
    assert "Renewal opened on 30 April 2027" in due.sentence
