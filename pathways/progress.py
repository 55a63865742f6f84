"""Where a learner stands on a pathway, computed from plain records: no database, no Django."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from credentials.awards import MASTERS_LEVEL, AwardThreshold, MastersProgress

from .stages import Rule, StageSpec


class ModuleStatus:
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    LOCKED = "locked"
    NOT_OPEN = "not_open"
    LABELS = {
        COMPLETED: "Completed",
        IN_PROGRESS: "In progress",
        NOT_STARTED: "Not started",
        LOCKED: "Locked",
        NOT_OPEN: "Not open yet",
    }


class StageStatus:
    DONE = "done"
    IN_PROGRESS = "in_progress"
    AVAILABLE = "available"
    LOCKED = "locked"
    BLOCKED = "blocked"
    LABELS = {
        DONE: "Done",
        IN_PROGRESS: "In progress",
        AVAILABLE: "Ready to start",
        LOCKED: "Locked",
        BLOCKED: "Cannot be finished yet",
    }


@dataclass
class ModuleProgress:
    module: Any  # a ModulePage (or, in pure tests, anything with credits and a level)
    status: str
    required: bool
    counts_towards_rule: bool
    missing_prerequisites: list[Any] = field(default_factory=list)
    is_open: bool = True  # False: unpublished, or not visible to this learner
    worth: int = 0  # what it brings to the stage's elective rule: one elective, or its credits

    @property
    def pk(self) -> int:
        return self.module.pk

    @property
    def status_label(self) -> str:
        return ModuleStatus.LABELS[self.status]

    @property
    def is_completed(self) -> bool:
        return self.status == ModuleStatus.COMPLETED


@dataclass
class StageProgress:
    number: int
    spec: StageSpec
    status: str
    required: list[ModuleProgress]
    electives: list[ModuleProgress]
    required_done: int
    electives_done: int
    credits_done: int
    credits_possible: int
    rule_met: bool
    is_blocked: bool = False  # cannot be finished from the modules open now
    waiting_required: list[Any] = field(default_factory=list)
    waiting_electives: list[Any] = field(default_factory=list)
    electives_short: int = 0  # electives, or credits, the open modules cannot make up
    is_current: bool = False

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def status_label(self) -> str:
        return StageStatus.LABELS[self.status]

    @property
    def is_done(self) -> bool:
        return self.status == StageStatus.DONE

    @property
    def is_locked(self) -> bool:
        return self.status == StageStatus.LOCKED

    @property
    def modules(self) -> list[ModuleProgress]:
        return self.required + self.electives

    @property
    def modules_completed(self) -> int:
        return self.required_done + self.electives_done

    @property
    def rule_text(self) -> str:
        """What a learner must do to finish the stage, in words."""
        parts = []
        if self.required:
            parts.append(
                "the required module"
                if len(self.required) == 1
                else f"all {len(self.required)} required modules"
            )
        spec = self.spec
        if spec.rule == Rule.COUNT:
            parts.append(f"at least {spec.rule_number} of the {len(self.electives)} electives")
        elif spec.rule == Rule.CREDITS:
            parts.append(f"at least {spec.rule_number} credits at level {spec.rule_level}")
        return "Complete " + " and ".join(parts) + "."

    @property
    def waiting_for(self) -> list[Any]:
        return self.waiting_required + self.waiting_electives

    @property
    def waiting_text(self) -> str:
        """The modules the stage waits for, as words: 'A opens', 'one of B or C opens'."""
        clauses = []
        if self.waiting_required:
            clauses.append(_opens(self.waiting_required, "and"))
        waiting, short = self.waiting_electives, self.electives_short
        if waiting and short > 0:
            if self.spec.rule == Rule.CREDITS:
                clauses.append(
                    f"{_opens(waiting, 'or')} (it needs {short} more credits "
                    f"at level {self.spec.rule_level})"
                )
            elif short >= len(waiting):
                clauses.append(_opens(waiting, "and"))
            else:
                number = "one" if short == 1 else str(short)
                clauses.append(f"{number} of {_opens(waiting, 'or', count=short)}")
        return " and until ".join(clauses)

    @property
    def blocked_text(self) -> str:
        """Why the stage cannot be finished yet, in words."""
        if not self.is_blocked:
            return ""
        sentences = []
        if self.waiting_for:
            sentences.append(f"This stage cannot be finished until {self.waiting_text}.")
        if self.electives_short > 0 and not self.waiting_electives:
            sentences.append(
                "This stage asks for more than its modules offer, so nobody can finish it yet."
            )
        return " ".join(sentences)

    @property
    def rule_progress_text(self) -> str:
        spec = self.spec
        if spec.rule == Rule.COUNT:
            return f"{min(self.electives_done, spec.rule_number or 0)} of {spec.rule_number} electives done"
        if spec.rule == Rule.CREDITS:
            return f"{self.credits_done} of {spec.rule_number} credits at level {spec.rule_level}"
        return ""


@dataclass
class PathwayProgress:
    pathway: Any
    stages: list[StageProgress]
    is_complete: bool
    completed_at: datetime | None
    next_module: ModuleProgress | None
    next_stage: StageProgress | None
    current_stage: StageProgress | None
    unlocks_next: StageProgress | None
    masters: MastersProgress | None  # None: the pathway has no modules with level 7 credits

    @property
    def stages_done(self) -> int:
        return sum(stage.is_done for stage in self.stages)

    @property
    def percent(self) -> int:
        return round(100 * self.stages_done / len(self.stages)) if self.stages else 0

    @property
    def modules_completed(self) -> int:
        """The sum of what each stage shows as completed, so the page cannot disagree with it."""
        return sum(stage.modules_completed for stage in self.stages)

    @property
    def modules_total(self) -> int:
        return sum(len(stage.modules) for stage in self.stages)

    @property
    def masters_credits(self) -> int | None:
        """Level 7 credits from this pathway's completed modules (prior learning apart)."""
        return self.masters.module_credits if self.masters else None

    @property
    def masters_thresholds(self) -> list[AwardThreshold]:
        return self.masters.thresholds if self.masters else []

    @property
    def masters_percent(self) -> int:
        return self.masters.percent if self.masters else 0


def _titles(modules: list[Any], word: str) -> str:
    titles = [module.title for module in modules]
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} {word} {titles[-1]}"


def _opens(modules: list[Any], word: str, *, count: int | None = None) -> str:
    """'A opens', 'A and B open', 'A or B opens'."""
    count = count if count is not None else (1 if word == "or" else len(modules))
    return f"{_titles(modules, word)} {'opens' if count == 1 else 'open'}"


def credits_at(module, level: int | None) -> int:
    """The credits a module brings at a level: none at any other."""
    if level is None or getattr(module, "fheq_level", None) != level:
        return 0
    return module.academic_credits or 0


def _stage_compute(
    number: int,
    spec: StageSpec,
    *,
    locked: bool,
    modules: dict[int, Any],
    completed: dict[int, datetime],
    in_progress: set[int],
    prerequisites: dict[int, set[int]],
    closed: set[int],
) -> StageProgress:
    def worth(pk: int, required: bool) -> int:
        """What a module brings to the elective rule: one elective, or its credits."""
        if spec.rule == Rule.COUNT:
            return 0 if required else 1
        if spec.rule == Rule.CREDITS:
            return credits_at(modules[pk], spec.rule_level)
        return 0

    def module_progress(pk: int, required: bool) -> ModuleProgress:
        is_open = pk not in closed
        if pk in completed:
            status = ModuleStatus.COMPLETED
        elif not is_open:
            status = ModuleStatus.NOT_OPEN
        elif locked:
            status = ModuleStatus.LOCKED
        elif pk in in_progress:
            status = ModuleStatus.IN_PROGRESS
        else:
            status = ModuleStatus.NOT_STARTED
        brings = worth(pk, required)
        # As learning checks on enrolling: a prerequisite that is not published is not asked for.
        missing = [
            modules[pre]
            for pre in sorted(prerequisites.get(pk, ()))
            if pre not in completed and pre in modules and modules[pre].live
        ]
        return ModuleProgress(
            module=modules[pk],
            status=status,
            required=required,
            counts_towards_rule=required or brings > 0,
            missing_prerequisites=missing,
            is_open=is_open,
            worth=brings,
        )

    required = [module_progress(pk, True) for pk in spec.required_ids if pk in modules]
    electives = [module_progress(pk, False) for pk in spec.elective_ids if pk in modules]
    everything = required + electives
    required_done = sum(m.is_completed for m in required)
    electives_done = sum(m.is_completed for m in electives)
    credits_done = sum(credits_at(m.module, spec.rule_level) for m in everything if m.is_completed)
    credits_possible = sum(credits_at(m.module, spec.rule_level) for m in everything)
    needed = (spec.rule_number or 0) if spec.rule != Rule.NONE else 0
    rule_met = sum(m.worth for m in everything if m.is_completed) >= needed
    # Could the stage be finished from what is done and what is open now? Completions count
    # whether or not the module is still open; a required module that is not open holds it up
    # (and names itself, so its credits are counted here as if it had opened).
    left = [m for m in everything if not m.is_completed]
    waiting_required = [m.module for m in left if m.required and not m.is_open]
    within_reach = sum(m.worth for m in everything if m.is_completed or m.is_open or m.required)
    waiting_electives = [m for m in left if not m.required and not m.is_open and m.worth]
    electives_short = max(0, needed - within_reach)
    if within_reach + sum(m.worth for m in waiting_electives) < needed:
        waiting_electives = []  # an impossible rule: no module opening would finish it
    is_blocked = bool(waiting_required) or electives_short > 0
    if locked:
        status = StageStatus.LOCKED
    elif required_done == len(required) and rule_met:
        status = StageStatus.DONE
    elif is_blocked:
        status = StageStatus.BLOCKED
    elif any(m.is_completed or m.pk in in_progress for m in everything):
        status = StageStatus.IN_PROGRESS
    else:
        status = StageStatus.AVAILABLE
    return StageProgress(
        number=number,
        spec=spec,
        status=status,
        required=required,
        electives=electives,
        required_done=required_done,
        electives_done=electives_done,
        credits_done=credits_done,
        credits_possible=credits_possible,
        rule_met=rule_met,
        is_blocked=is_blocked,
        waiting_required=waiting_required,
        waiting_electives=[m.module for m in waiting_electives] if electives_short else [],
        electives_short=electives_short,
    )


def _stages_compute(specs, **records) -> list[StageProgress]:
    stages: list[StageProgress] = []
    for number, spec in enumerate(specs, start=1):
        previous_done = not stages or stages[-1].is_done
        locked = spec.locked_until_previous and not previous_done
        stages.append(_stage_compute(number, spec, locked=locked, **records))
    return stages


def _next_module(stages: list[StageProgress]) -> tuple[ModuleProgress | None, StageProgress | None]:
    """The module to take next: carry on with one in progress, else start one that counts.

    Only modules the learner can open now: a module that is not open is never the next step.
    """
    for stage in stages:
        if stage.status in (StageStatus.DONE, StageStatus.LOCKED):
            continue
        open_modules = [
            m for m in stage.modules if m.counts_towards_rule and m.is_open and not m.is_completed
        ]
        if stage.rule_met:
            open_modules = [m for m in open_modules if m.required]
        for wanted in (
            lambda m: m.status == ModuleStatus.IN_PROGRESS,
            lambda m: not m.missing_prerequisites,
            lambda m: True,
        ):
            for module in open_modules:
                if wanted(module):
                    return module, stage
    return None, None


def progress_compute(
    *,
    pathway,
    specs: list[StageSpec],
    modules: dict[int, Any],
    completed: dict[int, datetime],
    in_progress: set[int],
    prerequisites: dict[int, set[int]] | None = None,
    restricted: set[int] | None = None,
    prior_credits: int = 0,
    prior_percent: int = 0,
) -> PathwayProgress:
    """Progress from plain records; pathway_progress gathers them in a fixed number of queries.

    A module is open when it is live and not in `restricted` (live, but private to others).
    `prior_credits` (recognised prior learning at level 7) count toward the University's award
    thresholds up to `prior_percent` of each award, and never toward a stage: stages are the
    Academy's modules.
    """
    records = {
        "modules": modules,
        "completed": completed,
        "in_progress": in_progress,
        "prerequisites": prerequisites or {},
        "closed": {pk for pk, module in modules.items() if not module.live} | (restricted or set()),
    }
    stages = _stages_compute(specs, **records)
    is_complete = bool(stages) and all(stage.is_done for stage in stages)
    completed_at = None
    if is_complete:
        # The moment it became complete: the first completion after which every stage was done.
        for moment in sorted(set(completed.values())):
            earlier = {pk: at for pk, at in completed.items() if at <= moment}
            if all(s.is_done for s in _stages_compute(specs, **{**records, "completed": earlier})):
                completed_at = moment
                break
    current = next((stage for stage in stages if not stage.is_done), None)
    if current is not None:
        current.is_current = True
    next_module, next_stage = _next_module(stages)
    pathway_ids = {pk for spec in specs for pk in spec.module_ids if pk in modules}
    masters_ids = {pk for pk in pathway_ids if credits_at(modules[pk], MASTERS_LEVEL) > 0}
    return PathwayProgress(
        pathway=pathway,
        stages=stages,
        is_complete=is_complete,
        completed_at=completed_at,
        next_module=next_module,
        next_stage=next_stage,
        current_stage=current,
        unlocks_next=next((stage for stage in stages if stage.is_locked), None),
        masters=(
            MastersProgress(
                module_credits=sum(
                    credits_at(modules[pk], MASTERS_LEVEL) for pk in masters_ids if pk in completed
                ),
                prior_credits=max(0, prior_credits),
                prior_percent=prior_percent,
            )
            if masters_ids
            else None
        ),
    )
