"""Small numbers: a figure about fewer than 5 people cannot be read, nor worked out from totals."""

import pytest
from django.urls import reverse

from reports import figures as F
from reports.suppression import HIDDEN, SMALL, withhold
from tests.factories import UserFactory

from .conftest import enrol

COLUMNS = [F.LEARNERS, F.CPD_HOURS]


def rows(*learners):
    return [{"learners": n, "cpd_hours": 10 * n} for n in learners]


def test_a_small_figure_and_the_next_smallest_in_its_column_are_withheld():
    marks, total = withhold(rows(3, 10, 12), {"learners": 25, "cpd_hours": 250}, COLUMNS)
    assert marks[0] == {"learners": SMALL, "cpd_hours": HIDDEN}
    assert marks[1] == {"learners": HIDDEN, "cpd_hours": HIDDEN}
    assert marks[2] == {}
    assert total == {}


def test_with_no_other_row_to_withhold_the_total_is_withheld():
    marks, total = withhold(rows(3, 0), {"learners": 8, "cpd_hours": 30}, COLUMNS)
    assert marks[0] == {"learners": SMALL, "cpd_hours": HIDDEN}
    assert total == {"learners": HIDDEN, "cpd_hours": HIDDEN}


def test_a_small_total_is_itself_withheld_and_nothing_else_need_be():
    marks, total = withhold(rows(1, 2), {"learners": 3, "cpd_hours": 30}, COLUMNS)
    assert total["learners"] == SMALL
    assert all(mark["learners"] == SMALL for mark in marks)


def test_two_small_figures_protect_each_other():
    marks, _ = withhold(rows(2, 4, 30), {"learners": 36, "cpd_hours": 360}, COLUMNS)
    assert marks[2] == {}
    assert marks[0]["learners"] == marks[1]["learners"] == SMALL


def test_no_withheld_figure_can_be_worked_out_from_the_total():
    values = rows(3, 7, 9, 1, 20)
    marks, total = withhold(values, {"learners": 40, "cpd_hours": 400}, COLUMNS)
    for key in ("learners", "cpd_hours"):
        hidden = [i for i, mark in enumerate(marks) if key in mark]
        assert len(hidden) != 1
    assert any(mark.get("learners") == SMALL for mark in marks)


@pytest.mark.django_db
def test_a_school_with_3_learners_shows_fewer_than_5(client, county, council_officer):
    for _ in range(2):
        enrol(UserFactory(school=county["hill"]), county["phonics"], on="2025-10-01")
    client.force_login(council_officer)
    page = client.get(reverse("reports:index"), {"year": 2025, "school": county["hill"].pk})
    html = page.content.decode()
    assert "This view withholds small numbers" in html
    headline = page.context["board"].headline.total
    learners = next(cell for cell in headline.cells if cell.figure.key == "learners")
    assert (learners.value, learners.text) == (3, "fewer than 5")
    assert (
        '<p class="govuk-heading-l govuk-!-margin-bottom-0" data-figure="learners">fewer than 5</p>'
        in html
    )
