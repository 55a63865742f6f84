"""Renewal dates, Totara's way: a window opens before expiry; renewing inside it extends from the
old expiry, renewing after it (or for the first time) counts from the new completion."""

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.utils import timezone


def window_days() -> int:
    return getattr(settings, "ACADEMY_RENEWAL_WINDOW_DAYS", 90)


def long_date(day: date) -> str:
    """1 March 2027, as GOV.UK writes dates."""
    return f"{day.day} {day:%B %Y}"


def _end_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(23, 59, 59)))


def expiry_after_completion(
    *, completed_at: datetime, validity_months: int | None, previous_expires_at: datetime | None
) -> datetime | None:
    """When a certificate for this completion expires (the end of that day), or None."""
    if not validity_months:
        return None
    completed_on = timezone.localdate(completed_at)
    if previous_expires_at is not None:
        previous_expires_on = timezone.localdate(previous_expires_at)
        window_opens_on = previous_expires_on - timedelta(days=window_days())
        if window_opens_on <= completed_on <= previous_expires_on:
            return _end_of(previous_expires_on + relativedelta(months=validity_months))
    return _end_of(completed_on + relativedelta(months=validity_months))


class RenewalDates(NamedTuple):
    window_opens_on: date
    expires_on: date
    new_expiry_if_renewed_today: date


def renewal_dates(*, certificate, today: date | None = None) -> RenewalDates | None:
    """The dates a learner or governor needs to plan a renewal; None when it never expires."""
    if certificate.expires_at is None or not certificate.validity_months:
        return None
    today = today or timezone.localdate()
    new_expiry = expiry_after_completion(
        completed_at=_end_of(today) - timedelta(hours=12),
        validity_months=certificate.validity_months,
        previous_expires_at=certificate.expires_at,
    )
    expires_on = timezone.localdate(certificate.expires_at)
    return RenewalDates(
        window_opens_on=expires_on - timedelta(days=window_days()),
        expires_on=expires_on,
        new_expiry_if_renewed_today=timezone.localdate(new_expiry),
    )


def renewal_sentence(*, certificate, today: date | None = None) -> str:
    """The renewal dates in plain words, so nobody has to do date arithmetic."""
    today = today or timezone.localdate()
    dates = renewal_dates(certificate=certificate, today=today)
    if dates is None:
        return "This certificate does not expire."
    renewed_in_window = dates.expires_on + relativedelta(months=certificate.validity_months)
    if today < dates.window_opens_on:
        return (
            f"Renewal opens on {long_date(dates.window_opens_on)}; renew by "
            f"{long_date(dates.expires_on)} and your new expiry will be "
            f"{long_date(renewed_in_window)}."
        )
    if today <= dates.expires_on:
        return (
            f"Renewal is open: renew by {long_date(dates.expires_on)} and your new expiry "
            f"will be {long_date(renewed_in_window)}."
        )
    return (
        f"This certificate expired on {long_date(dates.expires_on)}. Renew now and your new "
        f"expiry will be {long_date(dates.new_expiry_if_renewed_today)}."
    )
