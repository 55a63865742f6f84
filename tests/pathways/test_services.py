"""Joining, leaving and the award: a certificate issued once, through credentials' task."""

import pytest

from credentials.models import Certificate
from pathways.models import PathwayEnrolment
from pathways.selectors import pathway_progress
from pathways.services import pathway_awards_check, pathway_join, pathway_leave
from tests.pathways.factories import PathwayPageFactory, module_complete, stage

pytestmark = pytest.mark.django_db


def awards_scheduled(callbacks) -> list:
    """The on-commit callbacks that ask credentials for an award (rendering PDFs follows them)."""
    return [
        callback
        for callback in callbacks
        if getattr(callback, "__name__", "") == "send_issue_award"
    ]


@pytest.fixture
def pathway(modules):
    a, b, c, d = modules[:4]
    return PathwayPageFactory(
        title="Early career to middle leadership",
        award_title="Certificate in Middle Leadership",
        stages=[
            stage("Early career", required=[a]),
            stage("CPD", electives=[b, c], rule="count", number=1),
            stage("Middle leadership", required=[d], locked=True),
        ],
    )


def test_finishing_the_pathway_issues_one_certificate(
    learner, pathway, modules, django_capture_on_commit_callbacks
):
    a, b, c, d = modules[:4]
    enrolment = pathway_join(learner=learner, pathway=pathway)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        module_complete(learner, a)
        module_complete(learner, b)
    assert awards_scheduled(callbacks) == []
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        last = module_complete(learner, d)
    assert len(awards_scheduled(callbacks)) == 1
    certificate = Certificate.objects.get()
    assert certificate.kind == Certificate.Kind.PATHWAY
    assert certificate.title == pathway.award_name
    assert certificate.page_id == pathway.pk
    assert certificate.learner == learner
    assert certificate.source_key == f"pathway-award:{enrolment.pk}"
    assert certificate.completed_at == last.completed_at
    enrolment.refresh_from_db()
    assert enrolment.completed_at == last.completed_at
    # A later completion (the other elective) asks for nothing more.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        module_complete(learner, c)
        pathway_awards_check(learner=learner, module=d, completion=last)
    assert awards_scheduled(callbacks) == []
    assert Certificate.objects.count() == 1


def test_no_award_without_joining(learner, pathway, modules, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for module in (modules[0], modules[1], modules[3]):
            module_complete(learner, module)
    assert pathway_progress(learner=learner, pathway=pathway).is_complete
    assert not Certificate.objects.exists()


def test_modules_done_before_joining_count_at_once(
    learner, pathway, modules, django_capture_on_commit_callbacks
):
    a, b = modules[:2]
    module_complete(learner, a)
    module_complete(learner, b)
    pathway_join(learner=learner, pathway=pathway)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert [s.status for s in progress.stages] == ["done", "done", "available"]
    assert progress.current_stage.number == 3
    assert progress.next_module.module == modules[3]


def test_joining_a_pathway_already_completed_awards_it(
    learner, pathway, modules, django_capture_on_commit_callbacks
):
    completions = [module_complete(learner, m) for m in (modules[0], modules[2], modules[3])]
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = pathway_join(learner=learner, pathway=pathway)
    certificate = Certificate.objects.get()
    assert certificate.page_id == pathway.pk
    assert enrolment.completed_at == max(c.completed_at for c in completions)
    with django_capture_on_commit_callbacks(execute=True):
        pathway_join(learner=learner, pathway=pathway)
    assert Certificate.objects.count() == 1


def test_leaving_keeps_records_and_joining_again_resumes(learner, pathway, modules):
    first = pathway_join(learner=learner, pathway=pathway)
    module_complete(learner, modules[0])
    pathway_leave(learner=learner, pathway=pathway)
    first.refresh_from_db()
    assert first.left_at is not None
    assert pathway_progress(learner=learner, pathway=pathway).stages[0].is_done
    again = pathway_join(learner=learner, pathway=pathway)
    assert again.pk == first.pk
    assert again.left_at is None
    assert again.joined_at == first.joined_at
    assert PathwayEnrolment.objects.count() == 1


def test_no_award_while_left(learner, pathway, modules, django_capture_on_commit_callbacks):
    pathway_join(learner=learner, pathway=pathway)
    pathway_leave(learner=learner, pathway=pathway)
    with django_capture_on_commit_callbacks(execute=True):
        for module in (modules[0], modules[1], modules[3]):
            module_complete(learner, module)
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        pathway_join(learner=learner, pathway=pathway)
    assert Certificate.objects.count() == 1


def test_completing_the_last_required_module_unlocks_the_next_stage(learner, modules):
    a, b, c = modules[:3]
    pathway = PathwayPageFactory(
        stages=[
            stage("One", required=[a, b]),
            stage("Two", required=[c], locked=True),
        ]
    )
    pathway_join(learner=learner, pathway=pathway)
    module_complete(learner, a)
    assert pathway_progress(learner=learner, pathway=pathway).stages[1].is_locked
    module_complete(learner, b)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.stages[1].status == "available"
    assert progress.next_module.module == c


def test_each_pathway_gets_its_own_award(learner, modules, django_capture_on_commit_callbacks):
    a, b = modules[:2]
    first = PathwayPageFactory(stages=[stage("One", required=[a])])
    second = PathwayPageFactory(stages=[stage("One", required=[a, b])])
    pathway_join(learner=learner, pathway=first)
    pathway_join(learner=learner, pathway=second)
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(learner, a)
    assert list(Certificate.objects.values_list("page_id", flat=True)) == [first.pk]
    with django_capture_on_commit_callbacks(execute=True):
        module_complete(learner, b)
    assert set(Certificate.objects.values_list("page_id", flat=True)) == {first.pk, second.pk}
