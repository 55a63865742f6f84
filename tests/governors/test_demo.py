import pytest

from credentials.models import Certificate
from governors import demo
from governors.matching import volunteers_rank
from governors.models import (
    Board,
    BusinessVolunteer,
    Governorship,
    SkillsRating,
    TrainingRequirement,
)
from governors.selectors import board_matrix, board_skills, volunteers_available
from governors.training import Status
from tests.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def governance_modules():
    for slug, months in [
        ("gov-induction", None),
        ("gov-safeguarding", 24),
        ("gov-chairing-the-board", None),
        ("gov-effective-clerking", None),
    ]:
        ModulePageFactory(slug=slug, title=slug, kind="governance", validity_months=months)


def counts():
    return [
        m.objects.count()
        for m in (
            Board,
            Governorship,
            TrainingRequirement,
            SkillsRating,
            BusinessVolunteer,
            Certificate,
        )
    ]


def test_seed_is_idempotent_and_shows_every_status(governance_modules):
    result = demo.seed(lambda message: None)
    first = counts()
    demo.seed(lambda message: None)
    assert counts() == first
    governors_certificates = Certificate.objects.filter(source_key__startswith="demo:governors:")
    assert governors_certificates.exists()
    assert all(c.rendered_at and c.pdf for c in governors_certificates)
    assert ("chair@academy.example", result["logins"][0][1]) == result["logins"][0]

    board = Board.objects.get(name=demo.ABINGTON)
    statuses = {
        cell.status.status
        for row in board_matrix(board=board).rows
        for cell in row.cells
        if cell.status
    }
    assert {Status.MET, Status.DUE_SOON, Status.OVERDUE, Status.EXPIRED} <= statuses

    gaps = board_skills(board=board).gaps
    assert {"GCF-8", "GCF-9"} <= {row.element.code for row in gaps}
    best = volunteers_rank(volunteers=volunteers_available(), gap_rows=gaps)[0]
    assert best.volunteer.name == "Sarah Whitfield"
