"""The database reads behind pathway progress and the list of pathways."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Exists, Min, OuterRef

from academy_site.prepared import PreparedIn, field_attnames
from courses.models import ModulePage
from courses.restrictions import restrictions_keeping_out
from credentials.awards import MASTERS_LEVEL
from credentials.selectors import masters_award_rules, prior_learning_credits
from learning.models import Enrolment, ModuleCompletion
from learning.selectors import ModuleRecord, module_completed_at, module_taking

from .progress import PathwayProgress, StageProgress, credits_at, progress_compute

if TYPE_CHECKING:
    from .models import PathwayEnrolment, PathwayPage


def learners_module_records(
    *, learner_ids, module_ids
) -> dict[int, tuple[dict[int, datetime], set[int]]]:
    """Each learner's first completion time per module, and the modules they are taking now,
    in one query however many learners: a school's view of its staff. It counts completions
    only; a certificate with no completion (rare: imported history) is not seen here."""
    records: dict[int, tuple[dict[int, datetime], set[int]]] = {
        pk: ({}, set()) for pk in learner_ids
    }
    if not records or not module_ids:
        return records
    rows = (
        Enrolment.objects.filter(learner_id__in=records, module_id__in=module_ids)
        .annotate(
            first_completed_at=Min("completions__completed_at"),
            has_completion=Exists(ModuleCompletion.objects.filter(enrolment=OuterRef("pk"))),
        )
        .values_list("learner_id", "module_id", "status", "has_completion", "first_completed_at")
    )
    for learner_id, module_id, status, has_completion, first_completed_at in rows:
        completed, in_progress = records[learner_id]
        if has_completion:
            completed[module_id] = first_completed_at
        elif status == Enrolment.Status.ACTIVE:
            in_progress.add(module_id)
    return records


def _prerequisites_of(ids) -> dict[int, set[int]]:
    """Each module's prerequisites, for the modules given, in one query."""
    prerequisites: dict[int, set[int]] = {}
    if ids:
        through = ModulePage.prerequisites.through.objects.filter(from_modulepage_id__in=ids)
        for module_id, prerequisite_id in through.values_list(
            "from_modulepage_id", "to_modulepage_id"
        ):
            prerequisites.setdefault(module_id, set()).add(prerequisite_id)
    return prerequisites


# A pathway's modules as its map shows them (not their long texts), with or without one
# learner's first completion and whether they are taking each: compiled once per process for
# each number of modules.
_MODULE_ATTNAMES = field_attnames(ModulePage, leaving_out=("description", "learning_outcomes"))
_MODULES = PreparedIn(
    lambda ids: ModulePage.objects.filter(pk__in=ids).values_list(*_MODULE_ATTNAMES)
)
_MODULES_FOR_LEARNER = PreparedIn(
    lambda ids, learner: (
        ModulePage.objects.filter(pk__in=ids)
        .annotate(
            completed_at=module_completed_at(learner=learner),
            taking=module_taking(learner=learner),
        )
        .values_list(*_MODULE_ATTNAMES, "completed_at", "taking")
    ),
    learner=int,
)


def _module_of(row) -> ModulePage:
    return ModulePage.from_db("default", _MODULE_ATTNAMES, row[: len(_MODULE_ATTNAMES)])


def pathway_progress(
    *, learner, pathway: "PathwayPage", records: "dict[int, ModuleRecord] | None" = None
) -> PathwayProgress:
    """Where a learner (or None, for a visitor) stands: two queries whatever the size, one more
    on a pathway with masters credits, and one more again for a learner with prior learning.
    ``records``: the learner's ``module_records`` where the page has read them already."""
    specs = pathway.stage_specs()
    ids = {pk for spec in specs for pk in spec.module_ids}
    prerequisites = _prerequisites_of(ids)
    wanted = sorted(ids | {pk for pres in prerequisites.values() for pk in pres})
    modules, completed, in_progress = {}, {}, set()
    signed_in = learner is not None and learner.is_authenticated
    if wanted and signed_in and records is None:
        for row in _MODULES_FOR_LEARNER.rows(wanted, learner=learner.pk):
            module = _module_of(row)
            modules[module.pk] = module
            *_, completed_at, taking = row
            if completed_at is not None:
                completed[module.pk] = completed_at
            if taking:
                in_progress.add(module.pk)
    elif wanted:
        modules = {module.pk: module for module in map(_module_of, _MODULES.rows(wanted))}
        for pk in modules.keys() & (records or {}).keys():
            if records[pk].first_completed_at is not None:
                completed[pk] = records[pk].first_completed_at
            if records[pk].taking:
                in_progress.add(pk)
    keeping_out = restrictions_keeping_out(learner) if modules else []
    prior, percent = 0, 0
    if signed_in and any(credits_at(modules[pk], MASTERS_LEVEL) for pk in ids & modules.keys()):
        prior = prior_learning_credits(learner=learner, level=MASTERS_LEVEL)
        percent = masters_award_rules().prior_learning_percent if prior else 0
    return progress_compute(
        pathway=pathway,
        specs=specs,
        modules=modules,
        completed=completed,
        in_progress=in_progress,
        prerequisites=prerequisites,
        restricted={
            pk
            for pk, module in modules.items()
            if any(module.path.startswith(r.path) for r in keeping_out)
        },
        prior_credits=prior,
        prior_percent=percent,
    )


def pathways_progress_many(*, enrolments: list["PathwayEnrolment"]) -> dict[int, PathwayProgress]:
    """Progress on many learners' pathways (by enrolment id) in three queries however many, for
    someone who oversees them: page privacy is not applied, since what is done and the current
    stage follow from completions alone. Pass enrolments with their pathway loaded."""
    specs = {e.pathway_id: e.pathway.stage_specs() for e in enrolments}
    ids = {pk for stages in specs.values() for spec in stages for pk in spec.module_ids}
    prerequisites = _prerequisites_of(ids)
    wanted = ids | {pk for pres in prerequisites.values() for pk in pres}
    modules = ModulePage.objects.in_bulk(wanted) if wanted else {}
    records = learners_module_records(
        learner_ids={e.learner_id for e in enrolments}, module_ids=wanted
    )
    result = {}
    for enrolment in enrolments:
        completed, in_progress = records[enrolment.learner_id]
        result[enrolment.pk] = progress_compute(
            pathway=enrolment.pathway,
            specs=specs[enrolment.pathway_id],
            modules=modules,
            completed=completed,
            in_progress=in_progress,
            prerequisites=prerequisites,
            restricted=set(),
        )
    return result


@dataclass
class PathwayCard:
    pathway: "PathwayPage"
    stage_titles: list[str]
    enrolment: "PathwayEnrolment | None"
    progress: PathwayProgress | None

    @property
    def steps(self) -> list[tuple[str, StageProgress | None]]:
        stages = self.progress.stages if self.progress else [None] * len(self.stage_titles)
        return list(zip(self.stage_titles, stages, strict=True))


def pathway_cards(*, learner, pathways: list["PathwayPage"]) -> list[PathwayCard]:
    """The list of pathways, with the learner's progress on those they follow."""
    enrolments = {}
    if learner is not None and learner.is_authenticated:
        enrolments = {
            e.pathway_id: e
            for e in learner.pathway_enrolments.filter(pathway__in=pathways, left_at__isnull=True)
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
