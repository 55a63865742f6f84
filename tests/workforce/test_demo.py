import pytest
from django.utils import timezone

from tests.factories import LessonPageFactory, ModulePageFactory, SchoolFactory, UserFactory
from workforce import demo, selectors
from workforce.models import Assignment, Employment, SchoolRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_content():
    SchoolFactory(urn=demo.ABINGTON, name="Abington Vale Primary School")
    SchoolFactory(urn=demo.KETTERING, name="Kettering Park Academy")
    for slug in (demo.SAFEGUARDING, "ect-assessment-and-feedback", "cpd-stem-teaching"):
        module = ModulePageFactory(slug=slug, title=slug, validity_months=12)
        LessonPageFactory(parent=module)
        LessonPageFactory(parent=module)


def counts():
    return [m.objects.count() for m in (Employment, SchoolRole, Assignment)]


def _matrix(urn):
    employments = Employment.objects.current(today=timezone.localdate()).filter(school__urn=urn)
    return selectors.staff_matrix(employments=employments)


def test_seed_twice_gives_the_same_counts_with_a_mover_and_one_overdue_item(demo_content):
    result = demo.seed(lambda message: None)
    first = counts()
    demo.seed(lambda message: None)
    assert counts() == first
    assert first[1] == 6  # a headteacher, a CPD lead and an induction tutor at each school
    abington, kettering = _matrix(demo.ABINGTON), _matrix(demo.KETTERING)
    assert 10 <= len(abington.rows) <= 20
    assert 10 <= len(kettering.rows) <= 20
    assert abington.overdue_count == 1
    movers = [row for row in abington.rows if row.person.email == "mover@academy.example"]
    assert movers
    assert not [row for row in kettering.rows if row.person.email == "mover@academy.example"]
    assert ("cpd.abington@academy.example", result["logins"][1][1]) == result["logins"][1]


def test_the_demo_teacher_is_asked_to_confirm_and_kettering_sees_nothing_of_her(demo_content):
    teacher = UserFactory(email=demo.WAITING_TEACHER)
    demo.seed(lambda message: None)
    demo.seed(lambda message: None)
    [waiting] = Employment.objects.filter(person=teacher, school__urn=demo.KETTERING)
    assert waiting.is_pending
    assert teacher not in [row.person for row in _matrix(demo.KETTERING).rows]
