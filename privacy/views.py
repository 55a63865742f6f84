"""The privacy pages: the notice; a person's own data (download, consent, who looked, erase);
and the council officers' erasure reviews and access log."""

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from academy_site.audit import access_record
from academy_site.permissions import permission_required_or_404
from academy_site.ratelimit import rate_limit_count, rate_limit_reached
from accounts.consent import consent_give, consent_withdraw
from accounts.models import Consent, ConsentPurpose

from . import selectors, services
from .forms import AccessLogSearchForm, ErasureDecisionForm, ErasureRequestForm
from .models import DataExport, ErasureRequest


def _mine_crumbs():
    return [("Your details", reverse("accounts:profile")), ("Your data", reverse("privacy:mine"))]


def _officer_crumbs():
    return [("Erasure requests", reverse("privacy:erasure_list"))]


def notice(request):
    return render(
        request,
        "privacy/notice.html",
        {
            "support_email": settings.ACADEMY_SUPPORT_EMAIL,
            "export_days": settings.PRIVACY_EXPORT_DAYS,
            "invitation_days": settings.PRIVACY_INVITATION_DAYS,
            "unconfirmed_days": settings.PRIVACY_UNCONFIRMED_ACCOUNT_DAYS,
            "learning_years": settings.PRIVACY_LEARNING_RECORD_YEARS,
        },
    )


@login_required
def mine(request):
    now = timezone.now()
    return render(
        request,
        "privacy/mine.html",
        {
            "exports": DataExport.objects.filter(person=request.user).exclude(expires_at__lte=now),
            "erasure": ErasureRequest.objects.filter(person=request.user).first(),
            "accesses": selectors.accesses_to(person=request.user)[:5],
            "export_days": settings.PRIVACY_EXPORT_DAYS,
            "breadcrumbs": [("Your details", reverse("accounts:profile"))],
        },
    )


@login_required
@require_POST
def export_request(request):
    if rate_limit_reached(action="privacy_export", user=request.user):
        messages.error(request, "You have asked for several downloads today. Try tomorrow.")
        return redirect("privacy:mine")
    rate_limit_count(action="privacy_export", user=request.user)
    services.data_export_request(person=request.user)
    messages.success(
        request,
        "We are putting your data together. We will e-mail you a link when it is ready, "
        "usually within a few minutes.",
    )
    return redirect("privacy:mine")


@login_required
def export_download(request, export_id):
    export = get_object_or_404(
        DataExport, pk=export_id, person=request.user, ready_at__isnull=False
    )
    if export.expires_at <= timezone.now() or not export.file:
        raise Http404("This download has expired.")
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=f"academy-my-data-{export.ready_at:%Y-%m-%d}.zip",
    )


@login_required
def consent(request):
    if request.method == "POST":
        purpose = request.POST.get("purpose")
        if purpose not in ConsentPurpose.values:
            raise Http404("No such consent.")
        label = ConsentPurpose(purpose).label
        if request.POST.get("action") == "give":
            consent_give(request.user, purpose)
            messages.success(request, f"You have given your consent: {label}.")
        else:
            consent_withdraw(request.user, purpose)
            messages.success(request, f"You have withdrawn your consent: {label}.")
        return redirect("privacy:consent")
    history = list(Consent.objects.filter(person=request.user))
    purposes = [
        {
            "value": purpose.value,
            "label": purpose.label,
            "standing": next(
                (c for c in history if c.purpose == purpose and c.withdrawn_at is None), None
            ),
            "history": [c for c in history if c.purpose == purpose],
        }
        for purpose in ConsentPurpose
    ]
    return render(
        request, "privacy/consent.html", {"purposes": purposes, "breadcrumbs": _mine_crumbs()}
    )


@login_required
def accesses_mine(request):
    page = Paginator(selectors.accesses_to(person=request.user), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request, "privacy/accesses_mine.html", {"page": page, "breadcrumbs": _mine_crumbs()}
    )


@login_required
def erasure_request(request):
    standing = ErasureRequest.objects.filter(person=request.user, status="requested").first()
    if request.method == "POST" and standing and "withdraw" in request.POST:
        services.erasure_request_withdraw(person=request.user)
        messages.success(request, "You have withdrawn your request. Your account stays open.")
        return redirect("privacy:mine")
    form = ErasureRequestForm(request.POST or None)
    if request.method == "POST" and not standing and form.is_valid():
        services.erasure_request_make(person=request.user, reason=form.cleaned_data["reason"])
        messages.success(
            request,
            "Your request has been sent. A council officer will review it within one month. "
            "If it is approved your account is closed; if not, we e-mail you why.",
        )
        return redirect("privacy:mine")
    return render(
        request,
        "privacy/erasure_request.html",
        {
            "form": form,
            "standing": standing,
            "plan": services.erasure_plan(person=request.user),
            "breadcrumbs": _mine_crumbs(),
        },
    )


@permission_required_or_404("privacy.review_erasure")
def erasure_list(request):
    requests = ErasureRequest.objects.select_related("person", "decided_by")
    return render(
        request,
        "privacy/erasure_list.html",
        {
            "open": [r for r in requests if r.status == ErasureRequest.Status.REQUESTED],
            "decided": [r for r in requests if r.status != ErasureRequest.Status.REQUESTED][:50],
        },
    )


@permission_required_or_404("privacy.review_erasure")
@reauthentication_required
def erasure_review(request, erasure_id):
    erasure = get_object_or_404(ErasureRequest.objects.select_related("person"), pk=erasure_id)
    is_open = erasure.status == ErasureRequest.Status.REQUESTED and erasure.person is not None
    form = ErasureDecisionForm(request.POST or None)
    if request.method == "POST" and is_open and form.is_valid():
        note = form.cleaned_data["note"].strip()
        try:
            if form.cleaned_data["decision"] == "approve":
                services.erasure_approve(erasure_id=erasure.pk, officer=request.user, note=note)
                messages.success(
                    request, f"The account has been erased. It is now {erasure.pseudonym}."
                )
            else:
                services.erasure_refuse(erasure_id=erasure.pk, officer=request.user, note=note)
                messages.success(request, "The request has been refused and the person told.")
        except services.ErasureNotOpen as error:
            messages.error(request, str(error))
        return redirect("privacy:erasure_review", erasure_id=erasure.pk)
    plan = None
    if is_open:
        access_record(
            viewer=request.user, people=[erasure.person], what="erasure review", request=request
        )
        plan = services.erasure_plan(person=erasure.person)
    return render(
        request,
        "privacy/erasure_review.html",
        {
            "erasure": erasure,
            "is_open": is_open,
            "own": erasure.person_id == request.user.pk,
            "plan": plan,
            "form": form,
            "breadcrumbs": _officer_crumbs(),
        },
    )


@permission_required_or_404("privacy.view_access_log")
def access_log(request):
    form = AccessLogSearchForm(request.GET or None)
    records = selectors.accesses_search()
    if form.is_valid():
        records = selectors.accesses_search(**form.cleaned_data)
    page = Paginator(records, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "privacy/access_log.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )
