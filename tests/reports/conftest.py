"""A small county with known figures: two alliances, three modules, two schools, six people,
records across two academic years (2024 to 2025 and 2025 to 2026)."""

from datetime import datetime

import pytest
from django.utils import timezone

from accounts.models import JobRole
from courses.models import ModulePage
from courses.services import provider_permissions_setup
from credentials.models import CreditEntry
from learning.models import Enrolment, ModuleCompletion
from schools.models import School
from tests.factories import (
    ModulePageFactory,
    ProviderPageFactory,
    SchoolFactory,
    UserFactory,
    totp_enable,
)


def at(day: str) -> datetime:
    return timezone.make_aware(datetime.fromisoformat(f"{day}T12:00:00"))


def enrol(
    learner, module, *, on=None, completed=None, withdrawn=None, hours=0, credits=0, level=None
):
    """An enrolment begun `on`, completed or left on the days given, with its credit entry."""
    enrolment = Enrolment.objects.create(learner=learner, module=module)
    if on:
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=at(on))
    when = at(completed) if completed else None
    if withdrawn:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=Enrolment.Status.WITHDRAWN, withdrawn_at=at(withdrawn)
        )
    if when:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=Enrolment.Status.COMPLETED, completed_at=when
        )
        completion = ModuleCompletion.objects.create(
            enrolment=enrolment, cycle=1, completed_at=when
        )
        CreditEntry.objects.create(
            learner=learner,
            source="module",
            source_key=completion.source_key,
            page=module,
            description=module.title,
            cpd_hours=hours,
            academic_credits=credits,
            fheq_level=level,
            awarded_at=when,
        )
    enrolment.refresh_from_db()
    return enrolment


def lead_of(provider, email):
    user = UserFactory(email=email)
    user.groups.add(provider_permissions_setup(provider=provider))
    return totp_enable(user)


@pytest.fixture
def county(db):
    """The figures for 2025 to 2026 are worked out by hand in test_figures.py."""
    north = ProviderPageFactory(title="North Alliance")
    south = ProviderPageFactory(title="South Alliance")
    brook = SchoolFactory(name="Brook Primary", phase=School.Phase.PRIMARY)
    hill = SchoolFactory(name="Hill Secondary", phase=School.Phase.SECONDARY)
    behaviour = ModulePageFactory(parent=north, title="Behaviour")
    leading = ModulePageFactory(parent=north, title="Leading", kind=ModulePage.Kind.MASTERS)
    phonics = ModulePageFactory(parent=south, title="Phonics", kind=ModulePage.Kind.EARLY_YEARS)
    t1 = UserFactory(job_role=JobRole.TEACHER, school=brook)
    t2 = UserFactory(job_role=JobRole.TEACHER, school=brook)
    assistant = UserFactory(job_role=JobRole.TEACHING_ASSISTANT)
    leader = UserFactory(job_role=JobRole.MIDDLE_LEADER, school=hill)
    old = UserFactory(job_role=JobRole.TEACHER, school=hill)
    gone = UserFactory(job_role=JobRole.TEACHER, school=hill)
    # Enrolled last year, completed this year: a learner this year (the 2025-26 bug).
    enrol(t1, behaviour, on="2024-10-01", completed="2025-10-10", hours=6)
    enrol(t2, behaviour, on="2025-09-15")
    enrol(t2, phonics, on="2025-09-20", completed="2025-11-20", hours=3)
    enrol(assistant, behaviour, on="2025-10-01", withdrawn="2025-12-01")
    enrol(leader, leading, on="2025-09-05", completed="2026-01-05", credits=20, level=7)
    # Finished or left before 2025-26 began: not counted in it.
    enrol(old, behaviour, on="2023-10-01", completed="2024-03-01", hours=6)
    enrol(gone, phonics, on="2024-10-01", withdrawn="2024-12-01")
    return {
        "north": north,
        "south": south,
        "brook": brook,
        "hill": hill,
        "behaviour": behaviour,
        "leading": leading,
        "phonics": phonics,
    }


# The figures checked exactly are checked twice: counted live, and read from the summaries
# (reports.summaries), rebuilt from the records as they stand whenever a dashboard reads them.
BOTH_WAYS = ("test_figures", "test_suppression", "test_impact")


def pytest_generate_tests(metafunc):
    if metafunc.module.__name__.rsplit(".", 1)[-1] in BOTH_WAYS:
        metafunc.parametrize("figure_source", ["live", "summary"], indirect=True)


@pytest.fixture(autouse=True)
def figure_source(request, settings):
    """Live counts (no summary is ever built), or the summaries rebuilt on each read."""
    source = getattr(request, "param", "live")
    settings.REPORTS_SUMMARIES_REBUILD_ON_READ = source == "summary"
    return source
