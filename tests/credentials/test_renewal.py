"""The one renewal rule (`expiry_on`) on plain dates, and the certificate dates built on it."""

from datetime import date, datetime, time

import pytest
from django.utils import timezone

from credentials.models import Certificate
from credentials.renewal import (
    expiry_after_completion,
    expiry_on,
    renewal_dates,
    renewal_sentence,
    window_opens_on,
)

EXPIRES = date(2027, 5, 30)  # a 90-day window opens on 1 March 2027


@pytest.mark.parametrize(
    ("completed_on", "expected"),
    [
        (date(2027, 2, 28), date(2029, 2, 28)),  # the day before the window: from completion
        (date(2027, 3, 1), date(2029, 5, 30)),  # the window opens: from the old expiry
        (date(2027, 4, 2), date(2029, 5, 30)),
        (EXPIRES, date(2029, 5, 30)),  # the last day
        (date(2027, 5, 31), date(2029, 5, 31)),  # expired: from completion
    ],
)
def test_expiry_on_extends_from_the_old_expiry_only_inside_the_window(completed_on, expected):
    assert (
        expiry_on(completed_on=completed_on, months=24, window_days=90, previous_expires_on=EXPIRES)
        == expected
    )


def test_completing_long_before_the_window_never_shortens_the_expiry():
    """Two years early, counting from the completion would end before the current term."""
    renew = {"months": 24, "window_days": 90, "previous_expires_on": date(2029, 5, 30)}
    assert expiry_on(completed_on=date(2027, 4, 2), **renew) == date(2029, 5, 30)
    assert expiry_on(completed_on=date(2027, 12, 1), **renew) == date(2029, 12, 1)


def test_expiry_on_counts_a_first_completion_from_the_completion():
    assert expiry_on(completed_on=date(2026, 3, 10), months=24, window_days=90) == date(2028, 3, 10)


def test_expiry_on_takes_the_period_and_window_it_is_given():
    """A governors' requirement renews every 12 months with a 30-day window."""
    assert window_opens_on(expires_on=EXPIRES, window_days=30) == date(2027, 4, 30)
    renew = {"months": 12, "window_days": 30, "previous_expires_on": EXPIRES}
    assert expiry_on(completed_on=date(2027, 4, 29), **renew) == date(2028, 4, 29)
    assert expiry_on(completed_on=date(2027, 4, 30), **renew) == date(2028, 5, 30)


def test_expiry_on_keeps_to_the_end_of_short_months():
    assert expiry_on(completed_on=date(2026, 8, 31), months=6, window_days=90) == date(2027, 2, 28)
    leap_day = date(2028, 2, 29)
    assert expiry_on(
        completed_on=date(2028, 1, 5), months=12, window_days=90, previous_expires_on=leap_day
    ) == date(2029, 2, 28)


def moment(day: date):
    return timezone.make_aware(datetime.combine(day, time(10)))


def test_first_completion_counts_from_the_completion_date():
    expires = expiry_after_completion(
        completed_at=moment(date(2026, 3, 10)), validity_months=24, previous_expires_at=None
    )
    assert timezone.localdate(expires) == date(2028, 3, 10)


def test_renewing_inside_the_window_extends_from_the_old_expiry():
    expires = expiry_after_completion(
        completed_at=moment(date(2027, 4, 1)),
        validity_months=24,
        previous_expires_at=moment(date(2027, 5, 30)),
    )
    assert timezone.localdate(expires) == date(2029, 5, 30)


def test_renewing_after_expiry_counts_from_the_new_completion():
    expires = expiry_after_completion(
        completed_at=moment(date(2027, 7, 1)),
        validity_months=24,
        previous_expires_at=moment(date(2027, 5, 30)),
    )
    assert timezone.localdate(expires) == date(2029, 7, 1)


def test_renewing_before_the_window_opens_counts_from_the_new_completion():
    expires = expiry_after_completion(
        completed_at=moment(date(2026, 12, 1)),
        validity_months=24,
        previous_expires_at=moment(date(2027, 5, 30)),
    )
    assert timezone.localdate(expires) == date(2028, 12, 1)


def test_no_validity_means_no_expiry():
    assert (
        expiry_after_completion(
            completed_at=moment(date(2026, 1, 1)), validity_months=None, previous_expires_at=None
        )
        is None
    )


def _certificate(expires_on: date) -> Certificate:
    return Certificate(expires_at=moment(expires_on), validity_months=24)


def test_renewal_dates_and_sentence_before_the_window():
    certificate = _certificate(date(2027, 5, 30))
    dates = renewal_dates(certificate=certificate, today=date(2027, 1, 10))
    assert dates.window_opens_on == date(2027, 3, 1)
    assert dates.expires_on == date(2027, 5, 30)
    assert dates.new_expiry_if_renewed_today == date(2029, 1, 10)
    assert renewal_sentence(certificate=certificate, today=date(2027, 1, 10)) == (
        "Renew between 1 March 2027 and 30 May 2027 and your new expiry will be 30 May 2029."
    )


def test_renewal_sentence_inside_the_window_and_after_expiry():
    certificate = _certificate(date(2027, 5, 30))
    inside = renewal_dates(certificate=certificate, today=date(2027, 4, 2))
    assert inside.new_expiry_if_renewed_today == date(2029, 5, 30)
    assert "renew by 30 May 2027" in renewal_sentence(
        certificate=certificate, today=date(2027, 4, 2)
    )
    after = renewal_sentence(certificate=certificate, today=date(2027, 6, 2))
    assert after == (
        "This certificate expired on 30 May 2027. Renew now and your new expiry will be "
        "2 June 2029."
    )


def test_a_certificate_without_expiry_needs_no_renewal():
    certificate = Certificate(expires_at=None, validity_months=None)
    assert renewal_dates(certificate=certificate, today=date(2027, 1, 1)) is None
    assert renewal_sentence(certificate=certificate) == "This certificate does not expire."
