"""The council's county figures beyond modules: pathways by stage, governors' training by
board, volunteers placed, and what other apps (events, mentoring) report where installed."""

from datetime import datetime

from django.apps import apps
from django.db.models import Max, Sum
from django.utils import timezone

from governors.models import Board, BusinessVolunteer
from governors.selectors import boards_compliance
from pathways.models import PathwayEnrolment, PathwayPage

from .. import figures as F
from ..figures import SMALL_NUMBER, Figure
from ..models import BoardTrainingCount, PathwayStageCount
from ..services import COMPLETED_STAGE, pathway_stages_count
from ..suppression import SMALL, TEXT, withhold
from .scope import Scope
from .tables import Table, TableRow, cells_make


def pathway_stages(scope: Scope) -> tuple[list[Table], datetime | None]:
    """Learners on each county pathway, by the stage they are working on, from the summary the
    scheduled task keeps (and when it was made); worked out now when it has never run."""
    summary = PathwayStageCount.objects.all()
    if scope.school is not None:
        summary = summary.filter(school=scope.school)
    refreshed = PathwayStageCount.objects.aggregate(at=Max("refreshed_at"))["at"]
    counts: dict[int, dict[str, int]] = {}
    if refreshed is None:
        enrolments = PathwayEnrolment.objects.filter(left_at__isnull=True).select_related(
            "pathway", "learner"
        )
        if scope.school is not None:
            enrolments = enrolments.filter(learner__school=scope.school)
        rows = pathway_stages_count(enrolments).items()
    else:
        rows = (
            ((pathway, stage, None), n)
            for pathway, stage, n in summary.values("pathway_id", "stage")
            .annotate(n=Sum("learners"))
            .values_list("pathway_id", "stage", "n")
        )
    for (pathway, stage, _), n in rows:
        by_stage = counts.setdefault(pathway, {})
        by_stage[stage] = by_stage.get(stage, 0) + n
    tables = []
    for pathway in PathwayPage.objects.live().order_by("title"):
        stages = [spec.title for spec in pathway.stage_specs()] + [COMPLETED_STAGE]
        found = counts.get(pathway.pk, {})
        table_rows = [
            TableRow(stage, stage, {"pathway_learners": found.get(stage, 0)})
            for stage in dict.fromkeys([*stages, *found])
        ]
        total = TableRow(None, "Total", {"pathway_learners": sum(found.values())})
        table = Table(
            f"pathway-{pathway.pk}",
            pathway.title,
            "Stage",
            [F.PATHWAY_LEARNERS],
            table_rows,
            total,
            withheld=scope.small_numbers_withheld,
        )
        cells_make(table_rows, total, table.figures, table.withheld)
        tables.append(table)
    return tables, refreshed


def _boards_training() -> tuple[list[tuple[int, str, int, int, int]], datetime | None]:
    """(board id, name, governors, met, applies) for each open board, from the summary the
    scheduled task keeps (and when it was made); counted now when it has never run."""
    summary = list(
        BoardTrainingCount.objects.select_related("board").values_list(
            "board_id", "board__name", "governors", "met", "applies", "refreshed_at"
        )
    )
    if summary:
        return [row[:5] for row in summary], max(row[5] for row in summary)
    return [
        (e.board.pk, e.board.name, e.governors, e.compliance.met, e.compliance.total)
        for e in boards_compliance()
        if not e.board.is_closed
    ], None


def governor_training(scope: Scope) -> Table:
    """Each open board's current governors and the share of their required training met."""
    rows = []
    total_governors = 0
    met = applies = 0
    governing = (
        set(scope.school.boards.values_list("pk", flat=True)) if scope.school is not None else None
    )
    boards, refreshed = _boards_training()
    for board_id, name, governors, board_met, board_applies in boards:
        if governing is not None and board_id not in governing:
            continue
        total_governors += governors
        met += board_met
        applies += board_applies
        rate = board_met * 100 // board_applies if board_applies else None
        rows.append(TableRow(board_id, name, {"governors": governors, "training_met": rate}))
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
    if refreshed is not None:
        table.notes.append(
            f"Counted at {timezone.localtime(refreshed):%-d %B %Y, %H:%M}; "
            "the count is made again every five minutes."
        )
    return table


def volunteers_placed(scope: Scope) -> Table:
    """Business volunteers placed on boards, by the kind of board."""
    kinds = dict(Board.Kind.choices)
    placed = BusinessVolunteer.objects.filter(placement__isnull=False)
    counts: dict[str, int] = {}
    for kind in placed.values_list("placement__board__kind", flat=True):
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
    from mentoring.models import Kind

    counts = mentoring_selectors.counts()
    pairs = Figure(
        "pairs", "Pairs", "Mentoring and coaching pairs that have started and not ended."
    )
    rows = [{"pairs": counts["pairs_by_kind"].get(kind.value, 0)} for kind in Kind]
    marks, total_marks = withhold(rows, {"pairs": counts["pairs"]}, [pairs])

    def shown(value, mark):
        return TEXT[mark] if mark else value

    figures = {
        label: shown(row["pairs"], mark.get("pairs"))
        for (_, label), row, mark in zip(Kind.choices, rows, marks, strict=True)
    }
    figures["All pairs"] = shown(counts["pairs"], total_marks.get("pairs"))
    for label, key in (
        ("Pairs waiting for both sides to accept", "requested"),
        ("Partnerships between organisations", "partnerships"),
        ("Early-career inductions in progress", "inductions_in_progress"),
    ):
        figures[label] = TEXT[SMALL] if 0 < counts[key] < SMALL_NUMBER else counts[key]
    return figures
