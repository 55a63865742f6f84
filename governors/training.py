"""Training status derived from certificates, and the words that explain it.

Status is never stored: it follows from the appointment date, the requirement and the governor's
completions, on the day asked. Renewal dates come from `credentials.renewal.expiry_on`, the rule
certificates are issued by, with the requirement's own period and window.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models

from credentials.renewal import expiry_on, long_date, window_opens_on


class Status(models.TextChoices):
    MET = "met", "Met"
    DUE_SOON = "due_soon", "Due soon"
    OVERDUE = "overdue", "Overdue"
    EXPIRED = "expired", "Expired"
    NOT_YET_DUE = "not_yet_due", "Not yet due"


TAG_CLASSES = {
    Status.MET: "govuk-tag--green",
    Status.DUE_SOON: "govuk-tag--yellow",
    Status.OVERDUE: "govuk-tag--red",
    Status.EXPIRED: "govuk-tag--orange",
    Status.NOT_YET_DUE: "govuk-tag--grey",
}
# Worst first: the order a summary lists them in.
SEVERITY = [Status.OVERDUE, Status.EXPIRED, Status.DUE_SOON, Status.NOT_YET_DUE, Status.MET]


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class Completion:
    """One completion of a module, from a certificate that was not revoked (renewed ones count)."""

    completed_on: date
    validity_months: int | None  # what its certificate was issued with


def requirement_expiry_on(
    *,
    completions: Sequence[Completion],
    renew_every_months: int | None,
    module_validity_months: int | None,
    window_days: int,
) -> date | None:
    """When the requirement expires for someone with these completions (oldest first), or None
    if it never does. Each completion goes through `expiry_on` with the requirement's period and
    window, so renewing inside the requirement's window carries its expiry on, as promised, even
    where the certificate (the module's validity, the site's window) says otherwise. Without a
    period of its own, a completion counts for the validity its certificate was issued with."""
    if not (renew_every_months or module_validity_months):
        return None
    expires_on = None
    for completion in completions:
        expires_on = expiry_on(
            completed_on=completion.completed_on,
            months=renew_every_months or completion.validity_months or module_validity_months,
            window_days=window_days,
            previous_expires_on=expires_on,
        )
    return expires_on


@dataclass(frozen=True)
class TrainingStatus:
    """One governor's position on one requirement, on one day, with the dates that explain it."""

    status: Status
    today: date
    due_on: date
    months: int | None
    completed_on: date | None = None
    expires_on: date | None = None
    window_opens_on: date | None = None
    new_expiry_on: date | None = None

    @property
    def label(self) -> str:
        return self.status.label

    @property
    def tag_class(self) -> str:
        return TAG_CLASSES[self.status]

    @property
    def is_met(self) -> bool:
        return self.status == Status.MET

    @property
    def needs_action(self) -> bool:
        return self.status in (Status.DUE_SOON, Status.OVERDUE, Status.EXPIRED)

    @property
    def deadline(self) -> date | None:
        """The date this status is about: the expiry if done before, else the first due date."""
        return self.expires_on if self.completed_on else self.due_on

    @property
    def short(self) -> str:
        """A few words for a table cell."""
        if self.status == Status.MET:
            if self.expires_on:
                return f"until {short_date(self.expires_on)}"
            return f"done {short_date(self.completed_on)}"
        if self.status == Status.EXPIRED:
            return f"expired {short_date(self.expires_on)}"
        if self.status == Status.OVERDUE:
            return f"was due {short_date(self.due_on)}"
        if self.status == Status.DUE_SOON and self.completed_on:
            return f"renew by {short_date(self.expires_on)}"
        return f"due by {short_date(self.due_on)}"

    @property
    def sentence(self) -> str:
        """What the status means and when it changes, in words."""
        after = f" Once done, it stays valid for {self.months} months." if self.months else ""
        if self.status == Status.NOT_YET_DUE:
            return (
                f"Due by {long_date(self.due_on)}. It becomes due soon on "
                f"{long_date(self.window_opens_on)}.{after}"
            )
        if self.status == Status.DUE_SOON and not self.completed_on:
            days = (self.due_on - self.today).days
            left = {0: "today is the last day", 1: "1 day left"}.get(days, f"{days} days left")
            return f"Due by {long_date(self.due_on)} ({left}).{after}"
        if self.status == Status.OVERDUE:
            return (
                f"Overdue: it was due by {long_date(self.due_on)}. Complete it as soon as "
                f"you can.{after}"
            )
        if self.status == Status.EXPIRED:
            return (
                f"Expired on {long_date(self.expires_on)}. Renew it now: it will then be valid "
                f"until {long_date(self.new_expiry_on)}, {self.months} months from the day you "
                "renew."
            )
        if self.status == Status.DUE_SOON:
            return (
                f"Expires on {long_date(self.expires_on)}. Renewal opened on "
                f"{long_date(self.window_opens_on)}; renew by {long_date(self.expires_on)} and "
                f"the new expiry will be {long_date(self.new_expiry_on)}."
            )
        if self.expires_on:
            # Renewing before the window opens counts from that day, so give both ends.
            return (
                f"Valid until {long_date(self.expires_on)}. Renew between "
                f"{long_date(self.window_opens_on)} and {long_date(self.expires_on)} and the "
                f"new expiry will be {long_date(self.new_expiry_on)}."
            )
        return f"Completed on {long_date(self.completed_on)}. It does not need renewing."


def training_status(
    *,
    appointed_on: date,
    due_within_days: int,
    renew_every_months: int | None,
    module_validity_months: int | None,
    window_days: int,
    completions: Sequence[Completion],
    today: date,
) -> TrainingStatus:
    """Derive the status of one requirement for one governor from their completions, oldest
    first."""
    months = renew_every_months or module_validity_months
    due_on = appointed_on + timedelta(days=due_within_days)
    if not completions:
        due_soon_from = window_opens_on(expires_on=due_on, window_days=window_days)
        if today > due_on:
            status = Status.OVERDUE
        elif today >= due_soon_from:
            status = Status.DUE_SOON
        else:
            status = Status.NOT_YET_DUE
        return TrainingStatus(
            status=status,
            today=today,
            due_on=due_on,
            months=months,
            window_opens_on=due_soon_from,
        )
    completed_on = completions[-1].completed_on
    expires_on = requirement_expiry_on(
        completions=completions,
        renew_every_months=renew_every_months,
        module_validity_months=module_validity_months,
        window_days=window_days,
    )
    if expires_on is None:
        return TrainingStatus(
            status=Status.MET,
            today=today,
            due_on=due_on,
            months=None,
            completed_on=completed_on,
        )
    renewal_opens_on = window_opens_on(expires_on=expires_on, window_days=window_days)
    if today > expires_on:
        status = Status.EXPIRED
    elif today >= renewal_opens_on:
        status = Status.DUE_SOON
    else:
        status = Status.MET
    # What renewing sets the expiry to: renewing today, or once the window opens if not yet open.
    # It is the next step of `requirement_expiry_on`, so the expiry then shown is the one promised.
    new_expiry_on = expiry_on(
        completed_on=max(today, renewal_opens_on),
        months=months,
        window_days=window_days,
        previous_expires_on=expires_on,
    )
    return TrainingStatus(
        status=status,
        today=today,
        due_on=due_on,
        months=months,
        completed_on=completed_on,
        expires_on=expires_on,
        window_opens_on=renewal_opens_on,
        new_expiry_on=new_expiry_on,
    )
