from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.views import serve

from .models import PathwayEnrolment, PathwayIndexPage, PathwayPage
from .selectors import pathway_progress
from .services import pathway_join, pathway_leave


def index(request):
    """The list of pathways: the index page Wagtail serves, wherever editors have put it."""
    page = PathwayIndexPage.objects.live().first()
    if page is None:
        raise Http404("No pathways are published yet.")
    url = page.get_url(request)
    if url != request.path:
        return redirect(url)
    return serve(request, request.path.lstrip("/"))


def _pathway(pk: int) -> PathwayPage:
    return get_object_or_404(PathwayPage.objects.live().public(), pk=pk)


@login_required
@require_POST
def join(request, pathway_id: int):
    pathway = _pathway(pathway_id)
    enrolment = pathway_join(learner=request.user, pathway=pathway)
    if enrolment.completed_at:
        messages.success(
            request,
            f"You have joined {pathway.title} and already completed it. "
            f"Your certificate, {pathway.award_name}, is on its way.",
        )
    else:
        messages.success(
            request, f"You have joined {pathway.title}. Modules you have completed already count."
        )
    return redirect(pathway.get_url(request))


@login_required
@require_http_methods(["GET", "POST"])
def leave(request, pathway_id: int):
    """Ask before leaving: the page says what leaving keeps; only the confirming POST leaves."""
    pathway = _pathway(pathway_id)
    if request.method == "POST":
        pathway_leave(learner=request.user, pathway=pathway)
        messages.success(
            request,
            f"You have left {pathway.title}. Your modules and certificates are kept; "
            "join again at any time to carry on.",
        )
        return redirect(pathway.get_url(request))
    enrolment = PathwayEnrolment.objects.filter(
        learner=request.user, pathway=pathway, left_at__isnull=True
    ).first()
    if enrolment is None:
        return redirect(pathway.get_url(request))  # not following it: nothing to leave
    return render(
        request,
        "pathways/pathway_leave.html",
        {
            "pathway": pathway,
            "enrolment": enrolment,
            "progress": pathway_progress(learner=request.user, pathway=pathway),
            "breadcrumbs": [
                ("Home", "/"),
                ("Pathways", reverse("pathways:index")),
                (pathway.title, pathway.get_url(request)),
            ],
        },
    )
