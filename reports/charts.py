"""Charts drawn on the server as SVG from a table's own cells, so a chart can never disagree
with the table beside it. Hand-written rather than pygal: pygal's SVG carries inline scripts
and styles our Content-Security-Policy refuses, and two simple shapes (bars for categories,
columns for months) cover every chart here. Dark bars on white, every value written as text,
so the charts read in greyscale; the viewBox is 320 wide so text stays legible at 375 px."""

from dataclasses import dataclass, field

from .selectors.tables import Table

WIDTH = 320
BAR_HEIGHT = 14
ROW_HEIGHT = 38
LABEL_SPACE = 64  # room right of the longest bar for its value


@dataclass
class Mark:
    label: str
    text: str
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    text_x: float
    text_y: float


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    kind: str  # "bars" (one row per category) or "columns" (one per month)
    height: int
    marks: list[Mark] = field(default_factory=list)
    baseline_y: float = 0
    width: int = WIDTH


def _values(table: Table, key: str) -> list[tuple[str, float | None, str]]:
    index = [figure.key for figure in table.figures].index(key)
    found = []
    for row in table.rows:
        cell = row.cells[index]
        value = None if cell.withheld or cell.value is None else float(cell.value)
        found.append((row.label, value, cell.text))
    return found


def _describe(table: Table, key: str, items) -> str:
    label = next(f.label for f in table.figures if f.key == key).lower()
    shown = [(name, text) for name, _, text in items]
    parts = "; ".join(f"{name}: {text}" for name, text in shown[:12])
    more = f"; and {len(shown) - 12} more in the table" if len(shown) > 12 else ""
    return f"{label.capitalize()} by {table.first.lower()}: {parts}{more}."


def bar_chart(table: Table, key: str, *, title: str, limit: int = 12) -> Chart:
    """Horizontal bars, the label above each: fits a phone however long the labels are."""
    items = _values(table, key)[:limit]
    top = max((value for _, value, _ in items if value), default=0) or 1
    chart = Chart(
        f"chart-{table.slug}-{key}",
        title,
        _describe(table, key, _values(table, key)),
        "bars",
        height=ROW_HEIGHT * len(items) + 8,
    )
    room = WIDTH - LABEL_SPACE
    for number, (label, value, text) in enumerate(items):
        y = number * ROW_HEIGHT + 18
        width = 0 if not value else max(2, room * value / top)
        chart.marks.append(
            Mark(
                label=label[:48],
                text=text,
                x=0,
                y=y,
                width=round(width, 1),
                height=BAR_HEIGHT,
                label_x=0,
                label_y=y - 4,
                text_x=round(width + 6, 1),
                text_y=y + BAR_HEIGHT - 3,
            )
        )
    return chart


def column_chart(table: Table, key: str, *, title: str) -> Chart:
    """A column per month: a trend over time, each value written above its column."""
    items = _values(table, key)
    plot_top, plot_height = 24, 140
    chart = Chart(
        f"chart-{table.slug}-{key}",
        title,
        _describe(table, key, items),
        "columns",
        height=plot_top + plot_height + 34,
        baseline_y=plot_top + plot_height,
    )
    if not items:
        return chart
    top = max((value for _, value, _ in items if value), default=0) or 1
    slot = WIDTH / len(items)
    width = max(2, slot * 0.7)
    for number, (label, value, text) in enumerate(items):
        height = 0 if not value else max(1, plot_height * value / top)
        x = number * slot + (slot - width) / 2
        y = plot_top + plot_height - height
        short = label.split()[0][:3] if " " in label else label[:3]
        year = label.split()[-1][-2:] if " " in label else ""
        chart.marks.append(
            Mark(
                label=f"{short}" + (f" {year}" if len(items) <= 6 else ""),
                text="<5" if text.startswith("fewer") else "–" if value is None else text,
                x=round(x, 1),
                y=round(y, 1),
                width=round(width, 1),
                height=round(height, 1),
                label_x=round(x + width / 2, 1),
                label_y=plot_top + plot_height + 14,
                text_x=round(x + width / 2, 1),
                text_y=round(y - 4, 1),
            )
        )
    return chart
