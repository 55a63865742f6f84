"""Status transitions and the renewal dates they explain, day by day (pure functions: no
database). The date rule itself is tested in tests/credentials/test_renewal.py."""

from datetime import date, timedelta

import pytest

from governors.training import Completion, Status, requirement_expiry_on, training_status

APPOINTED = date(2026, 1, 10)  # induction due 183 days later: 12 July 2026
DUE = APPOINTED + timedelta(days=183)


def status_never_done(today):
    return training_status(
        appointed_on=APPOINTED,
        due_within_days=183,
        renew_every_months=None,
        module_validity_months=None,
        window_days=90,
        completions=[],
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
    assert "(1 day left)" in status_never_done(DUE - timedelta(days=1)).sentence
    assert "(today is the last day)" in status_never_done(DUE).sentence
    overdue = status_never_done(DUE + timedelta(days=1))
    assert overdue.sentence.startswith("Overdue: it was due by 12 July 2026.")
    assert overdue.short == "was due 12 Jul 2026"


COMPLETED = date(2025, 5, 30)
EXPIRES = date(2027, 5, 30)


def status_done(today, own_months=None, validity=24, window_days=90):
    """Completed once, on 30 May 2025, with a certificate issued for the module's validity."""
    return training_status(
        appointed_on=APPOINTED,
        due_within_days=183,
        renew_every_months=own_months,
        module_validity_months=validity,
        window_days=window_days,
        completions=[Completion(COMPLETED, validity)],
        today=today,
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
        "Valid until 30 May 2027. Renew between 1 March 2027 and 30 May 2027 and the new "
        "expiry will be 30 May 2029."
    )
    assert status.short == "until 30 May 2027"


def test_due_soon_words_say_renewal_opened():
    status = status_done(date(2027, 4, 1))
    assert "Renewal opened on 1 March 2027; renew by 30 May 2027" in status.sentence
    assert status.new_expiry_on == date(2029, 5, 30)


def test_expired_words_count_from_the_new_completion():
    status = status_done(date(2027, 8, 15))
    assert status.sentence == (
        "Expired on 30 May 2027. Renew it now: it will then be valid until 15 August 2029, "
        "24 months from the day you renew."
    )
    assert status.new_expiry_on == date(2029, 8, 15)


def test_training_that_does_not_expire_stays_met():
    status = status_done(date(2040, 1, 1), validity=None)
    assert status.status == Status.MET
    assert status.sentence == "Completed on 30 May 2025. It does not need renewing."


def test_a_requirement_with_its_own_cycle_overrides_the_module():
    """The council asks for renewal every 12 months of a module valid for 24."""
    status = status_done(date(2026, 6, 1), own_months=12)
    assert status.expires_on == date(2026, 5, 30)
    assert status.status == Status.EXPIRED


def test_a_module_without_validity_renewed_by_requirement():
    status = status_done(date(2026, 4, 1), own_months=12, validity=None)
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
    assert "Renew between 30 April 2027 and 30 May 2027" in before.sentence
    assert status_done(date(2027, 4, 30), window_days=30).status == Status.DUE_SOON


def expiry(completed, own_months=None, validity=24, window_days=90, issued_with=None):
    """The requirement's expiry after completions on these days, oldest first."""
    return requirement_expiry_on(
        completions=[Completion(day, issued_with) for day in completed],
        renew_every_months=own_months,
        module_validity_months=validity,
        window_days=window_days,
    )


def test_the_requirements_window_decides_whether_a_renewal_carries_the_expiry_on():
    """30 May 2027 is 114 days after 5 February: inside a 120-day window, not a 90-day one."""
    renewed = [COMPLETED, date(2027, 2, 5)]
    assert expiry(renewed, window_days=120, issued_with=24) == date(2029, 5, 30)
    assert expiry(renewed, window_days=90, issued_with=24) == date(2029, 2, 5)


def test_the_requirements_own_period_carries_on_from_its_own_expiry():
    """Yearly, on a module that does not expire: renewed on 1 April inside the window."""
    assert expiry([COMPLETED], own_months=12, validity=None) == date(2026, 5, 30)
    renewed = [COMPLETED, date(2026, 4, 1)]
    assert expiry(renewed, own_months=12, validity=None) == date(2027, 5, 30)
    assert expiry(renewed, own_months=12, validity=24, issued_with=24) == date(2027, 5, 30)


def test_every_renewal_in_the_history_carries_on_from_the_one_before():
    renewals = [COMPLETED, date(2026, 4, 1), date(2027, 4, 1), date(2028, 8, 1)]
    assert expiry(renewals[:3], own_months=12, validity=None) == date(2028, 5, 30)
    assert expiry(renewals, own_months=12, validity=None) == date(2029, 8, 1)  # after expiry


def test_without_its_own_period_each_completion_counts_for_what_it_was_issued_with():
    """The module now lasts 36 months; the first certificate was issued for 24."""
    history = [Completion(COMPLETED, 24), Completion(date(2027, 4, 2), 36)]
    assert requirement_expiry_on(
        completions=history[:1], renew_every_months=None, module_validity_months=36, window_days=90
    ) == date(2027, 5, 30)
    assert requirement_expiry_on(
        completions=history, renew_every_months=None, module_validity_months=36, window_days=90
    ) == date(2030, 5, 30)


def test_a_requirement_without_any_period_never_expires():
    assert expiry([COMPLETED], validity=None, issued_with=24) is None


def test_the_promised_expiry_is_what_renewing_on_that_day_then_shows():
    for today in [date(2027, 1, 10), date(2027, 2, 5), date(2027, 5, 30), date(2027, 8, 15)]:
        promised = status_done(today, window_days=120).new_expiry_on
        renewing_on = max(today, date(2027, 1, 30))  # once the 120-day window opens
        assert expiry([COMPLETED, renewing_on], window_days=120, issued_with=24) == promised
