"""Governors' training by board: the matrix, compliance, a governor's own list, what is due."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, When
from django.utils import timezone

from credentials.models import Certificate

from ..models import Board, Governorship, Role, TrainingRequirement
from ..training import (
    SEVERITY,
    TAG_CLASSES,
    Completion,
    Status,
    TrainingStatus,
    training_status,
)

ROLE_ORDER = {role: index for index, role in enumerate(Role.values)}
TERM_ENDING_DAYS = 90


def requirements_active() -> list[TrainingRequirement]:
    return list(TrainingRequirement.objects.filter(active=True).select_related("module"))


def completions_for(*, learner_ids, module_ids) -> dict[tuple[int, int], list[Completion]]:
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


def requirement_status(governorship, requirement, completions, today) -> TrainingStatus:
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


def governorships_in_role_order(governorships):
    """Chair first, then by role, then by name: the order every board table uses."""
    return sorted(
        governorships,
        key=lambda g: (ROLE_ORDER[g.role], g.governor.last_name, g.governor.first_name),
    )


def board_matrix(*, board: Board, today: date | None = None) -> BoardMatrix:
    """Governors by requirements for one board, in a fixed number of queries."""
    today = today or timezone.localdate()
    governorships = governorships_in_role_order(
        board.governorships.current().select_related("governor")
    )
    requirements = [
        r for r in requirements_active() if any(r.applies_to(g.role) for g in governorships)
    ]
    completions = completions_for(
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
                status = requirement_status(governorship, requirement, completions, today)
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
    completions = completions_for(
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
                    compliance.add(
                        requirement_status(governorship, requirement, completions, today)
                    )
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
    if not governorships:
        return []
    requirements = requirements_active()
    completions = completions_for(
        learner_ids={user.pk}, module_ids={r.module_id for r in requirements}
    )
    result = []
    for governorship in governorships:
        items = [
            (r, requirement_status(governorship, r, completions, today))
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
    completions = completions_for(
        learner_ids={g.governor_id for g in governorships},
        module_ids={r.module_id for r in requirements},
    )
    for governorship in governorships:
        for requirement in requirements:
            if requirement.applies_to(governorship.role):
                status = requirement_status(governorship, requirement, completions, today)
                if status.status in (Status.DUE_SOON, Status.OVERDUE):
                    yield governorship, requirement, status


# The council's overview, from the summary `governors.standings` keeps -------------------------

OVERVIEW_SORTS = {
    "least": "Least compliant first",
    "name": "Board name",
}


def _standing_counts(today: date) -> dict:
    """Each status's count over a board's standings on `today`: the same order of tests as
    `training_status` (late after the deadline, else due soon once the window opens)."""
    late = Q(training_standings__late_after__lt=today)
    not_late = Q(training_standings__late_after__isnull=True) | Q(
        training_standings__late_after__gte=today
    )
    soon = not_late & Q(training_standings__soon_from__lte=today)
    calm = not_late & (
        Q(training_standings__soon_from__isnull=True) | Q(training_standings__soon_from__gt=today)
    )
    done = Q(training_standings__completed=True)
    not_done = Q(training_standings__completed=False)
    return {
        Status.OVERDUE: Count("training_standings", filter=late & not_done),
        Status.EXPIRED: Count("training_standings", filter=late & done),
        Status.DUE_SOON: Count("training_standings", filter=soon),
        Status.NOT_YET_DUE: Count("training_standings", filter=calm & not_done),
        Status.MET: Count("training_standings", filter=calm & done),
    }


def boards_named(search: str = ""):
    """Every board, or those whose name contains `search`."""
    search = search.strip()
    return Board.objects.filter(name__icontains=search) if search else Board.objects.all()


def boards_standing(*, today: date | None = None, search: str = "", sort: str = "least"):
    """Boards with their governors and each status's count on `today`, read from the summary in
    one aggregate: a queryset to paginate, least compliant first (or by name). Each row is a
    board annotated with `governors`, `total`, `met`, `rate` and one count per status."""
    today = today or timezone.localdate()
    counts = {f"n_{status.value}": count for status, count in _standing_counts(today).items()}
    governors = (
        Governorship.objects.current()
        .filter(board=OuterRef("pk"))
        .order_by()
        .values("board")
        .annotate(n=Count("pk"))
        .values("n")
    )
    boards = (
        boards_named(search)
        .annotate(
            # Not wrapped in Coalesce, so PostgreSQL groups by the board alone and asks the
            # subquery once a board, not once a standing; a board with nobody on it has None.
            governors=Subquery(governors),
            total=Count("training_standings"),
            **counts,
        )
        .annotate(
            met=F(f"n_{Status.MET}"),
            rate=Case(
                When(total=0, then=None),
                default=F("met") * 100 / F("total"),
                output_field=IntegerField(),
            ),
        )
    )
    if sort == "name":
        return boards.order_by("name", "pk")
    return boards.order_by(F("rate").asc(nulls_last=True), "name", "pk")


def board_standing_compliance(board) -> BoardCompliance:
    """One annotated board of `boards_standing` as the overview's row."""
    counts = Counter({status: getattr(board, f"n_{status.value}") for status in Status})
    return BoardCompliance(board, board.governors or 0, Compliance(+counts))


def county_governors() -> int:
    """Places on boards held today (someone on two boards counts twice, as each board does)."""
    return Governorship.objects.current().count()


def terms_ending(*, board: Board, today: date | None = None, days: int = TERM_ENDING_DAYS):
    today = today or timezone.localdate()
    return (
        board.governorships.current()
        .filter(term_ends_on__isnull=False, term_ends_on__lte=today + timedelta(days=days))
        .select_related("governor")
        .order_by("term_ends_on")
    )
