"""The "CPD hours by term" chart on My learning (registered in wagtail_hooks.py)."""

from django.template.loader import render_to_string

from credentials.selectors import ledger_rows_for_request

from .charts import column_chart
from .selectors.learner import cpd_hours_by_term


def cpd_hours_panel(request) -> str | None:
    """A small chart of the learner's own CPD hours in each of the last six terms."""
    if not request.user.is_authenticated:
        return None
    table = cpd_hours_by_term(learner=request.user, entries=ledger_rows_for_request(request))
    if not any(row.values["cpd_hours"] for row in table.rows):
        return None
    chart = column_chart(table, "cpd_hours", title="Hours credited in each of the last six terms")
    return render_to_string(
        "reports/includes/cpd_panel.html", {"chart": chart, "table": table}, request=request
    )
