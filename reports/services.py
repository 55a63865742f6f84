"""The reports' summaries: rebuilt from the other apps' records, never edited by hand."""

from collections import Counter

from django.db import transaction
from django.utils import timezone

from pathways.models import PathwayEnrolment
from pathways.selectors import pathways_progress_many

from .models import PathwayStageCount

COMPLETED_STAGE = "Completed every stage"
NOT_STARTED = "Not started"
CHUNK = 5_000


def stage_of(progress) -> str:
    if progress.is_complete:
        return COMPLETED_STAGE
    return progress.current_stage.spec.title if progress.current_stage else NOT_STARTED


def pathway_stages_count(enrolments) -> Counter:
    """(pathway id, stage, school id) -> how many of these pathway enrolments are there."""
    counts: Counter = Counter()
    enrolments = list(enrolments)
    for start in range(0, len(enrolments), CHUNK):
        chunk = enrolments[start : start + CHUNK]
        progress = pathways_progress_many(enrolments=chunk)
        for enrolment in chunk:
            key = (
                enrolment.pathway_id,
                stage_of(progress[enrolment.pk]),
                enrolment.learner.school_id,
            )
            counts[key] += 1
    return counts


def pathway_stages_refresh() -> int:
    """Rebuild the pathway stage summary in one transaction; returns the rows written."""
    enrolments = PathwayEnrolment.objects.filter(left_at__isnull=True).select_related(
        "pathway", "learner"
    )
    counts = pathway_stages_count(enrolments)
    now = timezone.now()
    with transaction.atomic():
        PathwayStageCount.objects.all().delete()
        PathwayStageCount.objects.bulk_create(
            PathwayStageCount(
                pathway_id=pathway, stage=stage, school_id=school, learners=n, refreshed_at=now
            )
            for (pathway, stage, school), n in counts.items()
        )
    return len(counts)


def governor_training_refresh() -> int:
    """Rebuild the governor training summary in one transaction; returns the boards written."""
    from governors.selectors import boards_compliance

    from .models import BoardTrainingCount

    now = timezone.now()
    rows = [
        BoardTrainingCount(
            board=entry.board,
            governors=entry.governors,
            met=entry.compliance.met,
            applies=entry.compliance.total,
            refreshed_at=now,
        )
        for entry in boards_compliance()
        if not entry.board.is_closed
    ]
    with transaction.atomic():
        BoardTrainingCount.objects.all().delete()
        BoardTrainingCount.objects.bulk_create(rows)
    return len(rows)
