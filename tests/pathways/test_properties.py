"""Property tests: no combination of completions finishes a stage or pathway early, or withholds it.

The reference predicates below are written from the rules as an editor reads them, not from the
implementation: a stage's requirement is met when all its required modules and its elective rule
are; a locked stage also needs the whole run of locked stages before it, back to the nearest
stage that is not locked, to be met. A completion counts whether or not the module is still
published. A stage cannot be finished yet when its requirement would not be met even if the
learner completed every module that is published now.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pathways.progress import StageStatus, progress_compute
from pathways.selectors import pathway_progress
from pathways.services import pathway_join
from pathways.stages import StageSpec
from tests.factories import UserFactory
from tests.pathways.factories import PathwayPageFactory, module_complete, stage


@dataclass(frozen=True)
class Facts:
    pk: int
    academic_credits: int
    fheq_level: int | None
    live: bool = True

    @property
    def title(self) -> str:
        return f"Module {self.pk}"


def requirement_met(spec: StageSpec, done: set[int], facts: dict[int, Facts]) -> bool:
    if any(pk not in done for pk in spec.required_ids):
        return False
    if spec.rule == "count":
        return len([pk for pk in set(spec.elective_ids) if pk in done]) >= (spec.rule_number or 0)
    if spec.rule == "credits":
        earned = 0
        for pk in set(spec.required_ids) | set(spec.elective_ids):
            if pk in done and facts[pk].fheq_level == spec.rule_level:
                earned += facts[pk].academic_credits
        return earned >= (spec.rule_number or 0)
    return True


def reference_blocked(specs: list[StageSpec], done: set[int], facts) -> list[bool]:
    published = {pk for pk, f in facts.items() if f.live}
    return [not requirement_met(spec, done | published, facts) for spec in specs]


def reference_done(specs: list[StageSpec], done: set[int], facts) -> list[bool]:
    met = [requirement_met(spec, done, facts) for spec in specs]
    result = []
    for i in range(len(specs)):
        start = i
        while start > 0 and specs[start].locked_until_previous:
            start -= 1
        result.append(all(met[start : i + 1]))
    return result


@st.composite
def pathways(draw, *, valid_only=False, pool=None):
    """Stages over a pool of modules, each module in at most one stage."""
    if pool is None:
        size = draw(st.integers(1, 12))
        pool = [
            Facts(
                pk,
                draw(st.sampled_from([0, 15, 30, 60])),
                draw(st.sampled_from([None, 6, 7])),
                draw(st.sampled_from([True, True, True, False])),
            )
            for pk in range(1, size + 1)
        ]
    order = draw(st.permutations([f.pk for f in pool]))
    facts = {f.pk: f for f in pool}
    stage_count = draw(st.integers(1, min(6, len(order))))
    cuts = (
        sorted(draw(st.sets(st.integers(1, len(order) - 1), max_size=stage_count - 1)))
        if len(order) > 1
        else []
    )
    chunks = [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(order)], strict=True)]
    specs = []
    for chunk in chunks:
        split = draw(st.integers(0, len(chunk)))
        required, electives = tuple(chunk[:split]), tuple(chunk[split:])
        rule = draw(st.sampled_from(["none", "count", "credits"]))
        number, level = None, None
        if rule == "none" and electives and valid_only:
            rule = "count"
        if rule == "count":
            top = len(electives) if valid_only else len(electives) + 1
            number = draw(st.integers(1 if valid_only else 0, max(top, 1)))
            if valid_only and not electives:
                rule, number = "none", None
        elif rule == "credits":
            level = draw(st.sampled_from([6, 7]))
            possible = sum(
                facts[pk].academic_credits for pk in chunk if facts[pk].fheq_level == level
            )
            if valid_only and possible == 0:
                rule, level = ("count", None) if electives else ("none", None)
                number = 1 if electives else None
            else:
                number = draw(st.integers(1, max(possible if valid_only else possible + 30, 1)))
        specs.append(
            StageSpec(
                title="S",
                description="",
                required_ids=required,
                elective_ids=electives,
                rule=rule,
                rule_number=number,
                rule_level=level,
                locked_until_previous=draw(st.booleans()),
            )
        )
    return specs, facts


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_stage_and_pathway_completion_match_the_rules(data):
    specs, facts = data.draw(pathways())
    done = data.draw(st.sets(st.sampled_from(sorted(facts))))
    in_progress = data.draw(st.sets(st.sampled_from(sorted(facts)))) - done
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    progress = progress_compute(
        pathway=None,
        specs=specs,
        modules=facts,
        completed=dict.fromkeys(done, moment),
        in_progress=in_progress,
    )
    expected = reference_done(specs, done, facts)
    assert [s.is_done for s in progress.stages] == expected
    assert progress.is_complete == all(requirement_met(s, done, facts) for s in specs)
    assert progress.is_complete == all(expected)
    for i, spec in enumerate(specs):
        stage_progress = progress.stages[i]
        if i > 0 and spec.locked_until_previous:
            # A locked stage never counts as done before its predecessor.
            assert not stage_progress.is_done or progress.stages[i - 1].is_done
            assert stage_progress.is_locked == (not progress.stages[i - 1].is_done)
        else:
            assert not stage_progress.is_locked
        if stage_progress.status == StageStatus.AVAILABLE:
            assert not (set(spec.required_ids + spec.elective_ids) & (done | in_progress))
    blocked = reference_blocked(specs, done, facts)
    assert [s.is_blocked for s in progress.stages] == blocked
    for stage_progress, is_blocked in zip(progress.stages, blocked, strict=True):
        assert (stage_progress.status == StageStatus.BLOCKED) == (
            is_blocked and not stage_progress.is_locked
        )
        if is_blocked:
            assert stage_progress.blocked_text.startswith("This stage ")
    closed = {pk for pk, f in facts.items() if not f.live}
    for i, stage_progress in enumerate(progress.stages):
        for module in stage_progress.modules:
            # Completed stays completed (and counts); otherwise a closed module says so.
            if module.pk in done:
                assert module.is_completed
            elif module.pk in closed:
                assert module.status == "not_open"
        waiting = {m.pk for m in stage_progress.waiting_for}
        assert waiting <= closed - done
        if blocked[i]:
            # It names the modules it waits for, unless no module could ever finish it.
            assert set(specs[i].required_ids) & closed - done <= waiting
            assert waiting or not requirement_met(specs[i], set(facts), facts)
        else:
            assert not waiting
    if progress.next_module is not None:
        assert progress.next_module.pk not in done
        assert progress.next_module.pk not in closed
        assert not progress.next_stage.is_locked
        assert not progress.next_stage.is_done
    elif not progress.is_complete:
        # Nothing to recommend: every open stage is waiting for a module to open (or has an
        # impossible rule, which the editor's validation rules out).
        for stage_progress, is_blocked in zip(progress.stages, blocked, strict=True):
            if not stage_progress.is_done and not stage_progress.is_locked:
                assert is_blocked
                assert all(m.is_completed or not m.is_open for m in stage_progress.required)
                if not stage_progress.rule_met:
                    assert all(
                        m.is_completed or not m.is_open or not m.counts_towards_rule
                        for m in stage_progress.electives
                    )


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_completion_time_is_the_first_moment_every_rule_held(data):
    specs, facts = data.draw(pathways())
    order = data.draw(st.permutations(sorted(facts)))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    completed = {pk: start + timedelta(days=n) for n, pk in enumerate(order)}
    progress = progress_compute(
        pathway=None, specs=specs, modules=facts, completed=completed, in_progress=set()
    )
    first = None
    for n in range(len(order)):
        if all(requirement_met(s, set(order[: n + 1]), facts) for s in specs):
            first = completed[order[n]]
            break
    assert progress.is_complete == (first is not None)
    assert progress.completed_at == first


@contextmanager
def rolled_back():
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_award_is_asked_for_once_exactly_when_the_pathway_is_complete(
    data, masters_modules, modules
):
    """Through the database: join, complete modules in a random order, watch for the award."""
    taught, dissertation = masters_modules
    pool_pages = [*modules[:4], *taught[:3], dissertation]
    pool = [Facts(m.pk, m.academic_credits, m.fheq_level) for m in pool_pages]
    specs, facts = data.draw(pathways(valid_only=True, pool=pool))
    pages = {m.pk: m for m in pool_pages}
    order = data.draw(st.permutations(sorted(facts)))
    join_after = data.draw(st.integers(0, len(order)))
    with rolled_back(), mock.patch("pathways.services.award_schedule") as award:
        pathway = PathwayPageFactory(
            stages=[
                stage(
                    "S",
                    required=[pages[pk] for pk in s.required_ids],
                    electives=[pages[pk] for pk in s.elective_ids],
                    rule=s.rule,
                    number=s.rule_number,
                    level=s.rule_level,
                    locked=s.locked_until_previous,
                )
                for s in specs
            ]
        )
        learner = UserFactory()
        done: set[int] = set()
        awarded_at_step = None
        for step, pk in enumerate(order):
            if step == join_after:
                pathway_join(learner=learner, pathway=pathway)
                if award.call_count and awarded_at_step is None:
                    awarded_at_step = step - 1
            module_complete(learner, pages[pk])
            done.add(pk)
            if award.call_count and awarded_at_step is None:
                awarded_at_step = step
        if join_after == len(order):
            pathway_join(learner=learner, pathway=pathway)
            if award.call_count and awarded_at_step is None:
                awarded_at_step = len(order) - 1
        first_complete = next(
            n
            for n in range(len(order))
            if all(requirement_met(s, set(order[: n + 1]), facts) for s in specs)
        )
        assert award.call_count == 1
        # No award before it is earned; none held back after (joining late awards at once).
        assert awarded_at_step == max(first_complete, join_after - 1)
        kwargs = award.call_args.kwargs
        assert kwargs["page_id"] == pathway.pk
        assert kwargs["source_key"].startswith("pathway-award:")
        assert pathway_progress(learner=learner, pathway=pathway).is_complete


MASTERS_AWARD_CREDITS = [60, 120, 180]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_prior_learning_counts_toward_awards_only_up_to_the_cap_and_never_finishes_a_stage(data):
    specs, facts = data.draw(pathways())
    done = data.draw(st.sets(st.sampled_from(sorted(facts))))
    prior = data.draw(st.integers(0, 240))
    percent = data.draw(st.integers(0, 100))
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    records = {
        "pathway": None,
        "specs": specs,
        "modules": facts,
        "completed": dict.fromkeys(done, moment),
        "in_progress": set(),
    }
    without = progress_compute(**records)
    progress = progress_compute(**records, prior_credits=prior, prior_percent=percent)

    # Stages are the Academy's modules: prior learning changes no stage and no award.
    assert [s.status for s in progress.stages] == [s.status for s in without.stages]
    assert progress.is_complete == without.is_complete
    assert progress.modules_completed == sum(
        1 for spec in specs for pk in spec.module_ids if pk in done
    )
    on_pathway = {pk for spec in specs for pk in spec.module_ids}
    earned = sum(
        facts[pk].academic_credits
        for pk in on_pathway & done
        if facts[pk].fheq_level == 7 and facts[pk].academic_credits
    )
    if not any(facts[pk].fheq_level == 7 and facts[pk].academic_credits for pk in on_pathway):
        assert progress.masters is None
        return
    assert progress.masters_credits == earned
    for award, threshold in zip(MASTERS_AWARD_CREDITS, progress.masters_thresholds, strict=True):
        # At most `percent` of an award may be prior learning, and never more than there is.
        allowed = min(prior, award * percent // 100)
        assert threshold.credits == award
        assert threshold.prior_counted == allowed
        assert threshold.reached == (earned + allowed >= award)
        assert threshold.prior_counted * 100 <= award * percent
        if threshold.reached and prior:
            assert earned >= award - award * percent // 100
