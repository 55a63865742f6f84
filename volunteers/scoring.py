"""The one way Academy scores a volunteer against what is asked for: a board's skills gaps
(governors) or a school leader's stated needs (mentoring) alike."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

NOBODY_CONFIDENT_POINTS = 2
LOW_AVERAGE_POINTS = 1
NEED_POINTS = 1


def gap_points(*, best_level: int | None, average: float | None) -> int:
    """A gap nobody on the board is confident in (best rating below 3) is worth 2 points;
    a gap where someone is confident but the board's average is low is worth 1."""
    if best_level is None or best_level < 3:
        return NOBODY_CONFIDENT_POINTS
    return LOW_AVERAGE_POINTS


def volunteer_score(*, skill_ids: set[int], gaps: dict[int, int]) -> int:
    """The score of a volunteer: the points of every gap (or need) their skills fill.

    `gaps` maps each gap's competency id to its points (see `gap_points`). A volunteer who fills
    no gap scores 0, so they are not suggested.
    """
    return sum(points for element_id, points in gaps.items() if element_id in skill_ids)


def needs_as_gaps(need_ids: Iterable[int]) -> dict[int, int]:
    """What a school leader asks help with, each need worth the same."""
    return dict.fromkeys(need_ids, NEED_POINTS)


@dataclass
class Ranked:
    candidate: Any
    score: int
    fills: set[int] = field(default_factory=set)  # the gap ids the candidate's skills fill


def candidates_rank(
    *,
    candidates: Iterable[tuple[Any, set[int]]],
    gaps: dict[int, int],
    tiebreak: Callable[[Any], Any] | None = None,
) -> list[Ranked]:
    """Candidates (each with their skill ids) who fill at least one gap, highest score first,
    then by `tiebreak(candidate)` (ascending)."""
    ranked = []
    for candidate, skill_ids in candidates:
        score = volunteer_score(skill_ids=skill_ids, gaps=gaps)
        if score:
            ranked.append(Ranked(candidate, score, set(gaps) & set(skill_ids)))
    ranked.sort(key=lambda r: (-r.score, tiebreak(r.candidate) if tiebreak else 0))
    return ranked
