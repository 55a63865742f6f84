"""Where a learner stands on a pathway: one function, computed from learning records."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Exists, Min, OuterRef

from courses.models import ModulePage
from learning.models import Enrolment, ModuleCompletion

from .blocks import Rule
from .models import PathwayEnrolment, PathwayPage, StageSpec

# Masters thresholds at FHEQ level 7: credits and the award they reach.
MASTERS_LEVEL = 7
MASTERS_THRESHOLDS = [
    (60, "Postgraduate Certificate"),
    (120, "Postgraduate Diploma"),
    (180, "Master's degree"),
]


class ModuleStatus:
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    LOCKED = "locked"
    LABELS = {
        COMPLETED: "Completed",
        IN_PROGRESS: "In progress",
        NOT_STARTED: "Not started",
        LOCKED: "Locked",
    }


class StageStatus:
    DONE = "done"
    IN_PROGRESS = "in_progress"
    AVAILABLE = "available"
    LOCKED = "locked"
    LABELS = {
        DONE: "Done",
        IN_PROGRESS: "In progress",
        AVAILABLE: "Ready to start",
        LOCKED: "Locked",
    }


@dataclass
class ModuleProgress:
    module: Any  # a ModulePage (or, in pure tests, anything with credits and a level)
    status: str
    required: bool
    counts_towards_rule: bool
    missing_prerequisites: list[Any] = field(default_factory=list)

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
    masters_credits: int | None
    modules_completed: int
    modules_total: int

    @property
    def stages_done(self) -> int:
        return sum(stage.is_done for stage in self.stages)

    @property
    def percent(self) -> int:
        return round(100 * self.stages_done / len(self.stages)) if self.stages else 0

    @property
    def masters_thresholds(self) -> list[dict]:
        if self.masters_credits is None:
            return []
        return [
            {
                "credits": credits,
                "name": name,
                "reached": self.masters_credits >= credits,
                "remaining": max(0, credits - self.masters_credits),
            }
            for credits, name in MASTERS_THRESHOLDS
        ]

    @property
    def masters_percent(self) -> int:
        top = MASTERS_THRESHOLDS[-1][0]
        return min(100, round(100 * (self.masters_credits or 0) / top))


def _credits_at(module, level: int | None) -> int:
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
) -> StageProgress:
    def module_progress(pk: int, required: bool) -> ModuleProgress:
        if pk in completed:
            status = ModuleStatus.COMPLETED
        elif locked:
            status = ModuleStatus.LOCKED
        elif pk in in_progress:
            status = ModuleStatus.IN_PROGRESS
        else:
            status = ModuleStatus.NOT_STARTED
        counts = required or (
            spec.rule == Rule.COUNT
            or (spec.rule == Rule.CREDITS and _credits_at(modules[pk], spec.rule_level) > 0)
        )
        missing = [
            modules[pre]
            for pre in sorted(prerequisites.get(pk, ()))
            if pre not in completed and pre in modules
        ]
        return ModuleProgress(modules[pk], status, required, counts, missing)

    required = [module_progress(pk, True) for pk in spec.required_ids if pk in modules]
    electives = [module_progress(pk, False) for pk in spec.elective_ids if pk in modules]
    everything = required + electives
    required_done = sum(m.is_completed for m in required)
    electives_done = sum(m.is_completed for m in electives)
    credits_done = sum(_credits_at(m.module, spec.rule_level) for m in everything if m.is_completed)
    credits_possible = sum(_credits_at(m.module, spec.rule_level) for m in everything)
    if spec.rule == Rule.COUNT:
        rule_met = electives_done >= (spec.rule_number or 0)
    elif spec.rule == Rule.CREDITS:
        rule_met = credits_done >= (spec.rule_number or 0)
    else:
        rule_met = True
    if locked:
        status = StageStatus.LOCKED
    elif required_done == len(required) and rule_met:
        status = StageStatus.DONE
    elif any(m.status in (ModuleStatus.COMPLETED, ModuleStatus.IN_PROGRESS) for m in everything):
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
    )


def _stages_compute(specs, **records) -> list[StageProgress]:
    stages: list[StageProgress] = []
    for number, spec in enumerate(specs, start=1):
        previous_done = not stages or stages[-1].is_done
        locked = spec.locked_until_previous and not previous_done
        stages.append(_stage_compute(number, spec, locked=locked, **records))
    return stages


def _next_module(stages: list[StageProgress]) -> tuple[ModuleProgress | None, StageProgress | None]:
    """The module to take next: carry on with one in progress, else start one that counts."""
    for stage in stages:
        if stage.status in (StageStatus.DONE, StageStatus.LOCKED):
            continue
        open_modules = [m for m in stage.modules if m.counts_towards_rule and not m.is_completed]
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
) -> PathwayProgress:
    """Progress from plain records; pathway_progress gathers them in a fixed number of queries."""
    records = {
        "modules": modules,
        "completed": completed,
        "in_progress": in_progress,
        "prerequisites": prerequisites or {},
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
    masters_ids = {pk for pk in pathway_ids if _credits_at(modules[pk], MASTERS_LEVEL) > 0}
    return PathwayProgress(
        pathway=pathway,
        stages=stages,
        is_complete=is_complete,
        completed_at=completed_at,
        next_module=next_module,
        next_stage=next_stage,
        current_stage=current,
        unlocks_next=next((stage for stage in stages if stage.is_locked), None),
        masters_credits=(
            sum(_credits_at(modules[pk], MASTERS_LEVEL) for pk in masters_ids if pk in completed)
            if masters_ids
            else None
        ),
        modules_completed=sum(pk in completed for pk in pathway_ids),
        modules_total=len(pathway_ids),
    )


def learner_module_records(*, learner, module_ids) -> tuple[dict[int, datetime], set[int]]:
    """A learner's first completion time per module, and the modules they are taking now."""
    if learner is None or not getattr(learner, "is_authenticated", True) or not module_ids:
        return {}, set()
    rows = (
        Enrolment.objects.filter(learner=learner, module_id__in=module_ids)
        .annotate(
            first_completed_at=Min("completions__completed_at"),
            has_completion=Exists(ModuleCompletion.objects.filter(enrolment=OuterRef("pk"))),
        )
        .values_list("module_id", "status", "has_completion", "first_completed_at")
    )
    completed, in_progress = {}, set()
    for module_id, status, has_completion, first_completed_at in rows:
        if has_completion:
            completed[module_id] = first_completed_at
        elif status == Enrolment.Status.ACTIVE:
            in_progress.add(module_id)
    return completed, in_progress


def pathway_progress(*, learner, pathway: PathwayPage) -> PathwayProgress:
    """Where a learner (or None, for a visitor) stands: three queries, whatever the size."""
    specs = pathway.stage_specs()
    ids = {pk for spec in specs for pk in spec.module_ids}
    prerequisites: dict[int, set[int]] = {}
    if ids:
        through = ModulePage.prerequisites.through.objects.filter(from_modulepage_id__in=ids)
        for module_id, prerequisite_id in through.values_list(
            "from_modulepage_id", "to_modulepage_id"
        ):
            prerequisites.setdefault(module_id, set()).add(prerequisite_id)
    wanted = ids | {pk for pres in prerequisites.values() for pk in pres}
    modules = ModulePage.objects.in_bulk(wanted) if wanted else {}
    completed, in_progress = learner_module_records(learner=learner, module_ids=wanted)
    return progress_compute(
        pathway=pathway,
        specs=specs,
        modules=modules,
        completed=completed,
        in_progress=in_progress,
        prerequisites=prerequisites,
    )


@dataclass
class PathwayCard:
    pathway: PathwayPage
    stage_titles: list[str]
    enrolment: PathwayEnrolment | None
    progress: PathwayProgress | None

    @property
    def steps(self) -> list[tuple[str, StageProgress | None]]:
        stages = self.progress.stages if self.progress else [None] * len(self.stage_titles)
        return list(zip(self.stage_titles, stages, strict=True))


def pathway_cards(*, learner, pathways: list[PathwayPage]) -> list[PathwayCard]:
    """The list of pathways, with the learner's progress on those they follow."""
    enrolments = {}
    if learner is not None and learner.is_authenticated:
        enrolments = {
            e.pathway_id: e
            for e in PathwayEnrolment.objects.filter(
                learner=learner, pathway__in=pathways, left_at__isnull=True
            )
        }
    return [
        PathwayCard(
            pathway=pathway,
            stage_titles=[spec.title for spec in pathway.stage_specs()],
            enrolment=enrolments.get(pathway.pk),
            progress=(
                pathway_progress(learner=learner, pathway=pathway)
                if pathway.pk in enrolments
                else None
            ),
        )
        for pathway in pathways
    ]
