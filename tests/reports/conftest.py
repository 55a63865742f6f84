"""An impact-report county: two alliances, a school, a teacher and a teaching assistant."""

import pytest
from django.utils import timezone

from accounts.models import JobRole
from credentials.models import CreditEntry
from learning.models import Enrolment, ModuleCompletion
from tests.factories import ModulePageFactory, ProviderPageFactory, SchoolFactory, UserFactory


def enrol(learner, module, *, completed=False, hours=0, when=None):
    enrolment = Enrolment.objects.create(learner=learner, module=module)
    if completed:
        done = when or timezone.now()
        completion = ModuleCompletion.objects.create(
            enrolment=enrolment, cycle=1, completed_at=done
        )
        CreditEntry.objects.create(
            learner=learner,
            source="module",
            source_key=completion.source_key,
            page=module,
            description=module.title,
            cpd_hours=hours,
            awarded_at=done,
        )
    return enrolment


@pytest.fixture
def county(db):
    north = ProviderPageFactory(title="North Alliance")
    south = ProviderPageFactory(title="South Alliance")
    school = SchoolFactory(name="Brook Primary")
    north_module = ModulePageFactory(parent=north, title="Behaviour")
    south_module = ModulePageFactory(parent=south, title="Phonics")
    teacher = UserFactory(job_role=JobRole.TEACHER, school=school)
    assistant = UserFactory(job_role=JobRole.TEACHING_ASSISTANT)
    enrol(teacher, north_module, completed=True, hours=6)
    enrol(assistant, north_module)
    enrol(teacher, south_module, completed=True, hours=3)
    return north, south
