"""Status transitions and the renewal dates they explain, day by day (pure functions: no
database). The date rule itself is tested in tests/credentials/test_renewal.py."""

from datetime import date, timedelta

import pytest

from governors.training import CertificateFacts, Status, training_status

APPOINTED = date(2026, 1, 10)  # induction due 183 days later: 12 July 2026
DUE = APPOINTED + timedelta(days=183)


def status_never_done(today):
    return training_status(
        appointed_on=APPOINTED,
        due_within_days=183,
        months=None,
        window_days=90,
        certificate=None,
        today=today,
    )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (APPOINTED, Status.NOT_YET_DUE),
        (DUE - timedelta(days=91), Status.NOT_YET_DUE),
        (DUE - timedelta(days=90), Status.DUE_SOON),  # the window opens
        (DUE, Status.DUE_SOON),  # the last day
        (DUE + timedelta(days=1), Status.OVERDUE),
        (DUE + timedelta(days=400), Status.OVERDUE),
    ],
)
def test_never_done_moves_from_not_yet_due_to_due_soon_to_overdue(today, expected):
    assert status_never_done(today).status == expected


def test_never_done_words_give_the_due_date():
    assert status_never_done(APPOINTED).sentence.startswith("Due by 12 July 2026.")
    assert "becomes due soon on 13 April 2026" in status_never_done(APPOINTED).sentence
    assert "(2 days left)" in status_never_done(DUE - timedelta(days=2)).sentence
    overdue = status_never_done(DUE + timedelta(days=1))
    assert overdue.sentence.startswith("Overdue: it was due by 12 July 2026.")
    assert overdue.short == "was due 12 Jul 2026"


COMPLETED = date(2025, 5, 30)
EXPIRES = date(2027, 5, 30)


def status_done(today, expires_on=EXPIRES, months=24, validity=24, window_days=90):
    return training_status(
        appointed_on=APPOINTED,
        due_within_days=183,
        months=months,
        window_days=window_days,
        certificate=CertificateFacts(completed_on=COMPLETED, expires_on=expires_on),
        today=today,
        module_validity_months=validity,
    )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (COMPLETED, Status.MET),
        (date(2027, 2, 28), Status.MET),
        (date(2027, 3, 1), Status.DUE_SOON),  # 90 days before expiry
        (EXPIRES, Status.DUE_SOON),
        (date(2027, 5, 31), Status.EXPIRED),
    ],
)
def test_done_moves_from_met_to_due_soon_to_expired(today, expected):
    assert status_done(today).status == expected


def test_met_words_say_when_renewal_opens_and_what_renewing_sets():
    status = status_done(date(2026, 6, 1))
    assert status.sentence == (
        "Valid until 30 May 2027. Renewal opens on 1 March 2027; renew by 30 May 2027 and the "
        "new expiry will be 30 May 2029."
    )
    assert status.short == "until 30 May 2027"


def test_due_soon_words_say_renewal_opened():
    status = status_done(date(2027, 4, 1))
    assert "Renewal opened on 1 March 2027; renew by 30 May 2027" in status.sentence
    assert status.new_expiry_on == date(2029, 5, 30)


def test_expired_words_count_from_the_new_completion():
    status = status_done(date(2027, 8, 15))
    assert status.sentence.startswith("Expired on 30 May 2027. Renew it now")
    assert status.new_expiry_on == date(2029, 8, 15)


def test_training_that_does_not_expire_stays_met():
    status = status_done(date(2040, 1, 1), expires_on=None, months=None, validity=None)
    assert status.status == Status.MET
    assert status.sentence == "Completed on 30 May 2025. It does not need renewing."


def test_a_requirement_with_its_own_cycle_overrides_the_module():
    """The council asks for renewal every 12 months of a module valid for 24."""
    status = status_done(date(2026, 6, 1), months=12, validity=24)
    assert status.expires_on == date(2026, 5, 30)
    assert status.status == Status.EXPIRED


def test_a_module_without_validity_renewed_by_requirement():
    status = status_done(date(2026, 4, 1), expires_on=None, months=12, validity=None)
    assert status.expires_on == date(2026, 5, 30)
    assert status.status == Status.DUE_SOON


def test_renewal_inside_the_window_extends_from_the_old_expiry():
    status = status_done(date(2027, 4, 2))
    assert status.window_opens_on == date(2027, 3, 1)
    assert status.new_expiry_on == date(2029, 5, 30)


def test_before_the_window_the_new_expiry_is_what_renewing_once_it_opens_sets():
    status = status_done(date(2027, 1, 10))
    assert status.status == Status.MET
    assert status.new_expiry_on == date(2029, 5, 30)


def test_renewal_after_expiry_counts_from_the_new_completion():
    assert status_done(date(2027, 7, 2)).new_expiry_on == date(2029, 7, 2)


def test_a_requirement_with_its_own_window_opens_renewal_then():
    """The council opens renewal 30 days before expiry rather than the site's 90."""
    before = status_done(date(2027, 4, 29), window_days=30)
    assert before.status == Status.MET
    assert before.window_opens_on == date(2027, 4, 30)
    assert "Renewal opens on 30 April 2027" in before.sentence
    assert status_done(date(2027, 4, 30), window_days=30).status == Status.DUE_SOON
