"""The demo seeds every kind of pair, and seeding twice changes nothing."""

import pytest

from accounts.demo import demo_user
from credentials.models import CreditEntry
from mentoring import demo, selectors
from mentoring.models import Induction, Kind, Meeting, Relationship
from tests.factories import SchoolFactory
from tests.workforce.conftest import role_holder
from workforce.models import SchoolRoleKind

pytestmark = pytest.mark.django_db


def _person(email):
    from accounts.models import User

    return User.objects.get(email=email)


@pytest.fixture
def demo_world():
    for urn, phase in (
        (demo.ABINGTON, "primary"),
        (demo.KINGSTHORPE, "primary"),
        (demo.KETTERING, "secondary"),
        (demo.CASTLE_NURSERY, "nursery"),
        (demo.LILFORD_NURSERY, "nursery"),
    ):
        SchoolFactory(urn=urn, name=f"School {urn}", phase=phase)
    for email in ("teacher@academy.example", "trainee@academy.example"):
        demo_user(email, first_name="Demo", last_name="Person")
    from schools.models import School

    abington = School.objects.get(urn=demo.ABINGTON)
    kettering = School.objects.get(urn=demo.KETTERING)
    role_holder(abington, SchoolRoleKind.HEADTEACHER, email="head.abington@academy.example")
    role_holder(abington, SchoolRoleKind.INDUCTION_TUTOR, email="tutor.abington@academy.example")
    role_holder(kettering, SchoolRoleKind.HEADTEACHER, email="head.kettering@academy.example")


def test_seed_twice_gives_one_of_each_kind_and_an_ect_in_term_4(demo_world):
    result = demo.seed(lambda message: None)
    first = (Relationship.objects.count(), Meeting.objects.count())
    demo.seed(lambda message: None)
    assert (Relationship.objects.count(), Meeting.objects.count()) == first
    assert set(Relationship.objects.values_list("kind", flat=True)) == set(Kind.values)
    itt = Relationship.objects.get(kind=Kind.ITT)
    assert itt.meetings.filter(coaching__isnull=False).count() == 3
    induction = Induction.objects.get(ect__email="ect@academy.example")
    kinds = [r.kind for r in induction.records.order_by("term")]
    assert kinds == ["review", "review", "assessment"]
    assert 3 < induction.terms_completed < 4
    assert selectors.induction_next_due(induction=induction).term == 4
    assert selectors.counts()["partnerships"] >= 3
    extended = Induction.objects.get(ect__email="ect.extended@academy.example")
    assert (extended.extension_terms, extended.terms_required) == (1, 7)
    assert extended.events.filter(what__startswith="Extended by 1.0 terms").count() == 1
    due = selectors.induction_next_due(induction=extended)
    assert (due.term, due.kind) == (7, "assessment")
    training = {
        (line.allowance.label, line.done)
        for line in selectors.mentor_training(mentor=_person("mentor.abington@academy.example"))
    }
    assert ("ECT mentor training, year 1", 12) in training
    assert CreditEntry.objects.filter(source="mentor_training").count() == 2
    sam = _person("sam.lilford@academy.example")
    schools, role_ids = selectors.organisations_of(user=sam)
    assert [s.urn for s in schools] == [demo.LILFORD_NURSERY]
    assert not role_ids
    assert {email for email, _ in result["logins"]} >= {
        "ect.extended@academy.example",
        "sam.lilford@academy.example",
        "ect@academy.example",
        "coach@academy.example",
        "nursery.castle@academy.example",
        "partnership.head@academy.example",
    }
