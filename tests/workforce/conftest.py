import importlib
from datetime import date, timedelta

import factory
import pytest
from django.apps import apps
from django.utils import timezone

from accounts.models import JobRole
from learning import services as learning_services
from tests.factories import LessonPageFactory, ModulePageFactory, SchoolFactory, UserFactory
from workforce.models import Employment, SchoolRole, SchoolRoleKind


class EmploymentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employment

    person = factory.SubFactory(UserFactory)
    school = factory.SubFactory(SchoolFactory)
    job_role = JobRole.TEACHER
    started_on = date(2024, 9, 1)
    confirmed_at = factory.LazyFunction(timezone.now)


def role_holder(school, kind=SchoolRoleKind.CPD_LEAD, **person) -> object:
    """Someone who holds a school role at `school` (and works there), with the authenticator app
    that a school role requires."""
    user = UserFactory(**{"totp": True, **person})
    EmploymentFactory(person=user, school=school, job_role=JobRole.SENIOR_LEADER)
    SchoolRole.objects.create(person=user, school=school, kind=kind)
    return user


def today() -> date:
    return timezone.localdate()


def yesterday() -> date:
    return today() - timedelta(days=1)


def complete_module(person, module) -> None:
    """Work through every lesson as the learner would, through learning's services."""
    enrolment = learning_services.enrolment_create(learner=person, module=module)
    for lesson in module.lessons():
        learning_services.lesson_complete(enrolment=enrolment, lesson=lesson)


@pytest.fixture
def school_a(db):
    return SchoolFactory(name="Abington Vale Primary School", urn="990004")


@pytest.fixture
def school_b(db):
    return SchoolFactory(name="Kettering Park Academy", urn="990006", phase="secondary")


@pytest.fixture
def lead_a(school_a):
    return role_holder(school_a, email="cpd-a@example.org", first_name="Priya", last_name="Patel")


@pytest.fixture
def lead_b(school_b):
    return role_holder(school_b, email="cpd-b@example.org")


@pytest.fixture
def head_a(school_a):
    return role_holder(school_a, SchoolRoleKind.HEADTEACHER, email="head-a@example.org")


@pytest.fixture
def tutor_a(school_a):
    return role_holder(school_a, SchoolRoleKind.INDUCTION_TUTOR, email="tutor-a@example.org")


@pytest.fixture
def safeguarding(db):
    """A two-lesson module with no quiz, valid for 12 months."""
    module = ModulePageFactory(
        title="Safeguarding children: annual update", slug="safeguarding", validity_months=12
    )
    LessonPageFactory(parent=module, title="Signs of abuse")
    LessonPageFactory(parent=module, title="What to do with a concern")
    return module


@pytest.fixture
def teacher_a(school_a):
    return EmploymentFactory(
        school=school_a,
        person__email="teacher-a@example.org",
        person__first_name="Tom",
        person__last_name="Teacher",
    ).person


@pytest.fixture
def council_officer(council_officer):
    """The shared officer, with what this app's data migration grants the officers' group
    (a test that commits empties every table, group permissions included)."""
    importlib.import_module("workforce.migrations.0002_council_officer_permissions").grant(
        apps, None
    )
    return council_officer
