from datetime import date, datetime, time

from django.utils import timezone

from credentials.models import Certificate
from credentials.renewal import expiry_after_completion, renewal_dates, renewal_sentence


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
        "Renewal opens on 1 March 2027; renew by 30 May 2027 and your new expiry will be "
        "30 May 2029."
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
