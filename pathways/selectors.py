"""The database reads behind pathway progress and the list of pathways."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Exists, Min, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from courses.models import ModulePage
from learning.models import Enrolment, ModuleCompletion

from .progress import PathwayProgress, StageProgress, progress_compute

if TYPE_CHECKING:
    from .models import PathwayEnrolment, PathwayPage


def learners_module_records(
    *, learner_ids, module_ids
) -> dict[int, tuple[dict[int, datetime], set[int]]]:
    """Each learner's first completion time per module, and the modules they are taking now,
    in one query however many learners."""
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


def learner_module_records(*, learner, module_ids) -> tuple[dict[int, datetime], set[int]]:
    """A learner's first completion time per module, and the modules they are taking now."""
    if learner is None or not getattr(learner, "is_authenticated", True) or not module_ids:
        return {}, set()
    return learners_module_records(learner_ids=[learner.pk], module_ids=module_ids)[learner.pk]


def _restrictions_keeping_out(learner):
    """View restrictions on the outer page or its ancestors that this learner does not pass.

    Log-in restrictions pass (a visitor signs in to join); a shared password is never assumed.
    """
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    ).exclude(restriction_type=PageViewRestriction.LOGIN)
    if learner is not None and learner.is_authenticated:
        if learner.is_superuser:
            return restrictions.exclude(restriction_type=PageViewRestriction.GROUPS)
        return restrictions.exclude(
            restriction_type=PageViewRestriction.GROUPS, groups__user=learner
        )
    return restrictions


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


def pathway_progress(*, learner, pathway: "PathwayPage") -> PathwayProgress:
    """Where a learner (or None, for a visitor) stands: three queries, whatever the size."""
    specs = pathway.stage_specs()
    ids = {pk for spec in specs for pk in spec.module_ids}
    prerequisites = _prerequisites_of(ids)
    wanted = ids | {pk for pres in prerequisites.values() for pk in pres}
    modules = {}
    if wanted:
        kept_out = Exists(_restrictions_keeping_out(learner))
        modules = ModulePage.objects.annotate(kept_out=kept_out).in_bulk(wanted)
    completed, in_progress = learner_module_records(learner=learner, module_ids=wanted)
    return progress_compute(
        pathway=pathway,
        specs=specs,
        modules=modules,
        completed=completed,
        in_progress=in_progress,
        prerequisites=prerequisites,
        restricted={pk for pk, module in modules.items() if module.kept_out},
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
