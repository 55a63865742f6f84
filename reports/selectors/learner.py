"""A learner's own figures for My learning."""

from datetime import date
from decimal import Decimal

from django.utils import timezone

from credentials.selectors import LEDGER_COLUMNS, ledger_rows

from .. import figures as F
from .tables import Table, TableRow, cells_make

# Terms of the school year: autumn from September, spring from January, summer from April.
TERMS = ((9, "Autumn"), (1, "Spring"), (4, "Summer"))


def term_of(day: date) -> tuple[int, int]:
    """(academic year, term number 0-2) of a day."""
    if day.month >= 9:
        return day.year, 0
    return day.year - 1, 1 if day.month < 4 else 2


def _label(year: int, term: int) -> str:
    name = TERMS[term][1]
    return f"{name} {year if term == 0 else year + 1}"


def cpd_hours_by_term(
    *, learner, terms: int = 6, today: date | None = None, entries: list[tuple] | None = None
) -> Table:
    """The learner's CPD hours credited in each of the last `terms` terms, oldest first.
    ``entries`` are the learner's ``credentials.selectors.ledger_rows`` if already read."""
    year, term = term_of(today or timezone.localdate())
    keys = []
    for _ in range(terms):
        keys.append((year, term))
        year, term = (year, term - 1) if term else (year - 1, 2)
    keys.reverse()
    hours = dict.fromkeys(keys, Decimal(0))
    if entries is None:
        entries = ledger_rows(learner=learner)
    at, cpd = LEDGER_COLUMNS.index("awarded_at"), LEDGER_COLUMNS.index("cpd_hours")
    for awarded_at, value in ((entry[at], entry[cpd]) for entry in entries):
        key = term_of(timezone.localtime(awarded_at).date())
        if key in hours:
            hours[key] += value
    rows = [TableRow(key, _label(*key), {"cpd_hours": hours[key]}) for key in keys]
    total = TableRow(None, "Total", {"cpd_hours": sum(hours.values())})
    table = Table("cpd-terms", "Your CPD hours each term", "Term", [F.CPD_HOURS], rows, total)
    cells_make(rows, total, table.figures, False)
    return table
