"""The council's county figures beyond modules: pathways by stage, governors' training by
board, volunteers placed, and what other apps (events, mentoring) report where installed."""

from django.apps import apps

from governors.models import Board, BusinessVolunteer
from governors.selectors import boards_compliance
from pathways.models import PathwayEnrolment, PathwayPage
from pathways.selectors import pathways_progress_many

from .. import figures as F
from .scope import Scope
from .tables import Table, TableRow, cells_make

COMPLETED_STAGE = "Completed every stage"


def pathway_stages(scope: Scope) -> list[Table]:
    """Learners on each county pathway today, by the stage they are working on."""
    enrolments = PathwayEnrolment.objects.filter(left_at__isnull=True).select_related("pathway")
    if scope.school is not None:
        enrolments = enrolments.filter(learner__school=scope.school)
    enrolments = list(enrolments)
    progress = pathways_progress_many(enrolments=enrolments)
    counts: dict[int, dict[str, int]] = {}
    for enrolment in enrolments:
        done = progress[enrolment.pk]
        stage = (
            COMPLETED_STAGE
            if done.is_complete
            else (done.current_stage.spec.title if done.current_stage else "Not started")
        )
        by_stage = counts.setdefault(enrolment.pathway_id, {})
        by_stage[stage] = by_stage.get(stage, 0) + 1
    tables = []
    for pathway in PathwayPage.objects.live().order_by("title"):
        stages = [spec.title for spec in pathway.stage_specs()] + [COMPLETED_STAGE]
        found = counts.get(pathway.pk, {})
        rows = [
            TableRow(stage, stage, {"pathway_learners": found.get(stage, 0)})
            for stage in dict.fromkeys([*stages, *found])
        ]
        total = TableRow(None, "Total", {"pathway_learners": sum(found.values())})
        table = Table(
            f"pathway-{pathway.pk}",
            pathway.title,
            "Stage",
            [F.PATHWAY_LEARNERS],
            rows,
            total,
            withheld=scope.small_numbers_withheld,
        )
        cells_make(rows, total, table.figures, table.withheld)
        tables.append(table)
    return tables


def governor_training(scope: Scope) -> Table:
    """Each open board's current governors and the share of their required training met."""
    rows = []
    total_governors = 0
    met = applies = 0
    for entry in boards_compliance():
        if entry.board.is_closed:
            continue
        if scope.school is not None and not entry.board.schools.filter(pk=scope.school.pk).exists():
            continue
        total_governors += entry.governors
        met += entry.compliance.met
        applies += entry.compliance.total
        rows.append(
            TableRow(
                entry.board.pk,
                entry.board.name,
                {"governors": entry.governors, "training_met": entry.compliance.rate},
            )
        )
    rows.sort(key=lambda row: row.label)
    total = TableRow(
        None,
        "All boards",
        {"governors": total_governors, "training_met": met * 100 // applies if applies else None},
    )
    table = Table(
        "governor-training",
        "Governor training by board",
        "Board",
        [F.GOVERNORS, F.TRAINING_MET],
        rows,
        total,
        withheld=scope.small_numbers_withheld,
    )
    cells_make(rows, total, table.figures, table.withheld)
    return table


def volunteers_placed(scope: Scope) -> Table:
    """Business volunteers placed on boards, by the kind of board."""
    kinds = dict(Board.Kind.choices)
    placed = BusinessVolunteer.objects.filter(placed_on__isnull=False)
    counts: dict[str, int] = {}
    for kind in placed.values_list("placed_on__board__kind", flat=True):
        counts[kind] = counts.get(kind, 0) + 1
    rows = [
        TableRow(kind, label, {"volunteers_placed": counts.get(kind, 0)})
        for kind, label in kinds.items()
    ]
    total = TableRow(None, "Total", {"volunteers_placed": sum(counts.values())})
    table = Table(
        "volunteers",
        "Business volunteers placed",
        "Kind of board",
        [F.VOLUNTEERS_PLACED],
        rows,
        total,
        withheld=scope.small_numbers_withheld,
    )
    cells_make(rows, total, table.figures, table.withheld)
    return table


def mentoring_counts() -> dict | None:
    """Mentoring pairs and partnerships, from the mentoring app where it is installed."""
    if not apps.is_installed("mentoring"):
        return None
    from mentoring import selectors as mentoring_selectors

    return mentoring_selectors.counts()
