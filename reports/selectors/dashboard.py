"""The dashboards: which tables and charts each level of the drill-down shows. The page and the
CSV both take their tables from `dashboard_table`, so a download is the page's own table."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps

from .. import figures as F
from ..charts import bar_chart, column_chart
from . import council, summary
from .quizzes import questions_most_missed
from .scope import Scope
from .tables import SELECTORS, Table, TableRow, breakdown, cells_make

HEADLINE = [F.LEARNERS, F.ENROLMENTS, F.COMPLETIONS, F.COMPLETION_RATE, F.CPD_HOURS, F.CREDITS]
COUNTS = [F.LEARNERS, F.ENROLMENTS, F.COMPLETIONS, F.COMPLETION_RATE, F.CPD_HOURS]


def _module_columns() -> list[F.Figure]:
    columns = [
        F.LEARNERS,
        F.ENROLMENTS,
        F.COMPLETIONS,
        F.COMPLETION_RATE,
        F.MEDIAN_DAYS,
        F.QUIZ_PASS_RATE,
        F.CPD_HOURS,
        F.CREDITS,
    ]
    if apps.is_installed("events"):
        columns.insert(4, F.ATTENDED)
    return columns


def _missed(scope: Scope) -> Table:
    rows = [
        TableRow(None, f"{q.question} ({q.lesson})", {"missed_rate": q.missed_rate})
        for q in questions_most_missed(scope)
    ]
    table = Table(
        "questions",
        "Questions most often answered wrongly",
        "Question (lesson)",
        [F.MISSED_RATE],
        rows,
        None,
    )
    cells_make(rows, None, table.figures, False)
    return table


@dataclass(frozen=True)
class TableSpec:
    slug: str
    build: Callable[[Scope], Table]
    shows: Callable[[Scope], bool]
    chart: tuple[str, str, str] | None = None  # (kind, figure key, title)


def _by(by, columns, heading, first, *, total=True):
    return lambda scope: breakdown(
        scope,
        by,
        columns() if callable(columns) else columns,
        slug=by,
        heading=heading,
        first=first,
        total=total,
    )


SPECS = [
    TableSpec(
        "month",
        _by("month", [F.COMPLETIONS, F.CPD_HOURS], "Completions per month", "Month"),
        lambda scope: True,
        ("columns", "completions", "Modules completed each month"),
    ),
    TableSpec(
        "provider",
        _by("provider", COUNTS + [F.CREDITS], "By provider", "Provider"),
        lambda scope: scope.provider is None and scope.module is None and len(scope.providers) > 1,
        ("bars", "completions", "Completions by provider"),
    ),
    TableSpec(
        "school",
        _by("school", COUNTS, "By school", "School"),
        lambda scope: scope.school is None,
    ),
    TableSpec(
        "phase",
        _by("phase", COUNTS, "CPD hours by phase of school", "Phase"),
        lambda scope: scope.school is None and scope.county,
        ("bars", "cpd_hours", "CPD hours by phase of school"),
    ),
    TableSpec(
        "module",
        _by("module", _module_columns, "By module", "Module"),
        lambda scope: scope.module is None and scope.level != "county",
    ),
    TableSpec(
        "module",
        _by("module", COUNTS + [F.CREDITS], "By module", "Module"),
        lambda scope: scope.level == "county",
    ),
    TableSpec(
        "role",
        _by("role", COUNTS, "By role", "Role"),
        lambda scope: True,
    ),
    TableSpec(
        "kind",
        _by("kind", COUNTS, "By kind of training", "Kind"),
        lambda scope: scope.module is None and scope.county,
    ),
    TableSpec(
        "level",
        _by("level", [F.CREDITS], "Academic credits by FHEQ level", "FHEQ level"),
        lambda scope: scope.module is None,
        ("bars", "credits", "Academic credits by FHEQ level"),
    ),
    TableSpec("questions", _missed, lambda scope: not scope.county or scope.module is not None),
    TableSpec(
        "governor-training",
        council.governor_training,
        lambda scope: scope.county and scope.provider is None and scope.module is None,
        ("bars", "training_met", "Share of required governor training met, by board"),
    ),
    TableSpec(
        "volunteers",
        council.volunteers_placed,
        lambda scope: scope.county and scope.level == "county",
    ),
]


@dataclass
class Section:
    table: Table
    chart: object | None = None


@dataclass
class Dashboard:
    scope: Scope
    headline: Table
    sections: list[Section] = field(default_factory=list)
    pathways: list[Section] = field(default_factory=list)
    pathways_refreshed: object = None
    mentoring: dict | None = None
    summary_at: object = None  # when the year's summary was made, if the figures come from one
    definitions: list[F.Figure] = field(default_factory=list)


def headline(scope: Scope) -> Table:
    total = TableRow(None, "Total", {f.key: SELECTORS[f.key](scope, None) for f in HEADLINE})
    table = Table(
        "headline",
        "Headline figures",
        "",
        HEADLINE,
        [],
        total,
        withheld=scope.small_numbers_withheld,
    )
    cells_make([], total, HEADLINE, table.withheld)
    return table


def _chart(spec: TableSpec, table: Table):
    if spec.chart is None or not table.rows:
        return None
    kind, key, title = spec.chart
    return (column_chart if kind == "columns" else bar_chart)(table, key, title=title)


def dashboard_table(scope: Scope, slug: str) -> Table | None:
    """One table of the dashboard, as its page shows it; None if this view shows no such table."""
    spec = next((s for s in SPECS if s.slug == slug and s.shows(scope)), None)
    return spec.build(scope) if spec else None


def dashboard(scope: Scope) -> Dashboard:
    board = Dashboard(scope, headline(scope))
    found = summary.summary_year(scope)
    board.summary_at = found.refreshed_at if found else None
    used = {figure.key: figure for figure in HEADLINE}
    for spec in SPECS:
        if not spec.shows(scope):
            continue
        table = spec.build(scope)
        board.sections.append(Section(table, _chart(spec, table)))
        used.update({figure.key: figure for figure in table.figures})
    if scope.county and scope.provider is None and scope.module is None:
        tables, board.pathways_refreshed = council.pathway_stages(scope)
        board.pathways = [
            Section(
                table,
                bar_chart(table, "pathway_learners", title=f"{table.heading}: learners by stage"),
            )
            for table in tables
        ]
        if board.pathways:
            used[F.PATHWAY_LEARNERS.key] = F.PATHWAY_LEARNERS
        board.mentoring = council.mentoring_counts()
    board.definitions = list(used.values())
    return board
