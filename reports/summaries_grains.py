"""The groupings the figure summaries hold (reports.summaries writes them, reports.selectors.summary
reads them)."""

# The combinations of module (m), school (s), role (j), month (t) and level (v) the figures are
# summed by, and of provider (p), kind (k), school and role the learners are counted by: each
# a GROUPING SET of one statement, so every row is an exact total of the same records.
FIGURE_SETS = ["", "m", "s", "j", "t", "v", "ms", "mj", "mt", "mv", "sj", "st", "sv", "msjtv"]
FIGURE_DIMS = "msjtv"
LEARNER_SETS = ["", "s", "j", "p", "k", "ps", "pj", "pk", "sj", "sk", "psj", "psk"]
LEARNER_DIMS = "pksj"


def grain(dims: str, grouped: str) -> int:
    """PostgreSQL's GROUPING(dims...) for a row grouped by `grouped`: a bit for each dimension
    summed over, the first dimension the highest."""
    return sum(1 << (len(dims) - 1 - i) for i, d in enumerate(dims) if d not in grouped)


# The summary of the last twelve months (the dashboards' default period), rebuilt on every
# refresh with the window ending that day.
ROLLING = 0
