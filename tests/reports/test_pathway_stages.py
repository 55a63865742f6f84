"""Learners on each pathway by stage: from the summary the scheduled task keeps, or worked out
now when it has never run, the same either way."""

import pytest

from pathways.services import pathway_join
from reports.models import PathwayStageCount
from reports.selectors import Period, scope_build
from reports.selectors.council import pathway_stages
from reports.tasks import refresh_pathway_stages
from tests.factories import UserFactory
from tests.pathways.factories import PathwayPageFactory, module_complete, stage

pytestmark = pytest.mark.django_db


def counts(scope):
    tables, refreshed = pathway_stages(scope)
    return {row.label: row.values["pathway_learners"] for row in tables[0].rows}, refreshed


def test_the_summary_counts_what_the_live_count_does(county, council_officer):
    pathway = PathwayPageFactory(
        stages=[
            stage("Foundations", required=[county["behaviour"]]),
            stage("Phonics", required=[county["phonics"]]),
        ]
    )
    first, second, third = (UserFactory(school=county["brook"]) for _ in range(3))
    for person in (first, second, third):
        pathway_join(learner=person, pathway=pathway)
    module_complete(second, county["behaviour"])
    module_complete(third, county["behaviour"])
    module_complete(third, county["phonics"])
    scope = scope_build(user=council_officer, period=Period.academic_year(2025))
    live, refreshed = counts(scope)
    assert refreshed is None
    assert live == {"Foundations": 1, "Phonics": 1, "Completed every stage": 1}
    assert refresh_pathway_stages() == 3
    assert PathwayStageCount.objects.count() == 3
    summarised, refreshed = counts(scope_build(user=council_officer, period=scope.period))
    assert refreshed is not None
    assert summarised == live
