"""Ranking business volunteers by how well their skills fill a board's gaps."""

from dataclasses import dataclass

from .models import BusinessVolunteer

NOBODY_CONFIDENT_POINTS = 2
LOW_AVERAGE_POINTS = 1


def gap_points(*, best_level: int | None, average: float | None) -> int:
    """A gap nobody on the board is confident in (best rating below 3) is worth 2 points;
    a gap where someone is confident but the board's average is low is worth 1."""
    if best_level is None or best_level < 3:
        return NOBODY_CONFIDENT_POINTS
    return LOW_AVERAGE_POINTS


def volunteer_score(*, skill_ids: set[int], gaps: dict[int, int]) -> int:
    """The score of a volunteer for a board: the points of every gap their skills fill.

    `gaps` maps each gap's competency id to its points (see `gap_points`). A volunteer who fills
    no gap scores 0, so they are not suggested for that board.
    """
    return sum(points for element_id, points in gaps.items() if element_id in skill_ids)


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
    matches = []
    for volunteer in volunteers:
        skill_ids = {skill.pk for skill in volunteer.skills.all()}
        score = volunteer_score(skill_ids=skill_ids, gaps=gaps)
        if score:
            fills = [row for row in gap_rows if row.element.pk in skill_ids]
            matches.append(Match(volunteer, score, fills))
    matches.sort(
        key=lambda m: (-m.score, INTEREST_ORDER[m.volunteer.interest], m.volunteer.registered_at)
    )
    return matches
