from django.http import Http404
from django.shortcuts import render

from academy_site.csv_export import csv_response
from academy_site.permissions import permission_required_or_404

from .forms import ImpactFilterForm
from .models import REPORT_PERMISSIONS
from .selectors import current_academic_year, impact_report, providers_for

DIMENSIONS = {
    "provider": ("by_provider", "Provider"),
    "module": ("by_module", "Module"),
    "school": ("by_school", "School"),
    "role": ("by_role", "Role"),
    "kind": ("by_kind", "Kind of training"),
}


def _hours(value) -> str:
    """6.0 -> "6", 2.5 -> "2.5", the same on every database."""
    return f"{value:.1f}".removesuffix(".0")


def _report_for(request):
    """The report the user may see: the county for officers, their own provider(s) for leads."""
    providers = providers_for(request.user)
    this_year = current_academic_year()
    years = list(range(this_year, this_year - 5, -1))
    form = ImpactFilterForm(request.GET or None, years=years)
    year = form.chosen_year()
    return impact_report(providers=providers, year=year), form, years, year


@permission_required_or_404(*REPORT_PERMISSIONS)
def index(request):
    report, form, years, year = _report_for(request)
    return render(
        request,
        "reports/index.html",
        {
            "report": report,
            "form": form,
            "years": years,
            "year": year,
            "dimensions": DIMENSIONS,
        },
    )


@permission_required_or_404(*REPORT_PERMISSIONS)
def export_csv(request, dimension: str):
    if dimension not in DIMENSIONS:
        raise Http404
    report, _, _, year = _report_for(request)
    attribute, heading = DIMENSIONS[dimension]
    suffix = f"-{year}" if year else ""
    return csv_response(
        filename=f"academy-impact-by-{dimension}{suffix}.csv",
        header=[
            heading,
            "Learners",
            "Enrolments",
            "Completions",
            "Completion rate (%)",
            "CPD hours",
            "Academic credits",
        ],
        rows=(
            [
                row.label,
                row.learners,
                row.enrolments,
                row.completions,
                "" if row.completion_rate is None else row.completion_rate,
                _hours(row.cpd_hours),
                row.credits,
            ]
            for row in getattr(report, attribute)
        ),
    )
