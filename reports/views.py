from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from academy_site.audit import EXPORTED, access_record
from academy_site.csv_export import csv_response
from academy_site.permissions import permission_required_or_404
from evaluation.models import Study

from .figures import SMALL_NUMBER
from .forms import ImpactFilterForm
from .models import REPORT_PERMISSIONS
from .selectors import OutOfScope, current_academic_year, matrix, scope_build
from .selectors.dashboard import dashboard, dashboard_table
from .selectors.partnerships import network as partnership_network
from .selectors.research import HEADER as RESEARCH_HEADER
from .selectors.research import research_rows
from .selectors.staff import staff_kept

DRILL_KEYS = ("provider", "school", "module")


def _scope_for(request):
    """The viewer's scope for the period and drill-down asked for; 404 outside what they see."""
    this_year = current_academic_year()
    form = ImpactFilterForm(request.GET or None, years=list(range(this_year, this_year - 5, -1)))
    drill = form.drill()
    try:
        scope = scope_build(
            user=request.user,
            period=form.period(),
            provider_id=drill["provider"],
            school_id=drill["school"],
            module_id=drill["module"],
        )
    except OutOfScope:
        raise Http404 from None
    return scope, form


def _query(request, **changes) -> str:
    """The current query string with some parameters set (None removes one)."""
    params = {key: value for key, value in request.GET.items() if value}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return urlencode(params)


def _breadcrumbs(request, scope) -> list[tuple[str, str]]:
    """County (or the lead's providers), then each level of the drill-down chosen."""
    base = reverse("reports:index")
    period = {key: request.GET[key] for key in ("year", "start", "end") if request.GET.get(key)}
    crumbs = [("County" if scope.county else "Your providers", f"{base}?{urlencode(period)}")]
    steps = {}
    for key, label in (
        ("provider", scope.provider.title if scope.provider else None),
        ("school", scope.school.name if scope.school else None),
        ("module", scope.module.title if scope.module else None),
    ):
        if label is None:
            continue
        steps[key] = request.GET[key]
        crumbs.append((label, f"{base}?{urlencode({**period, **steps})}"))
    return crumbs[:-1] if len(crumbs) > 1 else []


@permission_required_or_404(*REPORT_PERMISSIONS)
def index(request):
    scope, form = _scope_for(request)
    board = dashboard(scope)
    for section in board.sections:
        for row in section.table.rows:
            row.link = f"?{_query(request, **row.drill)}" if row.drill else ""
        section.csv = (
            f"{reverse('reports:export_csv', args=[section.table.slug])}?{_query(request)}"
        )
    title = (
        scope.module.title
        if scope.module
        else (
            scope.school.name if scope.school else scope.provider.title if scope.provider else None
        )
    )
    return render(
        request,
        "reports/index.html",
        {
            "board": board,
            "scope": scope,
            "form": form,
            "heading": title,
            "breadcrumbs": _breadcrumbs(request, scope),
        },
    )


@permission_required_or_404(*REPORT_PERMISSIONS)
def export_csv(request, dimension: str):
    """A table of the dashboard exactly as the page shows it, for the same period and level."""
    scope, _ = _scope_for(request)
    table = dashboard_table(scope, dimension)
    if table is None:
        raise Http404
    return csv_response(
        filename=f"academy-{scope.level}-{dimension}-{scope.period.start:%Y%m%d}.csv",
        header=table.header(),
        rows=table.lines(),
    )


@permission_required_or_404("reports.view_county_reports")
def impact_matrix(request):
    """The social impact matrix: each indicator's baseline, latest value and change, by group."""
    return render(
        request,
        "reports/impact_matrix.html",
        {
            "groups": matrix.impact_matrix(user=request.user),
            "breadcrumbs": [("Impact", reverse("reports:index"))],
            "small_number": SMALL_NUMBER,
        },
    )


@permission_required_or_404("reports.view_county_reports")
def partnerships(request):
    """Which organisations work with which: a network drawing and the table of every tie."""
    tie = request.GET.get("tie") or None
    drawing = partnership_network(tie=tie)
    if tie and tie not in drawing.kinds:
        raise Http404
    return render(
        request,
        "reports/partnerships.html",
        {
            "network": drawing,
            "tie": tie,
            "breadcrumbs": [("Impact", reverse("reports:index"))],
        },
    )


@permission_required_or_404("reports.view_county_reports")
def staff(request):
    """Of the people who trained here: still in the county's schools, and into leadership."""
    scope, _ = _scope_for(request)
    table = staff_kept(scope)
    return render(
        request,
        "reports/staff.html",
        {
            "table": table,
            "definitions": table.figures,
            "breadcrumbs": [("Impact", reverse("reports:index"))],
        },
    )


@permission_required_or_404("reports.view_county_reports")
def research_export(request):
    """A pseudonymised CSV of consenting people's training for one study, logged as an export."""
    studies = list(Study.objects.all())
    if request.method == "POST":
        study = next((s for s in studies if s.slug == request.POST.get("study")), None)
        if study is None:
            raise Http404
        scope, _ = _scope_for(request)
        rows, people = research_rows(study=study, scope=scope)
        access_record(
            viewer=request.user,
            people=people,
            what=f"Research export: {study.name}, {scope.period.label}",
            request=request,
            action=EXPORTED,
        )
        return csv_response(
            filename=f"academy-research-{study.slug}-{scope.period.start:%Y%m%d}.csv",
            header=RESEARCH_HEADER,
            rows=rows,
        )
    scope, form = _scope_for(request)
    return render(
        request,
        "reports/research_export.html",
        {
            "studies": studies,
            "scope": scope,
            "form": form,
            "breadcrumbs": [("Impact", reverse("reports:index"))],
        },
    )
