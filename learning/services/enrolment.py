"""Enrolling on a module, leaving it, coming back, and starting it again to renew."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import ModulePage

from ..models import Enrolment, ModuleCompletion
from .errors import LearningError, PrerequisitesMissing


def prerequisites_missing(*, learner, module: ModulePage) -> list[ModulePage]:
    """The prerequisite modules the learner has not completed yet, in title order."""
    required = list(module.prerequisites.live().order_by("title"))
    if not required:
        return []
    done = set(
        ModuleCompletion.objects.filter(
            enrolment__learner=learner, enrolment__module__in=required
        ).values_list("enrolment__module_id", flat=True)
    )
    return [prerequisite for prerequisite in required if prerequisite.pk not in done]


@transaction.atomic
def enrolment_create(*, learner, module: ModulePage) -> Enrolment:
    """Enrol a learner, or resume the enrolment they left; prerequisites are checked first."""
    enrolment = Enrolment.objects.select_for_update().filter(learner=learner, module=module).first()
    if enrolment is None:
        missing = prerequisites_missing(learner=learner, module=module)
        if missing:
            raise PrerequisitesMissing(missing)
        try:
            with transaction.atomic():
                return Enrolment.objects.create(learner=learner, module=module)
        except IntegrityError:
            # A double click enrolled them a moment ago: that enrolment stands.
            return Enrolment.objects.get(learner=learner, module=module)
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        finished = enrolment.completions.filter(cycle=enrolment.cycle).exists()
        enrolment.status = Enrolment.Status.COMPLETED if finished else Enrolment.Status.ACTIVE
        enrolment.withdrawn_at = None
        enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment) -> Enrolment:
    """Leave a module in progress; every record is kept so enrolling again resumes."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.ACTIVE:
        raise LearningError("You can only leave a module you are working through.")
    enrolment.status = Enrolment.Status.WITHDRAWN
    enrolment.withdrawn_at = timezone.now()
    enrolment.save(update_fields=["status", "withdrawn_at"])
    return enrolment


@transaction.atomic
def enrolment_renew(*, enrolment: Enrolment) -> Enrolment:
    """Start the module again to renew training that expires; completing it issues a new certificate."""
    enrolment = Enrolment.objects.select_for_update().select_related("module").get(pk=enrolment.pk)
    if enrolment.status != Enrolment.Status.COMPLETED:
        raise LearningError("Complete this module before you renew it.")
    if not enrolment.module.validity_months:
        raise LearningError("This module does not expire, so there is nothing to renew.")
    enrolment.cycle += 1
    enrolment.status = Enrolment.Status.ACTIVE
    enrolment.last_lesson = None
    enrolment.save(update_fields=["cycle", "status", "last_lesson"])
    return enrolment
