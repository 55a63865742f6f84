"""Reads several views share: who may see a board, training matrices, compliance and skills."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.http import Http404
from django.utils import timezone

from courses.frameworks import GOVERNANCE_2017
from courses.models import Framework, FrameworkElement, ModulePage
from credentials.models import Certificate

from .models import (
    BOARD_LEADER_ROLES,
    BOARD_MANAGER_ROLES,
    Board,
    BusinessVolunteer,
    Governorship,
    Role,
    SkillsRating,
    TrainingRequirement,
)
from .training import (
    SEVERITY,
    TAG_CLASSES,
    Completion,
    Status,
    TrainingStatus,
    training_status,
)

ROLE_ORDER = {role: index for index, role in enumerate(Role.values)}
TERM_ENDING_DAYS = 90


# Who may see what ------------------------------------------------------------------------


def board_for_leader(*, user, board_id: int, manage: bool = False) -> Board:
    """The board, if this user leads it (or is a council officer); otherwise 404, never 403."""
    board = Board.objects.filter(pk=board_id).first()
    if board is None:
        raise Http404
    if user.is_council_officer:
        return board
    roles = BOARD_MANAGER_ROLES if manage else BOARD_LEADER_ROLES
    if not board.governorships.current().filter(governor=user, role__in=roles).exists():
        raise Http404
    return board


def boards_led_by(*, user) -> list[Board]:
    return list(
        Board.objects.filter(
            governorships__governor=user,
            governorships__ended_on__isnull=True,
            governorships__role__in=BOARD_LEADER_ROLES,
        ).distinct()
    )


def can_manage(*, user, board: Board) -> bool:
    return (
        user.is_council_officer
        or board.governorships.current()
        .filter(governor=user, role__in=BOARD_MANAGER_ROLES)
        .exists()
    )


def board_leader_is(*, user) -> bool:
    """Chairs, vice-chairs and clerks see their board's records, so they need two-factor log-in
    (named in ACCOUNTS_MFA_REQUIRED_CHECKS)."""
    return (
        Governorship.objects.current().filter(governor=user, role__in=BOARD_LEADER_ROLES).exists()
    )


# Training --------------------------------------------------------------------------------


def requirements_active() -> list[TrainingRequirement]:
    return list(TrainingRequirement.objects.filter(active=True).select_related("module"))


def _completions(*, learner_ids, module_ids) -> dict[tuple[int, int], list[Completion]]:
    """Each learner's completions per module, oldest first, in one query: renewed certificates
    are history that counts; revoked ones never happened."""
    rows = (
        Certificate.objects.filter(
            learner_id__in=learner_ids,
            page_id__in=module_ids,
            status__in=[Certificate.Status.VALID, Certificate.Status.SUPERSEDED],
        )
        .order_by("completed_at")
        .values_list("learner_id", "page_id", "completed_at", "validity_months")
    )
    completions = defaultdict(list)
    for learner_id, page_id, completed_at, validity_months in rows:
        completions[learner_id, page_id].append(
            Completion(timezone.localdate(completed_at), validity_months)
        )
    return completions


def _status(governorship, requirement, completions, today) -> TrainingStatus:
    return training_status(
        appointed_on=governorship.appointed_on,
        due_within_days=requirement.due_within_days,
        renew_every_months=requirement.renew_every_months,
        module_validity_months=requirement.module.validity_months,
        window_days=requirement.renewal_window_days,
        completions=completions.get((governorship.governor_id, requirement.module_id), []),
        today=today,
    )


@dataclass
class Cell:
    requirement: TrainingRequirement
    status: TrainingStatus | None  # None: the requirement does not apply to this role


@dataclass
class Row:
    governorship: Governorship
    cells: list[Cell]


@dataclass
class Compliance:
    counts: Counter = field(default_factory=Counter)

    def add(self, status: TrainingStatus) -> None:
        self.counts[status.status] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def met(self) -> int:
        return self.counts[Status.MET]

    @property
    def rate(self) -> int | None:
        """The percentage of required training met, rounded down; None when nothing applies."""
        return self.met * 100 // self.total if self.total else None

    def summary(self, statuses=SEVERITY) -> list[tuple[str, int, str]]:
        """(label, count, tag class) for each status present, worst first."""
        return [
            (status.label, self.counts[status], TAG_CLASSES[status])
            for status in statuses
            if self.counts[status]
        ]

    def attention(self) -> list[tuple[str, int, str]]:
        """The statuses someone must act on: overdue, expired, due soon."""
        return self.summary(SEVERITY[:3])


@dataclass
class BoardMatrix:
    board: Board
    requirements: list[TrainingRequirement]
    rows: list[Row]
    compliance: Compliance


def _sort_governorships(governorships):
    return sorted(
        governorships,
        key=lambda g: (ROLE_ORDER[g.role], g.governor.last_name, g.governor.first_name),
    )


def board_matrix(*, board: Board, today: date | None = None) -> BoardMatrix:
    """Governors by requirements for one board, in a fixed number of queries."""
    today = today or timezone.localdate()
    governorships = _sort_governorships(board.governorships.current().select_related("governor"))
    requirements = [
        r for r in requirements_active() if any(r.applies_to(g.role) for g in governorships)
    ]
    completions = _completions(
        learner_ids={g.governor_id for g in governorships},
        module_ids={r.module_id for r in requirements},
    )
    compliance = Compliance()
    rows = []
    for governorship in governorships:
        cells = []
        for requirement in requirements:
            status = None
            if requirement.applies_to(governorship.role):
                status = _status(governorship, requirement, completions, today)
                compliance.add(status)
            cells.append(Cell(requirement, status))
        rows.append(Row(governorship, cells))
    return BoardMatrix(board, requirements, rows, compliance)


@dataclass
class BoardCompliance:
    board: Board
    governors: int
    compliance: Compliance


def boards_compliance(*, today: date | None = None) -> list[BoardCompliance]:
    """Every board's share of required training met, in four queries."""
    today = today or timezone.localdate()
    boards = list(Board.objects.all())
    governorships = list(Governorship.objects.current().select_related("governor"))
    requirements = requirements_active()
    completions = _completions(
        learner_ids={g.governor_id for g in governorships},
        module_ids={r.module_id for r in requirements},
    )
    by_board = defaultdict(list)
    for governorship in governorships:
        by_board[governorship.board_id].append(governorship)
    result = []
    for board in boards:
        compliance = Compliance()
        for governorship in by_board[board.pk]:
            for requirement in requirements:
                if requirement.applies_to(governorship.role):
                    compliance.add(_status(governorship, requirement, completions, today))
        result.append(BoardCompliance(board, len(by_board[board.pk]), compliance))
    return result


@dataclass
class MyBoardTraining:
    governorship: Governorship
    items: list[tuple[TrainingRequirement, TrainingStatus]]


def my_training(*, user, today: date | None = None) -> list[MyBoardTraining]:
    """What each of this person's boards requires of them, most urgent first."""
    today = today or timezone.localdate()
    governorships = list(user.governorships.current().select_related("board", "governor"))
    requirements = requirements_active()
    completions = _completions(
        learner_ids={user.pk}, module_ids={r.module_id for r in requirements}
    )
    result = []
    for governorship in governorships:
        items = [
            (r, _status(governorship, r, completions, today))
            for r in requirements
            if r.applies_to(governorship.role)
        ]
        items.sort(key=lambda item: SEVERITY.index(item[1].status))
        result.append(MyBoardTraining(governorship, items))
    return result


def training_due(*, today: date):
    """Every current governorship's requirements that need action: (governorship, requirement, status)."""
    governorships = list(Governorship.objects.current().select_related("governor", "board"))
    requirements = requirements_active()
    completions = _completions(
        learner_ids={g.governor_id for g in governorships},
        module_ids={r.module_id for r in requirements},
    )
    for governorship in governorships:
        for requirement in requirements:
            if requirement.applies_to(governorship.role):
                status = _status(governorship, requirement, completions, today)
                if status.status in (Status.DUE_SOON, Status.OVERDUE):
                    yield governorship, requirement, status


def terms_ending(*, board: Board, today: date | None = None, days: int = TERM_ENDING_DAYS):
    today = today or timezone.localdate()
    return (
        board.governorships.current()
        .filter(term_ends_on__isnull=False, term_ends_on__lte=today + timedelta(days=days))
        .select_related("governor")
        .order_by("term_ends_on")
    )


# Skills ----------------------------------------------------------------------------------

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
            board.pk: BoardSkills(board, None, _sort_governorships(by_board[board.pk]), [], 0)
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
    governorships = _sort_governorships(governorships)
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
    return BusinessVolunteer.objects.filter(consent=True, placed_on__isnull=True).prefetch_related(
        "skills"
    )


def gaps_for_boards(boards) -> dict[int, list[SkillsRow]]:
    return {pk: skills.gaps for pk, skills in boards_skills(boards=boards).items()}
