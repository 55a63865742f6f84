"""My learning shows the learner's own CPD hours per term as a chart with its table."""

from datetime import date

import pytest
from django.urls import reverse

from reports.selectors.learner import cpd_hours_by_term, term_of

from .conftest import enrol

pytestmark = pytest.mark.django_db


def test_terms_run_from_september_january_and_april():
    assert term_of(date(2025, 9, 1)) == (2025, 0)
    assert term_of(date(2026, 3, 31)) == (2025, 1)
    assert term_of(date(2026, 4, 1)) == (2025, 2)
    assert term_of(date(2026, 8, 31)) == (2025, 2)


def test_my_learning_charts_the_hours_of_each_term(client, learner, county):
    enrol(learner, county["behaviour"], on="2026-09-02", completed="2026-10-01", hours=6)
    enrol(learner, county["phonics"], on="2026-01-02", completed="2026-02-01", hours=3)
    table = cpd_hours_by_term(learner=learner, today=date(2026, 12, 1))
    by_term = {row.label: row.values["cpd_hours"] for row in table.rows}
    assert by_term["Spring 2026"] == 3
    assert by_term["Autumn 2026"] == 6
    assert table.total.values["cpd_hours"] == 9
    client.force_login(learner)
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert (
        '<title id="chart-cpd-terms-cpd_hours-title">Hours credited in each of the last six terms</title>'
        in page
    )
    assert 'role="img"' in page
    assert "Autumn 2026" in page
