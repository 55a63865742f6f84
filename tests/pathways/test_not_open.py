"""Modules in a pathway that learners cannot open: unpublished, withdrawn, awaiting approval or
private. Never the next step; completions of them still count; stages say what they wait for."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from courses.restrictions import view_restrictions
from pathways.progress import ModuleStatus, StageStatus
from pathways.selectors import pathway_progress
from tests.factories import ModulePageFactory, UserFactory
from tests.pathways.factories import PathwayPageFactory, module_complete, module_start, stage

pytestmark = pytest.mark.django_db


def pg_cert(taught) -> dict:
    """60 credits at level 7: the first taught module, and two more to choose from."""
    return stage(
        "PG Cert", required=[taught[0]], electives=taught[1:3], rule="credits", number=60, level=7
    )


def test_a_module_not_published_is_shown_as_not_open_and_never_the_next_step(learner, modules):
    a, b, c = modules[:3]
    b.unpublish()
    pathway = PathwayPageFactory(stages=[stage("One", required=[b, a]), stage("Two", required=[c])])
    progress = pathway_progress(learner=learner, pathway=pathway)
    first = progress.stages[0]
    assert [m.status for m in first.required] == [ModuleStatus.NOT_OPEN, ModuleStatus.NOT_STARTED]
    assert first.required[0].status_label == "Not open yet"
    assert not first.required[0].is_open
    assert progress.next_module.module == a
    assert first.status == StageStatus.BLOCKED
    assert first.status_label == "Cannot be finished yet"
    assert first.blocked_text == "This stage cannot be finished until Module B opens."

    # With A done, stage one waits for B; the next step moves on to stage two.
    module_complete(learner, a)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.current_stage.number == 1
    assert progress.current_stage.is_blocked
    assert progress.next_module.module == c

    module_complete(learner, c)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.next_module is None
    assert not progress.is_complete


def test_a_module_started_then_withdrawn_is_not_the_next_step(learner, modules):
    a, b = modules[:2]
    pathway = PathwayPageFactory(stages=[stage("One", required=[a, b])])
    module_start(learner, b)
    assert pathway_progress(learner=learner, pathway=pathway).next_module.module == b
    b.unpublish()
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.stages[0].required[1].status == ModuleStatus.NOT_OPEN
    assert progress.next_module.module == a


def test_a_module_awaiting_approval_is_not_open(learner, provider, modules):
    draft = ModulePageFactory(title="Draft module", parent=provider, live=False)
    pathway = PathwayPageFactory(stages=[stage("One", required=[draft, modules[0]])])
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.stages[0].required[0].status == ModuleStatus.NOT_OPEN
    assert progress.next_module.module == modules[0]


def test_a_module_completed_then_unpublished_still_counts(learner, masters_modules):
    taught, dissertation = masters_modules
    pathway = PathwayPageFactory(
        stages=[pg_cert(taught), stage("MA", required=[dissertation], locked=True)]
    )
    module_complete(learner, taught[0])
    module_complete(learner, taught[1])
    module_complete(learner, dissertation)
    for module in (taught[0], taught[1], dissertation):
        module.unpublish()
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert [s.status for s in progress.stages] == [StageStatus.DONE, StageStatus.DONE]
    assert progress.is_complete
    assert progress.stages[0].credits_done == 60
    assert progress.masters_credits == 120
    assert progress.modules_completed == 3
    completed = progress.stages[0].required[0]
    assert completed.status == ModuleStatus.COMPLETED
    assert not completed.is_open
    assert not progress.stages[0].is_blocked


def test_an_elective_stage_stays_finishable_from_the_open_electives(learner, modules):
    a, b, c, d = modules[:4]
    pathway = PathwayPageFactory(
        stages=[stage("CPD", required=[a], electives=[b, c, d], rule="count", number=2)]
    )
    d.unpublish()
    progress = pathway_progress(learner=learner, pathway=pathway)
    first = progress.stages[0]
    assert not first.is_blocked
    assert first.status == StageStatus.AVAILABLE
    assert first.electives[2].status == ModuleStatus.NOT_OPEN
    assert first.waiting_for == []

    c.unpublish()
    first = pathway_progress(learner=learner, pathway=pathway).stages[0]
    assert first.is_blocked
    assert first.blocked_text == (
        "This stage cannot be finished until one of Module C or Module D opens."
    )

    module_complete(learner, a)
    module_complete(learner, b)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.next_module is None
    assert progress.stages[0].status == StageStatus.BLOCKED


def test_a_credits_stage_names_what_it_waits_for(learner, masters_modules):
    taught, _ = masters_modules
    pathway = PathwayPageFactory(stages=[pg_cert(taught)])
    taught[2].unpublish()
    assert not pathway_progress(learner=learner, pathway=pathway).stages[0].is_blocked
    taught[1].unpublish()
    taught[0].unpublish()
    first = pathway_progress(learner=learner, pathway=pathway).stages[0]
    assert first.blocked_text == (
        "This stage cannot be finished until Masters module 1 opens and until Masters module 2 "
        "or Masters module 3 opens (it needs 30 more credits at level 7)."
    )


def test_a_prerequisite_that_is_not_published_is_not_asked_for(learner, modules):
    """As learning decides on enrolling: only published prerequisites must be done first."""
    a, b = modules[:2]
    a.prerequisites.add(b)
    a.save_revision().publish()
    b.unpublish()
    pathway = PathwayPageFactory(stages=[stage("One", required=[a])])
    module = pathway_progress(learner=learner, pathway=pathway).stages[0].required[0]
    assert module.missing_prerequisites == []


def test_a_private_module_is_not_open_to_those_it_keeps_out(learner, other_learner, provider):
    staff = Group.objects.create(name="Kettering staff")
    other_learner.groups.add(staff)
    private = ModulePageFactory(title="Private module", parent=provider)
    restriction = PageViewRestriction.objects.create(
        page=provider, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(staff)
    members_only = ModulePageFactory(title="Members only")
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    pathway = PathwayPageFactory(stages=[stage("One", required=[private, members_only])])

    def statuses(learner):
        progress = pathway_progress(learner=learner, pathway=pathway)
        return [m.status for m in progress.stages[0].required]

    assert statuses(learner) == [ModuleStatus.NOT_OPEN, ModuleStatus.NOT_STARTED]
    assert statuses(other_learner) == [ModuleStatus.NOT_STARTED, ModuleStatus.NOT_STARTED]
    # A visitor signs in to join, so a log-in restriction does not keep them out.
    assert statuses(None) == [ModuleStatus.NOT_OPEN, ModuleStatus.NOT_STARTED]
    superuser = UserFactory(is_superuser=True)
    assert statuses(superuser) == [ModuleStatus.NOT_STARTED, ModuleStatus.NOT_STARTED]


def test_modules_not_open_add_no_queries(learner, modules, django_assert_num_queries):
    a, b, c, d = modules[:4]
    b.unpublish()
    PageViewRestriction.objects.create(page=c, restriction_type=PageViewRestriction.PASSWORD)
    pathway = PathwayPageFactory(
        stages=[
            stage("One", required=[a, b]),
            stage("Two", electives=[c, d], rule="count", number=1),
        ]
    )
    module_complete(learner, a)
    pathway = type(pathway).objects.get(pk=pathway.pk)
    view_restrictions()  # read once for every page and pathway, then kept in the cache
    with django_assert_num_queries(2):  # prerequisites, then the modules with the learner's records
        progress = pathway_progress(learner=learner, pathway=pathway)
    assert [m.is_open for m in progress.stages[1].electives] == [False, True]
    assert progress.next_module.module == d
