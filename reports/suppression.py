"""Small numbers withheld: a figure about fewer than 5 people is shown as "fewer than 5", and
enough other figures in its column are withheld that the total cannot give it away."""

from decimal import Decimal

from .figures import SMALL_NUMBER, Figure

SMALL = "small"  # about fewer than SMALL_NUMBER people
HIDDEN = "hidden"  # withheld so that a small one cannot be worked out

TEXT = {SMALL: f"fewer than {SMALL_NUMBER}", HIDDEN: "withheld"}
NOTE = (
    f"Figures about fewer than {SMALL_NUMBER} people are shown as “fewer than {SMALL_NUMBER}”, "
    "so nobody can be recognised from them. Where one is, another figure in the same column "
    "(and the row's hours, credits and rates) is “withheld”, so the total cannot give it away."
)


def _small(value) -> bool:
    return isinstance(value, int) and 0 < value < SMALL_NUMBER


def _nonzero(value) -> bool:
    return isinstance(value, int | float | Decimal) and value > 0


def withhold(
    rows: list[dict], total: dict | None, figures: list[Figure]
) -> tuple[list[dict], dict]:
    """Which cells to withhold: {figure key: SMALL or HIDDEN} for each row and for the total.

    `rows` and `total` map figure keys to values. Primary suppression marks people figures
    under the threshold; each row with one then withholds its other figures (hours, rates);
    secondary suppression withholds the next smallest figure in any column where exactly one is
    withheld, or the column's total when no other row can be; repeated until nothing changes.
    """
    people = [f.key for f in figures if f.people]
    derived = [f.key for f in figures if not f.people]
    additive = [f.key for f in figures if f.people or f.additive]
    marks = [{} for _ in rows]
    total_marks: dict = {}
    for values, mark in zip([*rows, total or {}], [*marks, total_marks], strict=True):
        for key in people:
            if _small(values.get(key)):
                mark[key] = SMALL
    changed = True
    while changed:
        changed = False
        for values, mark in zip([*rows, total or {}], [*marks, total_marks], strict=True):
            if any(key in mark for key in people):
                for key in derived:
                    if key not in mark and values.get(key) not in (None, 0):
                        mark[key] = HIDDEN
                        changed = True
        if total is None:
            continue
        for key in additive:
            withheld = [i for i, mark in enumerate(marks) if key in mark]
            if len(withheld) != 1 or key in total_marks:
                continue
            others = [
                i
                for i, values in enumerate(rows)
                if key not in marks[i] and _nonzero(values.get(key))
            ]
            if others:
                smallest = min(others, key=lambda i: rows[i][key])
                marks[smallest][key] = HIDDEN
            else:
                total_marks[key] = HIDDEN
            changed = True
    return marks, total_marks
