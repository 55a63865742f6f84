"""End to end through learning's services: finishing lessons completes modules, which opens
the next stage and, at the end, issues the pathway's certificate."""

import pytest

from credentials.models import Certificate
from learning.services import enrolment_create, lesson_complete
from pathways.models import PathwayEnrolment
from pathways.selectors import pathway_progress
from pathways.services import pathway_join
from tests.factories import LessonPageFactory, ModulePageFactory
from tests.pathways.factories import PathwayPageFactory, stage

pytestmark = pytest.mark.django_db


def finish(learner, module):
    """Take every lesson of a module, as the learner would."""
    enrolment = enrolment_create(learner=learner, module=module)
    for lesson in module.lessons():
        lesson_complete(enrolment=enrolment, lesson=lesson)


@pytest.fixture
def route(provider):
    modules = []
    for title in ("Behaviour", "Assessment", "Middle leadership"):
        module = ModulePageFactory(title=title, parent=provider)
        LessonPageFactory(parent=module)
        LessonPageFactory(parent=module)
        modules.append(module)
    pathway = PathwayPageFactory(
        title="Early career to middle leadership",
        stages=[
            stage("Early career", required=modules[:2]),
            stage("Middle leadership", required=modules[2:], locked=True),
        ],
    )
    return pathway, modules


def test_last_required_module_unlocks_the_next_stage_and_the_last_issues_the_award(
    learner, route, django_capture_on_commit_callbacks
):
    pathway, (behaviour, assessment, leading) = route
    pathway_join(learner=learner, pathway=pathway)
    with django_capture_on_commit_callbacks(execute=True):
        finish(learner, behaviour)
        enrolment = enrolment_create(learner=learner, module=assessment)
        lesson_complete(enrolment=enrolment, lesson=assessment.lessons().first())
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert [s.status for s in progress.stages] == ["in_progress", "locked"]
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(enrolment=enrolment, lesson=assessment.lessons().last())
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert [s.status for s in progress.stages] == ["done", "available"]
    assert progress.next_module.module == leading
    assert not Certificate.objects.filter(kind=Certificate.Kind.PATHWAY).exists()

    with django_capture_on_commit_callbacks(execute=True):
        finish(learner, leading)
    award = Certificate.objects.get(kind=Certificate.Kind.PATHWAY)
    assert award.page_id == pathway.pk
    assert award.learner == learner
    assert PathwayEnrolment.objects.get(learner=learner).completed_at == award.completed_at
    # Module certificates came too, one per module; the pathway award only once.
    assert Certificate.objects.filter(kind=Certificate.Kind.MODULE).count() == 3
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in leading.lessons():
            lesson_complete(
                enrolment=enrolment_create(learner=learner, module=leading), lesson=lesson
            )
    assert Certificate.objects.filter(kind=Certificate.Kind.PATHWAY).count() == 1
