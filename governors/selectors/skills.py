"""A board's skills from its governors' self-ratings: heat-map, gaps, modules and volunteers."""

from collections import defaultdict
from dataclasses import dataclass

from courses.frameworks import GOVERNANCE_2017
from courses.models import Framework, FrameworkElement, ModulePage

from ..models import Board, BusinessVolunteer, Governorship, Role, SkillsRating
from .training import governorships_in_role_order

LOW_AVERAGE = 2.0  # below "Developing" on average is a gap even if one governor is confident
CONFIDENT = 3


def governance_framework() -> Framework | None:
    return Framework.objects.filter(slug=GOVERNANCE_2017).first()


def competencies(*, framework: Framework) -> list[tuple[FrameworkElement, list[FrameworkElement]]]:
    """The framework's features, each with its competencies (or itself, if it has none)."""
    elements = list(framework.elements.all())
    children = defaultdict(list)
    for element in elements:
        if element.parent_id:
            children[element.parent_id].append(element)
    return [
        (element, children[element.pk] or [element])
        for element in elements
        if element.parent_id is None
    ]


@dataclass
class SkillsRow:
    element: FrameworkElement
    levels: list[int | None]
    average: float | None
    confident: int
    gap_reason: str = ""

    @property
    def is_gap(self) -> bool:
        return bool(self.gap_reason)


@dataclass
class BoardSkills:
    board: Board
    framework: Framework | None
    governorships: list[Governorship]
    groups: list[tuple[FrameworkElement, list[SkillsRow]]]
    rated: int  # governors who have rated themselves

    @property
    def gaps(self) -> list[SkillsRow]:
        return [row for _, rows in self.groups for row in rows if row.is_gap]


def gap_reason(levels: list[int]) -> str:
    """Why a competency is a gap for a board, in words; empty when it is not one."""
    if not levels:
        return ""
    if max(levels) < CONFIDENT:
        return "Nobody on the board rates themself confident"
    if sum(levels) / len(levels) < LOW_AVERAGE:
        return "The board's average rating is low"
    return ""


def boards_skills(*, boards) -> dict[int, BoardSkills]:
    """Each board's skills heat-map and gaps from its governors' own ratings, in four queries
    however many boards there are."""
    boards = list(boards)
    framework = governance_framework()
    by_board = defaultdict(list)
    for governorship in (
        Governorship.objects.current()
        .filter(board__in=boards)
        .exclude(role=Role.CLERK)
        .select_related("governor")
    ):
        by_board[governorship.board_id].append(governorship)
    if framework is None:
        return {
            board.pk: BoardSkills(
                board, None, governorships_in_role_order(by_board[board.pk]), [], 0
            )
            for board in boards
        }
    features = competencies(framework=framework)
    ratings = {
        (governor_id, element_id): level
        for governor_id, element_id, level in SkillsRating.objects.filter(
            governor_id__in={g.governor_id for gs in by_board.values() for g in gs},
            element__framework=framework,
        ).values_list("governor_id", "element_id", "level")
    }
    return {
        board.pk: _board_skills(board, framework, features, by_board[board.pk], ratings)
        for board in boards
    }


def _board_skills(board, framework, features, governorships, ratings) -> BoardSkills:
    governorships = governorships_in_role_order(governorships)
    governor_ids = [g.governor_id for g in governorships]
    on_board = set(governor_ids)
    rated = len({governor_id for governor_id, _ in ratings if governor_id in on_board})
    groups = []
    for feature, elements in features:
        rows = []
        for element in elements:
            levels = [ratings.get((governor_id, element.pk)) for governor_id in governor_ids]
            given = [level for level in levels if level]
            rows.append(
                SkillsRow(
                    element=element,
                    levels=levels,
                    average=round(sum(given) / len(given), 1) if given else None,
                    confident=sum(1 for level in given if level >= CONFIDENT),
                    gap_reason=gap_reason(given),
                )
            )
        groups.append((feature, rows))
    return BoardSkills(board, framework, governorships, groups, rated)


def board_skills(*, board: Board) -> BoardSkills:
    """The board's skills heat-map and gaps from its governors' own ratings."""
    return boards_skills(boards=[board])[board.pk]


def modules_for(*, elements) -> dict[int, list[ModulePage]]:
    """Live modules tagged with each of these competencies."""
    result = defaultdict(list)
    modules = (
        ModulePage.objects.live()
        .filter(framework_elements__in=elements)
        .distinct()
        .prefetch_related("framework_elements")
        .order_by("title")
    )
    wanted = {element.pk for element in elements}
    for module in modules:
        for element in module.framework_elements.all():
            if element.pk in wanted:
                result[element.pk].append(module)
    return result


def volunteers_available():
    """Volunteers not yet placed and not waiting for a board's answer."""
    return (
        BusinessVolunteer.objects.filter(consent=True, placement__isnull=True)
        .exclude(proposals__status="proposed")
        .prefetch_related("skills")
    )


def gaps_for_boards(boards) -> dict[int, list[SkillsRow]]:
    return {pk: skills.gaps for pk, skills in boards_skills(boards=boards).items()}
