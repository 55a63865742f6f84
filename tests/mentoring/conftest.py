from datetime import date

import pytest

from mentoring import services
from mentoring.models import AppropriateBody, Kind, Relationship
from tests.factories import SchoolFactory, UserFactory
from tests.learning.factories import module_build
from tests.workforce.conftest import role_holder
from workforce.models import SchoolRoleKind

STARTED = date(2025, 9, 3)


@pytest.fixture
def school(db):
    return SchoolFactory(name="Abington Vale Primary School", urn="990004")


@pytest.fixture
def other_school(db):
    return SchoolFactory(name="Kettering Park Academy", urn="990006", phase="secondary")


@pytest.fixture
def tutor(school):
    return role_holder(
        school, SchoolRoleKind.INDUCTION_TUTOR, email="tutor@example.org", first_name="Tara"
    )


@pytest.fixture
def head(school):
    return role_holder(school, SchoolRoleKind.HEADTEACHER, email="head@example.org")


@pytest.fixture
def ect(db):
    return UserFactory(email="ect@example.org", first_name="Ellie", last_name="Early")


@pytest.fixture
def mentor(db):
    return UserFactory(email="mentor@example.org", first_name="Maya", last_name="Mentor")


@pytest.fixture
def induction(ect, mentor, school, tutor):
    return services.induction_start(
        ect=ect,
        school=school,
        appropriate_body=AppropriateBody.objects.first(),
        started_on=STARTED,
        by=tutor,
        mentor=mentor,
    )


@pytest.fixture
def pair(induction) -> Relationship:
    return Relationship.objects.get(kind=Kind.ECT, mentee=induction.ect)


@pytest.fixture
def taken(db):
    return module_build(title="Behaviour in the classroom")
