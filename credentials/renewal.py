"""Renewal dates, Totara's way: a window opens before expiry; renewing inside it extends from the
old expiry, renewing after it (or for the first time) counts from the new completion.

`expiry_on` is the one rule; certificates (the site-wide window) and governors' training
requirements (their own period and window) both use it."""

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.utils import timezone


def default_window_days() -> int:
    return getattr(settings, "ACADEMY_RENEWAL_WINDOW_DAYS", 90)


def long_date(day: date) -> str:
    """1 March 2027, as GOV.UK writes dates."""
    return f"{day.day} {day:%B %Y}"


def window_opens_on(*, expires_on: date, window_days: int) -> date:
    return expires_on - timedelta(days=window_days)


def expiry_on(
    *, completed_on: date, months: int, window_days: int, previous_expires_on: date | None = None
) -> date:
    """The day training completed on `completed_on` expires, renewed every `months` months:
    inside the window before `previous_expires_on` the new term runs on from the old expiry;
    after expiry or the first time, it counts from the completion. Before the window it counts
    from the completion too, but never ends sooner than the term it renews: completing early
    cannot cost anyone the time they already had."""
    from_completion = completed_on + relativedelta(months=months)
    if previous_expires_on is None or completed_on > previous_expires_on:
        return from_completion
    opens_on = window_opens_on(expires_on=previous_expires_on, window_days=window_days)
    if completed_on >= opens_on:
        return previous_expires_on + relativedelta(months=months)
    return max(from_completion, previous_expires_on)


def _end_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(23, 59, 59)))


def expiry_after_completion(
    *, completed_at: datetime, validity_months: int | None, previous_expires_at: datetime | None
) -> datetime | None:
    """When a certificate for this completion expires (the end of that day), or None."""
    if not validity_months:
        return None
    return _end_of(
        expiry_on(
            completed_on=timezone.localdate(completed_at),
            months=validity_months,
            window_days=default_window_days(),
            previous_expires_on=(
                timezone.localdate(previous_expires_at) if previous_expires_at else None
            ),
        )
    )


class RenewalDates(NamedTuple):
    window_opens_on: date
    expires_on: date
    new_expiry_if_renewed_today: date


def renewal_dates(*, certificate, today: date | None = None) -> RenewalDates | None:
    """The dates a learner or governor needs to plan a renewal; None when it never expires."""
    if certificate.expires_at is None or not certificate.validity_months:
        return None
    today = today or timezone.localdate()
    expires_on = timezone.localdate(certificate.expires_at)
    window_days = default_window_days()
    return RenewalDates(
        window_opens_on=window_opens_on(expires_on=expires_on, window_days=window_days),
        expires_on=expires_on,
        new_expiry_if_renewed_today=expiry_on(
            completed_on=today,
            months=certificate.validity_months,
            window_days=window_days,
            previous_expires_on=expires_on,
        ),
    )


def renewal_sentence(*, certificate, today: date | None = None) -> str:
    """The renewal dates in plain words, so nobody has to do date arithmetic."""
    today = today or timezone.localdate()
    dates = renewal_dates(certificate=certificate, today=today)
    if dates is None:
        return "This certificate does not expire."
    renewed_by_expiry = expiry_on(
        completed_on=dates.expires_on,
        months=certificate.validity_months,
        window_days=default_window_days(),
        previous_expires_on=dates.expires_on,
    )
    if today < dates.window_opens_on:
        return (
            f"Renew between {long_date(dates.window_opens_on)} and "
            f"{long_date(dates.expires_on)} and your new expiry will be "
            f"{long_date(renewed_by_expiry)}."
        )
    if today <= dates.expires_on:
        return (
            f"Renewal is open: renew by {long_date(dates.expires_on)} and your new expiry "
            f"will be {long_date(renewed_by_expiry)}."
        )
    return (
        f"This certificate expired on {long_date(dates.expires_on)}. Renew now and your new "
        f"expiry will be {long_date(dates.new_expiry_if_renewed_today)}."
    )
