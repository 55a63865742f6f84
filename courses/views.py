"""The public catalogue: every published module, filtered and searched."""

from django.core.paginator import Paginator
from django.db.models import F, Prefetch
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.images import get_image_model

from .forms import CatalogueFilterForm
from .models import PROVIDER_LOGO_SPEC, ModulePage, ProviderPage
from .search import search_query_build

PER_PAGE = 12
RESULT_IMAGE_SPEC = "fill-240x160"
ORDERINGS = {
    "title": ["title", "pk"],
    "newest": [F("first_published_at").desc(nulls_last=True), "title", "pk"],
    "shortest": ["cpd_hours", "title", "pk"],
}


def _with_providers_and_audiences(modules: list[ModulePage]) -> list[ModulePage]:
    """Attach each module's provider and audiences with two queries, whatever the count."""
    if not modules:
        return modules
    parent_paths = {module.path[: -ModulePage.steplen] for module in modules}
    providers = {
        p.path: p
        for p in ProviderPage.objects.filter(path__in=parent_paths).prefetch_related(
            Prefetch(
                "logo", queryset=get_image_model().objects.prefetch_renditions(PROVIDER_LOGO_SPEC)
            )
        )
    }
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


def _ranked_ids(modules, query: str, sort: str) -> list[int]:
    """The matching modules' ids in the order asked for: best match first when searching."""
    search_query = search_query_build(text=query) if query else None
    if search_query is not None:
        matches = ModulePage.objects.filter(pk__in=modules.values("pk")).search(search_query)
        ids = [module.pk for module in matches]
        if sort not in ORDERINGS:
            return ids
        modules = ModulePage.objects.filter(pk__in=ids)
    elif query:
        return []
    ordering = ORDERINGS.get(sort, ORDERINGS["title"])
    return list(modules.order_by(*ordering).values_list("pk", flat=True))


def catalogue(request: HttpRequest) -> HttpResponse:
    """List published modules; filters combine, and the query string carries them across pages."""
    form = CatalogueFilterForm(request.GET or None)
    modules = ModulePage.objects.live().public()
    query = sort = ""
    if form.is_valid():
        modules = form.filter(modules)
        query = form.cleaned_data["q"]
        sort = form.cleaned_data["sort"]
    paginator = Paginator(_ranked_ids(modules, query, sort), PER_PAGE)
    page_of_ids = paginator.get_page(request.GET.get("page"))
    by_id = ModulePage.objects.prefetch_related(
        Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(RESULT_IMAGE_SPEC))
    ).in_bulk(list(page_of_ids.object_list))
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
            "sort": sort,
            "sort_choices": form.sort_choices(),
        },
    )
