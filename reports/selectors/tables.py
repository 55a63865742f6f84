"""Dashboard tables: rows of figures by one dimension, a total from the same selectors, and
the cells as the page and the CSV show them (with small numbers withheld where they must be)."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from accounts.models import JobRole
from courses.models import ModulePage
from schools.models import School

from .. import figures as F
from ..suppression import NOTE, TEXT, withhold
from . import figures, quizzes
from .scope import Scope

SELECTORS = {**figures.SELECTORS, "quiz_pass_rate": quizzes.quiz_pass_rate}

# Where a row of each dimension drills down to (the query parameter it sets).
DRILLS = {"provider": "provider", "school": "school", "module": "module"}

NOT_GIVEN = {
    "school": "No county school",
    "phase": "No county school",
    "role": "Not given",
    "level": "No level",
}


@dataclass
class Cell:
    value: Any
    text: str
    withheld: str = ""
    figure: F.Figure | None = None


@dataclass
class TableRow:
    key: Any
    label: str
    values: dict[str, Any]
    cells: list[Cell] = field(default_factory=list)
    drill: dict[str, Any] = field(default_factory=dict)  # query parameters of the drill-down


@dataclass
class Table:
    slug: str
    heading: str
    first: str
    figures: list[F.Figure]
    rows: list[TableRow]
    total: TableRow | None
    notes: list[str] = field(default_factory=list)
    withheld: bool = False  # small numbers were looked for (county and school views)

    def header(self) -> list[str]:
        return [self.first, *(figure.label for figure in self.figures)]

    def lines(self) -> list[list[str]]:
        """The table as the page shows it, row by row, the total last: what the CSV holds."""
        rows = [*self.rows, *([self.total] if self.total else [])]
        return [[row.label, *(cell.text for cell in row.cells)] for row in rows]


def figure_text(figure: F.Figure, value) -> str:
    if value is None:
        return "–"
    if figure.key in ("completion_rate", "quiz_pass_rate", "training_met", "missed_rate"):
        return f"{value}%"
    if isinstance(value, Decimal | float):
        return f"{value:,.1f}".removesuffix(".0")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def cells_make(rows: list[TableRow], total: TableRow | None, columns, withheld: bool) -> bool:
    """Fill each row's cells; True when any figure was withheld."""
    if withheld:
        marks, total_marks = withhold(
            [row.values for row in rows], total.values if total else None, columns
        )
    else:
        marks, total_marks = [{} for _ in rows], {}
    any_withheld = False
    everything = [*rows, *([total] if total else [])]
    for row, mark in zip(everything, [*marks, total_marks][: len(everything)], strict=True):
        row.cells = []
        for figure in columns:
            value = row.values.get(figure.key)
            how = mark.get(figure.key, "")
            any_withheld |= bool(how)
            text = TEXT[how] if how else figure_text(figure, value)
            row.cells.append(Cell(value, text, how, figure))
    return any_withheld


def _labels(scope: Scope, by: str, keys) -> dict[Any, str]:
    if by == "provider":
        return {pk: provider.title for pk, provider in scope.providers.items()}
    if by == "module":
        return {pk: module.title for pk, module in scope.modules.items()}
    if by == "school":
        return dict(School.objects.filter(pk__in=[k for k in keys if k]).values_list("pk", "name"))
    if by == "phase":
        return dict(School.Phase.choices)
    if by == "role":
        return dict(JobRole.choices)
    if by == "kind":
        return dict(ModulePage.Kind.choices)
    if by == "level":
        return {key: f"Level {key}" for key in keys if key}
    return {}


def _month(key) -> date:
    return key.date().replace(day=1) if isinstance(key, datetime) else key.replace(day=1)


def _months(scope: Scope) -> list[date]:
    """Each month of the period up to this one (at most three years of them)."""
    from django.utils import timezone

    first = timezone.localtime(scope.period.start).date().replace(day=1)
    last = min(timezone.localtime(scope.period.end), timezone.localtime()).date().replace(day=1)
    months = []
    while first <= last and len(months) < 36:
        months.append(first)
        first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return months


def breakdown(
    scope: Scope,
    by: str,
    columns: list[F.Figure],
    *,
    slug: str,
    heading: str,
    first: str,
    total: bool = True,
) -> Table:
    """Each figure broken down by one dimension, with its total from the same selector."""
    values = {figure.key: SELECTORS[figure.key](scope, by) for figure in columns}
    if by == "month":
        values = {k: {_month(m): v for m, v in d.items() if m} for k, d in values.items()}
        keys = _months(scope)
    elif by in ("provider", "module"):
        keys = list(scope.providers if by == "provider" else scope.modules)
    else:
        keys = list(dict.fromkeys(key for d in values.values() for key in d))
    labels = _labels(scope, by, keys)
    rows = []
    for key in keys:
        label = f"{key:%B %Y}" if by == "month" else labels.get(key) or NOT_GIVEN.get(by, str(key))
        row_values = {figure.key: values[figure.key].get(key, _zero(figure)) for figure in columns}
        drill = {DRILLS[by]: key} if by in DRILLS and key is not None else {}
        rows.append(TableRow(key, label, row_values, drill=drill))
    if by != "month":
        lead = columns[0].key
        rows.sort(key=lambda row: (-(row.values[lead] or 0), row.label))
    total_row = None
    if total:
        total_row = TableRow(
            None, "Total", {figure.key: SELECTORS[figure.key](scope, None) for figure in columns}
        )
    withheld = scope.small_numbers_withheld or by in ("school", "phase")
    table = Table(slug, heading, first, columns, rows, total_row, withheld=withheld)
    if cells_make(rows, total_row, columns, table.withheld):
        table.notes.append(NOTE)
    if total and F.LEARNERS in columns and by in ("provider", "module", "kind", "month"):
        table.notes.append(
            "A learner counted in more than one row is counted once in the total, so the "
            "learners column adds up to more than its total."
        )
    return table


def _zero(figure: F.Figure):
    if figure.key == "cpd_hours":
        return Decimal(0)
    return 0 if figure.additive or figure.people else None
