"""Ranking business volunteers by how well their skills fill a board's gaps, with the one
scoring function in volunteers."""

from dataclasses import dataclass

from volunteers.scoring import candidates_rank, gap_points, volunteer_score

from .models import BusinessVolunteer

__all__ = ["Match", "gap_points", "volunteer_score", "volunteers_rank"]

INTEREST_ORDER = {
    BusinessVolunteer.Interest.GOVERNOR: 0,
    BusinessVolunteer.Interest.BOTH: 0,
    BusinessVolunteer.Interest.MENTOR: 1,
}


@dataclass
class Match:
    volunteer: BusinessVolunteer
    score: int
    fills: list  # the gap rows (SkillsRow) the volunteer's skills fill


def volunteers_rank(*, volunteers, gap_rows) -> list[Match]:
    """Volunteers who fill at least one gap, best first: highest score, then those who want to
    govern rather than only mentor, then the longest waiting."""
    gaps = {
        row.element.pk: gap_points(
            best_level=max((level for level in row.levels if level), default=None),
            average=row.average,
        )
        for row in gap_rows
    }
    ranked = candidates_rank(
        candidates=((v, {skill.pk for skill in v.skills.all()}) for v in volunteers),
        gaps=gaps,
        tiebreak=lambda v: (INTEREST_ORDER[v.interest], v.registered_at),
    )
    return [
        Match(r.candidate, r.score, [row for row in gap_rows if row.element.pk in r.fills])
        for r in ranked
    ]
