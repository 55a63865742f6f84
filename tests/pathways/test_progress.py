"""pathway_progress: rules, locking, statuses, next step, credits and its query bound."""

import pytest

from courses.restrictions import view_restrictions
from pathways.progress import ModuleStatus, StageStatus
from pathways.selectors import pathway_progress
from tests.factories import ModulePageFactory, UserFactory
from tests.pathways.factories import PathwayPageFactory, module_complete, module_start, stage

pytestmark = pytest.mark.django_db


def statuses(progress):
    return [s.status for s in progress.stages]


def test_required_modules_all_needed(learner, modules):
    a, b, c = modules[:3]
    pathway = PathwayPageFactory(stages=[stage("One", required=[a, b]), stage("Two", required=[c])])
    module_complete(learner, a)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert statuses(progress) == [StageStatus.IN_PROGRESS, StageStatus.AVAILABLE]
    module_complete(learner, b)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert statuses(progress) == [StageStatus.DONE, StageStatus.AVAILABLE]
    assert not progress.is_complete
    module_complete(learner, c)
    assert pathway_progress(learner=learner, pathway=pathway).is_complete


def test_at_least_n_electives(learner, modules):
    a, b, c, d = modules[:4]
    pathway = PathwayPageFactory(
        stages=[stage("CPD", required=[a], electives=[b, c, d], rule="count", number=2)]
    )
    module_complete(learner, a)
    module_complete(learner, b)
    stage_one = pathway_progress(learner=learner, pathway=pathway).stages[0]
    assert stage_one.status == StageStatus.IN_PROGRESS
    assert stage_one.rule_progress_text == "1 of 2 electives done"
    module_complete(learner, d)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.stages[0].is_done
    assert progress.is_complete


def test_electives_alone_do_not_finish_a_stage_with_required_modules(learner, modules):
    a, b, c = modules[:3]
    pathway = PathwayPageFactory(
        stages=[stage("CPD", required=[a], electives=[b, c], rule="count", number=1)]
    )
    module_complete(learner, b)
    module_complete(learner, c)
    assert pathway_progress(learner=learner, pathway=pathway).stages[0].status == "in_progress"


def test_credits_at_a_level_count_only_that_level(learner, masters_modules):
    taught, _ = masters_modules
    level_six = ModulePageFactory(title="Level 6", academic_credits=60, fheq_level=6)
    pathway = PathwayPageFactory(
        stages=[
            stage(
                "PG Cert",
                required=[taught[0]],
                electives=[taught[1], taught[2], level_six],
                rule="credits",
                number=60,
                level=7,
            )
        ]
    )
    module_complete(learner, taught[0])
    module_complete(learner, level_six)
    stage_one = pathway_progress(learner=learner, pathway=pathway).stages[0]
    assert stage_one.credits_done == 30
    assert not stage_one.is_done
    assert stage_one.rule_progress_text == "30 of 60 credits at level 7"
    module_complete(learner, taught[2])
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.stages[0].credits_done == 60
    assert progress.is_complete
    assert progress.masters_credits == 60
    assert [t.reached for t in progress.masters_thresholds] == [True, False, False]


def test_locked_stage_waits_for_the_one_before(learner, modules):
    a, b = modules[:2]
    pathway = PathwayPageFactory(
        stages=[stage("One", required=[a]), stage("Two", required=[b], locked=True)]
    )
    module_complete(learner, b)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert statuses(progress) == [StageStatus.AVAILABLE, StageStatus.LOCKED]
    assert progress.stages[1].required[0].status == ModuleStatus.COMPLETED
    assert progress.unlocks_next.number == 2
    assert not progress.is_complete
    # Completing the last required module of stage one unlocks stage two, already done.
    module_complete(learner, a)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert statuses(progress) == [StageStatus.DONE, StageStatus.DONE]
    assert progress.is_complete


def test_modules_in_a_locked_stage_show_locked_until_it_opens(learner, modules):
    a, b = modules[:2]
    pathway = PathwayPageFactory(
        stages=[stage("One", required=[a]), stage("Two", required=[b], locked=True)]
    )
    assert pathway_progress(learner=learner, pathway=pathway).stages[1].required[0].status == (
        ModuleStatus.LOCKED
    )
    module_complete(learner, a)
    assert pathway_progress(learner=learner, pathway=pathway).stages[1].required[0].status == (
        ModuleStatus.NOT_STARTED
    )


def test_module_statuses_and_next_step(learner, modules):
    a, b, c, d = modules[:4]
    pathway = PathwayPageFactory(
        stages=[
            stage("One", required=[a, b]),
            stage("Two", electives=[c, d], rule="count", number=1, locked=True),
        ]
    )
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.next_module.module == a
    assert progress.current_stage.number == 1
    module_complete(learner, a)
    module_start(learner, b)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert [m.status for m in progress.stages[0].modules] == ["completed", "in_progress"]
    assert progress.next_module.module == b
    assert [m.status for m in progress.stages[1].modules] == ["locked", "locked"]
    module_complete(learner, b)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.current_stage.number == 2
    assert progress.next_module.module == c


def test_next_step_skips_modules_whose_prerequisites_are_not_done(learner, modules):
    a, b, c = modules[:3]
    b.prerequisites.add(c)
    b.save_revision().publish()
    # c is outside the pathway: a learner may have taken it elsewhere.
    pathway = PathwayPageFactory(stages=[stage("One", required=[b, a])])
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.next_module.module == a
    assert progress.stages[0].required[0].missing_prerequisites == [c]
    module_complete(learner, c)
    progress = pathway_progress(learner=learner, pathway=pathway)
    assert progress.next_module.module == b
    assert progress.stages[0].required[0].missing_prerequisites == []


def test_modules_done_by_others_do_not_count(learner, other_learner, modules):
    a = modules[0]
    pathway = PathwayPageFactory(stages=[stage("One", required=[a])])
    module_complete(other_learner, a)
    assert not pathway_progress(learner=learner, pathway=pathway).is_complete
    assert pathway_progress(learner=other_learner, pathway=pathway).is_complete


def test_visitor_sees_the_route_with_nothing_started(modules):
    pathway = PathwayPageFactory(stages=[stage("One", required=modules[:2])])
    progress = pathway_progress(learner=None, pathway=pathway)
    assert statuses(progress) == [StageStatus.AVAILABLE]
    assert progress.modules_total == 2


def _big_pathway(stage_count: int, per_stage: int):
    stages = []
    for n in range(stage_count):
        required = [ModulePageFactory() for _ in range(per_stage)]
        electives = [ModulePageFactory() for _ in range(per_stage)]
        for module in required[1:]:
            module.prerequisites.add(required[0])
            module.save()
        stages.append(
            stage(
                f"S{n}",
                required=required,
                electives=electives,
                rule="count",
                number=2,
                locked=n % 2 == 1,
            )
        )
    return PathwayPageFactory(stages=stages), stages


def test_query_count_does_not_grow_with_the_pathway(
    django_assert_num_queries, django_assert_max_num_queries
):
    learner = UserFactory()
    small, _ = _big_pathway(2, 2)
    large, large_stages = _big_pathway(6, 5)
    for item in large_stages[:3]:
        for value in item["value"]["required_modules"][:2]:
            from courses.models import ModulePage

            module_complete(learner, ModulePage.objects.get(pk=value["value"]))
    small = type(small).objects.get(pk=small.pk)
    large = type(large).objects.get(pk=large.pk)
    view_restrictions()  # read once for every page and pathway, then kept in the cache
    with django_assert_max_num_queries(2) as small_queries:
        pathway_progress(learner=learner, pathway=small)
    with django_assert_num_queries(len(small_queries.captured_queries)):
        progress = pathway_progress(learner=learner, pathway=large)
    assert progress.modules_total == 60
    assert progress.modules_completed == 6


def test_prior_learning_counts_toward_awards_up_to_the_cap_in_four_queries(
    learner, council_officer, masters_modules, django_assert_num_queries
):
    from datetime import date
    from decimal import Decimal

    from credentials.services import prior_learning_record

    taught, _ = masters_modules
    pathway = PathwayPageFactory(
        stages=[stage("PG Cert", electives=taught[:3], rule="credits", number=60, level=7)]
    )
    module_complete(learner, taught[0])
    pathway = type(pathway).objects.get(pk=pathway.pk)
    view_restrictions()  # read once for every page and pathway, then kept in the cache
    with django_assert_num_queries(3):  # and the learner's prior learning: none
        progress = pathway_progress(learner=learner, pathway=pathway)
    assert (progress.masters.module_credits, progress.masters.prior_credits) == (30, 0)
    prior_learning_record(
        learner=learner,
        description="Postgraduate module, another university",
        cpd_hours=Decimal(0),
        academic_credits=45,
        fheq_level=7,
        awarded_on=date(2024, 6, 30),
        evidence=None,
        recorded_by=council_officer,
    )
    from credentials.models import MastersAwardRules

    MastersAwardRules.load()  # the officer's rules exist once first read
    with django_assert_num_queries(4):  # and the officer's cap
        progress = pathway_progress(learner=learner, pathway=pathway)
    pg_cert, pg_dip, ma = progress.masters_thresholds
    assert (pg_cert.prior_counted, pg_cert.counted, pg_cert.reached) == (30, 60, True)
    assert (pg_dip.prior_counted, ma.prior_counted) == (45, 45)
    assert not progress.stages[0].is_done  # prior learning finishes no stage of the Academy's
