"""Changes to records of past academic years mark those years' figure summaries dirty, in the
same transaction, so the next scheduled refresh rebuilds them (the current year is rebuilt on
every refresh anyway). Writes that skip signals (queryset updates, bulk_create) are not seen
here; they happen today, in the current year, except the generator's and tests' own."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save

from courses.models import ModulePage
from credentials.models import CreditEntry
from learning.models import Enrolment, ModuleCompletion

from .summaries import enrolment_years, years_kept, years_mark_dirty, years_touched

# Saves of these fields alone change no figure.
IRRELEVANT = {
    Enrolment: {"last_lesson"},
    get_user_model(): {"last_login", "password", "first_name", "last_name", "email", "trn"},
}


def _irrelevant(sender, update_fields) -> bool:
    return bool(update_fields) and set(update_fields) <= IRRELEVANT.get(sender, set())


def enrolment_changed(sender, instance, update_fields=None, **kwargs):
    if not _irrelevant(sender, update_fields):
        years_mark_dirty(enrolment_years(instance))


def completion_changed(sender, instance, **kwargs):
    years_mark_dirty(years_touched(instance.completed_at))


def credit_changed(sender, instance, **kwargs):
    years_mark_dirty(years_touched(instance.awarded_at))


def everything_changed(sender, instance, update_fields=None, **kwargs):
    """A learner's school or role, or a module's kind or place: every year is counted again."""
    if not _irrelevant(sender, update_fields):
        years_mark_dirty(years_kept()[:-1])


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(enrolment_changed, sender=Enrolment, dispatch_uid=f"reports-e-{signal}")
        signal.connect(
            completion_changed, sender=ModuleCompletion, dispatch_uid=f"reports-c-{signal}"
        )
        signal.connect(credit_changed, sender=CreditEntry, dispatch_uid=f"reports-r-{signal}")
    post_save.connect(everything_changed, sender=get_user_model(), dispatch_uid="reports-user")
    post_save.connect(everything_changed, sender=ModulePage, dispatch_uid="reports-module")
