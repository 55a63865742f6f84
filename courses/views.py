"""The public catalogue: every published module, filtered and searched."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from .forms import CatalogueFilterForm
from .models import ModulePage, ProviderPage

PER_PAGE = 12


def _with_providers_and_audiences(modules: list[ModulePage]) -> list[ModulePage]:
    """Attach each module's provider and audiences with two queries, whatever the count."""
    if not modules:
        return modules
    parent_paths = {module.path[: -ModulePage.steplen] for module in modules}
    providers = {p.path: p for p in ProviderPage.objects.filter(path__in=parent_paths)}
    through = ModulePage.audiences.through.objects.filter(
        modulepage_id__in=[m.pk for m in modules]
    ).select_related("audience")
    audiences: dict[int, list] = {}
    for row in through:
        audiences.setdefault(row.modulepage_id, []).append(row.audience)
    for module in modules:
        module.provider = providers.get(module.path[: -ModulePage.steplen])
        module.audience_list = sorted(audiences.get(module.pk, []), key=lambda a: a.name)
    return modules


def catalogue(request: HttpRequest) -> HttpResponse:
    """List published modules; filters combine, and the query string carries them across pages."""
    form = CatalogueFilterForm(request.GET or None)
    modules = ModulePage.objects.live().public()
    query = ""
    if form.is_valid():
        modules = form.filter(modules)
        query = form.cleaned_data["q"]
    if query:
        matches = list(ModulePage.objects.filter(pk__in=modules.values("pk")).search(query))
        ranked_ids = [module.pk for module in matches]
    else:
        ranked_ids = list(modules.order_by("title").values_list("pk", flat=True))
    paginator = Paginator(ranked_ids, PER_PAGE)
    page_of_ids = paginator.get_page(request.GET.get("page"))
    by_id = ModulePage.objects.in_bulk(list(page_of_ids.object_list))
    results = _with_providers_and_audiences([by_id[pk] for pk in page_of_ids if pk in by_id])
    filters = request.GET.copy()
    filters.pop("page", None)
    return TemplateResponse(
        request,
        "courses/catalogue.html",
        {
            "form": form,
            "results": results,
            "page_obj": page_of_ids,
            "paginator": paginator,
            "page_range": paginator.get_elided_page_range(page_of_ids.number, on_each_side=1),
            "query": query,
            "filter_querystring": filters.urlencode(),
            "active_filters": form.active_filters() if form.is_valid() else [],
        },
    )
