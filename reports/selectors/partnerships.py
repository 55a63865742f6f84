"""The partnership map: which organisations work with which, collected from every app that
registers for the `academy_partnership_ties` hook (learning.hooks.PARTNERSHIP_TIES), and drawn
as a network (nodes on a circle, a line for each tie)."""

from dataclasses import dataclass, field

from django.db.models import Count
from wagtail import hooks

from courses.models import ProviderPage
from governors.models import Board, BusinessVolunteer
from learning.hooks import PARTNERSHIP_TIES
from learning.models import Enrolment

LEFT_X = 250  # room for the longest label left of the left column
KEYS = ("source", "source_kind", "target", "target_kind", "tie")


@dataclass(frozen=True)
class Tie:
    source: str
    source_kind: str
    target: str
    target_kind: str
    tie: str


def ties_collect() -> list[Tie]:
    """Every registered app's ties, each once, in a stable order."""
    found = set()
    for fn in hooks.get_hooks(PARTNERSHIP_TIES):
        for item in fn():
            found.add(Tie(*(str(item[key]) for key in KEYS)))
    return sorted(found, key=lambda t: (t.tie, t.source, t.target))


def existing_ties():
    """Ties the apps below reports already record: alliances and their member schools,
    providers training a school's staff, boards and their schools, volunteers placed."""
    kinds = dict(ProviderPage.Kind.choices)
    for provider in ProviderPage.objects.prefetch_related("member_schools"):
        for school in provider.member_schools.all():
            yield {
                "source": provider.title,
                "source_kind": kinds[provider.kind],
                "target": school.name,
                "target_kind": "School",
                "tie": "Member school",
            }
    providers = {p.path: p for p in ProviderPage.objects.exclude(kind=ProviderPage.Kind.ALLIANCE)}
    trained = (
        Enrolment.objects.filter(learner__school__isnull=False)
        .values("module__path", "learner__school__name")
        .annotate(n=Count("id"))
        .order_by()
    )
    pairs = set()
    for row in trained:
        provider = providers.get(row["module__path"][: -ProviderPage.steplen])
        if provider is not None:
            pairs.add((provider.title, kinds[provider.kind], row["learner__school__name"]))
    for title, kind, school in pairs:
        yield {
            "source": title,
            "source_kind": kind,
            "target": school,
            "target_kind": "School",
            "tie": "Trains staff",
        }
    for board in Board.objects.filter(closed_on__isnull=True).prefetch_related("schools"):
        for school in board.schools.all():
            yield {
                "source": board.name,
                "source_kind": "Board",
                "target": school.name,
                "target_kind": "School",
                "tie": "Governs",
            }
    for volunteer in BusinessVolunteer.objects.filter(placement__isnull=False).select_related(
        "placement__board"
    ):
        yield {
            "source": volunteer.company,
            "source_kind": "Business",
            "target": volunteer.placement.board.name,
            "target_kind": "Board",
            "tie": "Volunteer governor placed",
        }


@dataclass
class Node:
    name: str
    kind: str
    x: float = 0
    y: float = 0
    anchor: str = "start"
    label_x: float = 0
    label_y: float = 0


@dataclass
class Network:
    ties: list[Tie]
    kinds: list[str]
    nodes: list[Node] = field(default_factory=list)
    lines: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    size: int = 760
    height: int = 0
    description: str = ""


def network(*, tie: str | None = None) -> Network:
    """The ties (of one kind, or all) and their drawing: organisations that train, govern or
    volunteer in a column on the left, those they work with on the right (an organisation that is
    both stays on the left), a line for each tie. Columns keep every label legible."""
    every = ties_collect()
    kinds = sorted({t.tie for t in every})
    ties = [t for t in every if tie in (None, "", t.tie)]
    left: dict[str, str] = {}
    right: dict[str, str] = {}
    for t in ties:
        left.setdefault(t.source, t.source_kind)
    for t in ties:
        if t.target not in left:
            right.setdefault(t.target, t.target_kind)
    drawing = Network(ties, kinds)
    step, top = 18, 14
    rows = max(len(left), len(right), 1)
    drawing.height = top * 2 + step * (rows - 1)
    positions = {}
    for names, x, anchor, offset in (
        (left, LEFT_X, "end", -8),
        (right, drawing.size - LEFT_X, "start", 8),
    ):
        ordered = sorted(names.items(), key=lambda item: (item[1], item[0]))
        spacing = (drawing.height - 2 * top) / max(len(ordered) - 1, 1) if len(ordered) > 1 else 0
        for number, (name, kind) in enumerate(ordered):
            y = top + number * spacing if len(ordered) > 1 else drawing.height / 2
            positions[name] = (x, y)
            drawing.nodes.append(
                Node(name[:40], kind, x, round(y, 1), anchor, x + offset, round(y + 4, 1))
            )
    for t in ties:
        (x1, y1), (x2, y2) = positions[t.source], positions[t.target]
        drawing.lines.append((x1, round(y1, 1), x2, round(y2, 1), t.tie))
    drawing.description = (
        f"{len(left) + len(right)} organisations and {len(ties)} ties"
        + (f" of the kind “{tie}”" if tie else "")
        + "; the table below lists every tie."
    )
    return drawing
