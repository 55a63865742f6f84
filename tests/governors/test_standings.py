"""The council's compliance summary: equal to the full Python computation (`training_status`)
for every board, on any day, after every kind of change; rebuilt by the nightly backstop; kept
exact when two writers touch one governor at once."""

import threading
import time as clock
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from credentials.hooks import CERTIFICATE_CHANGED
from credentials.models import Certificate
from credentials.services import certificate_issue, certificate_revoke
from governors.checks import standings_listen_check
from governors.models import Governorship, Role, TrainingRequirement, TrainingStanding
from governors.selectors import board_standing_compliance, boards_compliance, boards_standing
from governors.services import board_close, governorship_start, governorship_update
from governors.standings import standings_rebuild
from governors.tasks import rebuild_training_standings
from governors.training import Status
from tests.factories import ModulePageFactory, UserFactory
from tests.governors.factories import BoardFactory, GovernorshipFactory

from .conftest import aware, complete

pytestmark = pytest.mark.django_db

# Days the summary is compared on: a day a month for four years, and the days around every
# deadline the data set holds (added by `_days`).
MONTHLY = [date(2024, 1, 1) + timedelta(days=30 * n) for n in range(50)]


def _python(today):
    return {
        item.board.pk: (item.governors, dict(item.compliance.counts))
        for item in boards_compliance(today=today)
    }


def _summary(today):
    return {
        item.board.pk: (item.governors, dict(item.compliance.counts))
        for item in map(board_standing_compliance, boards_standing(today=today))
    }


def _days():
    """Every day a status can change on, the day before and after it, and the monthly days."""
    days = set(MONTHLY)
    for soon_from, late_after in TrainingStanding.objects.values_list("soon_from", "late_after"):
        for day in (soon_from, late_after):
            if day:
                days.update({day - timedelta(days=1), day, day + timedelta(days=1)})
    return sorted(days)


def assert_summary_exact():
    days = _days()
    assert len(days) > 50
    for day in days:
        assert _summary(day) == _python(day), f"the summary differs on {day}"


@pytest.fixture
def chairing(db):
    """Chairs only: renewed every 12 months, with its own 30-day window."""
    module = ModulePageFactory(title="Chairing the board", slug="gov-chairing", kind="governance")
    return TrainingRequirement.objects.create(
        module=module,
        roles=[Role.CHAIR],
        due_within_days=365,
        renew_every_months=12,
        window_days=30,
    )


@pytest.fixture
def county(induction, safeguarding, chairing):
    """Three boards through the services: governors never trained, trained once, expired,
    renewed, revoked, in every role the requirements pick out; a board with nobody on it."""
    boards = [BoardFactory(name=f"Board {letter}") for letter in "ABC"]
    BoardFactory(name="Board D, empty")
    people = {}
    plan = [
        # (board, role, appointed_on, [(requirement, completed_on), ...])
        (
            0,
            Role.CHAIR,
            date(2024, 3, 1),
            [(induction, date(2024, 4, 1)), (chairing, date(2024, 6, 1))],
        ),
        (0, Role.PARENT, date(2024, 9, 1), [(safeguarding, date(2024, 10, 1))]),
        (0, Role.STAFF, date(2025, 6, 15), []),
        (
            0,
            Role.CLERK,
            date(2023, 1, 10),
            [(safeguarding, date(2023, 3, 1)), (safeguarding, date(2025, 1, 20))],
        ),
        (
            1,
            Role.CHAIR,
            date(2025, 1, 1),
            [(chairing, date(2025, 2, 1)), (chairing, date(2026, 1, 15))],
        ),
        (1, Role.FOUNDATION, date(2022, 5, 1), [(induction, date(2022, 6, 1))]),
        (1, Role.PARENT, date(2026, 2, 1), [(safeguarding, date(2026, 2, 2))]),
        (2, Role.TRUSTEE, date(2024, 12, 1), []),
        (
            2,
            Role.CO_OPTED,
            date(2023, 7, 1),
            [(safeguarding, date(2023, 8, 1)), (induction, date(2025, 8, 1))],
        ),
    ]
    for n, (board, role, appointed_on, done) in enumerate(plan):
        person = UserFactory(email=f"governor{n}@example.org", job_role="governor")
        people[n] = governorship_start(
            governor=person, board=boards[board], role=role, appointed_on=appointed_on
        )
        for requirement, day in done:
            complete(person, requirement.module, day)
    # Someone on two boards, in two roles.
    governorship_start(
        governor=people[1].governor, board=boards[2], role=Role.CHAIR, appointed_on=date(2025, 3, 1)
    )
    # A certificate revoked: the training never happened.
    revoked = complete(people[2].governor, safeguarding.module, date(2025, 7, 1))
    certificate_revoke(certificate=revoked, reason="Completed by someone else.", by=None)
    return boards, people


def test_the_summary_equals_the_python_computation_on_every_day(county):
    assert TrainingStanding.objects.count() > 10
    assert_summary_exact()


def test_every_status_is_in_the_data_set_on_some_day(county):
    seen = set()
    for day in _days():
        for _governors, counts in _summary(day).values():
            seen.update(counts)
    assert seen == set(Status)


def test_across_an_expiry_date_met_turns_to_due_soon_then_expired(county, safeguarding):
    _boards, people = county
    parent = people[1]  # safeguarding done 1 October 2024, valid for 24 months
    [standing] = TrainingStanding.objects.filter(governorship=parent, requirement=safeguarding)
    assert standing.late_after == date(2026, 10, 1)

    def status_on(day):
        return _summary(day)[parent.board_id][1]

    assert status_on(date(2026, 10, 1)) == _python(date(2026, 10, 1))[parent.board_id][1]
    before, after = status_on(date(2026, 10, 1)), status_on(date(2026, 10, 2))
    assert after.get(Status.EXPIRED, 0) == before.get(Status.EXPIRED, 0) + 1
    assert after.get(Status.DUE_SOON, 0) == before.get(Status.DUE_SOON, 0) - 1
    assert_summary_exact()


def test_certificates_issued_renewed_and_revoked_keep_it_exact(county, safeguarding, induction):
    _boards, people = county
    staff = people[2]
    complete(staff.governor, safeguarding.module, date(2026, 1, 5))
    assert_summary_exact()
    renewal = complete(staff.governor, safeguarding.module, date(2027, 11, 20))
    assert_summary_exact()
    certificate_revoke(certificate=renewal, reason="Recorded in error.", by=None)
    assert_summary_exact()
    for certificate in Certificate.objects.filter(learner=people[5].governor):
        certificate_revoke(certificate=certificate, reason="Recorded in error.", by=None)
    assert not TrainingStanding.objects.get(governorship=people[5], requirement=induction).completed
    assert_summary_exact()


def test_a_completion_undone_revokes_and_the_summary_follows(county, safeguarding):
    """The completion-undo path (a register corrected) withdraws the award: the certificate is
    issued if its task has not run, then revoked, each in its transaction."""
    from credentials.services import award_withdraw

    _boards, people = county
    trustee = people[7]
    award_withdraw(
        learner=trustee.governor,
        page=safeguarding.module,
        source_key="test:undone",
        completed_at=aware(date(2025, 3, 3)),
        reason="Marked absent after all.",
        by=None,
    )
    standing = TrainingStanding.objects.get(governorship=trustee, requirement=safeguarding)
    assert not standing.completed
    assert_summary_exact()


def _chair_make(governorship, *, appointed_on):
    governorship_update(
        governorship=governorship,
        role=Role.CHAIR,
        appointed_on=appointed_on,
        term_ends_on=None,
        ended_on=None,
    )


def test_governorships_started_changed_and_ended_keep_it_exact(county, chairing):
    boards, people = county
    parent = people[1]
    _chair_make(parent, appointed_on=date(2024, 8, 1))
    assert TrainingStanding.objects.filter(governorship=parent, requirement=chairing).exists()
    assert_summary_exact()
    governorship_update(
        governorship=people[6],
        role=Role.PARENT,
        appointed_on=date(2026, 2, 1),
        term_ends_on=None,
        ended_on=date(2026, 3, 1),
    )
    assert not TrainingStanding.objects.filter(governorship=people[6]).exists()
    assert_summary_exact()
    governorship_start(
        governor=UserFactory(), board=boards[1], role=Role.STAFF, appointed_on=date(2026, 4, 1)
    )
    assert_summary_exact()
    board_close(board=boards[2], closed_on=date(2026, 5, 1))
    assert not TrainingStanding.objects.filter(board=boards[2]).exists()
    assert_summary_exact()


def _requirement_post(client, url, requirement_fields):
    response = client.post(url, requirement_fields)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_requirements_added_changed_and_stopped_in_the_admin_keep_it_exact(
    client, county, safeguarding
):
    admin = UserFactory(is_staff=True, is_superuser=True, totp=True)
    client.force_login(admin)
    module = ModulePageFactory(
        title="Finance for governors", slug="gov-finance", validity_months=36
    )
    fields = {
        "module": module.pk,
        "title": "",
        "roles": [Role.CHAIR, Role.TRUSTEE, Role.CO_OPTED],
        "due_within_days": 90,
        "renew_every_months": "",
        "window_days": 60,
        "active": "on",
    }
    _requirement_post(client, "/admin/snippets/governors/trainingrequirement/add/", fields)
    finance = TrainingRequirement.objects.get(module=module)
    expected = Governorship.objects.current().filter(role__in=fields["roles"]).count()
    assert TrainingStanding.objects.filter(requirement=finance).count() == expected == 5
    assert_summary_exact()

    edit = f"/admin/snippets/governors/trainingrequirement/edit/{safeguarding.pk}/"
    _requirement_post(
        client,
        edit,
        {
            "module": safeguarding.module_id,
            "title": "",
            "roles": [Role.PARENT, Role.CLERK],
            "due_within_days": 30,
            "renew_every_months": 12,
            "window_days": 14,
            "active": "on",
        },
    )
    assert_summary_exact()
    _requirement_post(
        client,
        edit,
        {
            "module": safeguarding.module_id,
            "title": "",
            "roles": [],
            "due_within_days": 30,
            "renew_every_months": 12,
            "window_days": 14,
        },
    )
    assert not TrainingStanding.objects.filter(requirement=safeguarding).exists()
    assert_summary_exact()


def test_the_rebuild_puts_right_what_no_writer_saw(county, induction):
    """Rows loaded in bulk, or a module's own validity changed, reach the summary nightly."""
    boards, _people = county
    GovernorshipFactory(board=boards[0], role=Role.PARENT, appointed_on=date(2025, 1, 1))
    induction.module.validity_months = 24
    induction.module.save()
    TrainingStanding.objects.filter(board=boards[1]).delete()
    assert _summary(date(2026, 6, 1)) != _python(date(2026, 6, 1))

    rows = rebuild_training_standings()
    assert rows == TrainingStanding.objects.count()
    assert_summary_exact()
    TrainingStanding.objects.all().delete()
    call_command("governors_standings_rebuild", stdout=open("/dev/null", "w"))
    assert TrainingStanding.objects.count() == rows
    assert standings_rebuild() == rows


def test_the_start_up_check_insists_the_summary_hears_of_certificates():
    from wagtail import hooks

    assert standings_listen_check() == []
    without = [(fn, order) for fn, order in hooks._hooks[CERTIFICATE_CHANGED]]
    hooks._hooks[CERTIFICATE_CHANGED] = []
    try:
        assert [error.id for error in standings_listen_check()] == ["governors.E001"]
    finally:
        hooks._hooks[CERTIFICATE_CHANGED] = without


@pytest.mark.django_db(transaction=True)
def test_refreshing_outside_a_transaction_is_refused():
    from governors.standings import governorship_standings_refresh

    with pytest.raises(RuntimeError, match="inside the changing transaction"):
        governorship_standings_refresh(governorships=[GovernorshipFactory()])
    assert not TrainingStanding.objects.exists()


def test_certificates_of_modules_no_requirement_names_cost_two_queries(
    county, django_assert_num_queries
):
    from governors.standings import certificate_standings_refresh

    other = ModulePageFactory(title="Phonics", slug="phonics")
    _boards, people = county
    with transaction.atomic(), django_assert_num_queries(2):
        certificate_standings_refresh(learner_id=people[0].governor_id, page_id=other.pk)


# Two writers at once on one governor, on PostgreSQL with real threads ------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("first", ["role change", "certificate"])
def test_a_role_change_and_a_certificate_at_once_leave_it_exact(first, chairing):
    """The writer that locks second reads what the first committed, whichever it is. Without
    the locks, the certificate's writer reads the old role (the chairing requirement does not
    apply) while the role's writer reads no certificate, and the chair's row says never done."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    board = BoardFactory()
    governorship = governorship_start(
        governor=UserFactory(), board=board, role=Role.PARENT, appointed_on=date(2025, 1, 1)
    )
    holding = threading.Event()
    errors = []

    def change_role():
        _chair_make(governorship, appointed_on=date(2025, 1, 1))

    def issue():
        certificate_issue(
            learner=governorship.governor,
            page=chairing.module,
            source_key="test:race",
            completed_at=aware(date(2025, 6, 1)),
        )

    writers = {"role change": change_role, "certificate": issue}
    second = next(fn for name, fn in writers.items() if name != first)

    def run_first():
        try:
            with transaction.atomic():
                writers[first]()
                holding.set()
                clock.sleep(0.5)  # the other writer does its write and waits for our locks
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            holding.set()
            connection.close()

    def run_second():
        try:
            holding.wait(5)
            second()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run_first), threading.Thread(target=run_second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    standing = TrainingStanding.objects.get(governorship=governorship, requirement=chairing)
    assert standing.completed
    assert standing.late_after == date(2026, 6, 1)
    for day in (date(2025, 7, 1), date(2026, 5, 15), date(2026, 6, 2)):
        assert _summary(day) == _python(day)
