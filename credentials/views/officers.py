"""Council officers' pages: record prior learning, find and revoke certificates, read evidence;
each asks for the permission behind it."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render

from academy_site.audit import EXPORTED, access_record
from academy_site.permissions import permission_required_or_404

from ..codes import code_normalise
from ..forms import PriorLearningForm, RevokeForm
from ..models import Certificate, CreditEntry
from ..selectors import certificates_overdue_for_pdf
from ..services import certificate_revoke, prior_learning_record


@permission_required_or_404("credentials.record_prior_learning")
@reauthentication_required(allow_get=True)
def prior_learning(request):
    form = PriorLearningForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        entry = prior_learning_record(
            learner=form.learner,
            description=data["description"],
            cpd_hours=data["cpd_hours"],
            academic_credits=data["academic_credits"],
            fheq_level=data["fheq_level"],
            awarded_on=data["awarded_on"],
            evidence=data["evidence"],
            recorded_by=request.user,
        )
        messages.success(
            request,
            f"Prior learning recorded for {entry.learner.display_name}: "
            f"{entry.cpd_hours} CPD hours, {entry.academic_credits} credits.",
        )
        return redirect("credentials:prior_learning")
    recent = CreditEntry.objects.filter(source=CreditEntry.Source.PRIOR_LEARNING).select_related(
        "learner", "recorded_by"
    )[:10]
    return render(request, "credentials/prior_learning.html", {"form": form, "recent": recent})


@permission_required_or_404("credentials.record_prior_learning")
def credit_evidence(request, pk):
    entry = get_object_or_404(CreditEntry.objects.exclude(evidence=""), pk=pk)
    access_record(
        viewer=request.user,
        people=[entry.learner_id],
        what="evidence of prior learning",
        request=request,
        action=EXPORTED,
    )
    return FileResponse(entry.evidence.open("rb"), as_attachment=True)


@permission_required_or_404("credentials.view_certificate")
def certificate_search(request):
    query = request.GET.get("q", "").strip()
    certificates = Certificate.objects.none()
    if query:
        certificates = Certificate.objects.filter(
            Q(code=code_normalise(query))
            | Q(learner__email__iexact=query)
            | Q(learner_name__icontains=query)
        ).select_related("learner")[:50]
        access_record(
            viewer=request.user,
            people=[c.learner_id for c in certificates],
            what="certificates, in an officer's search",
            request=request,
        )
    overdue = certificates_overdue_for_pdf()
    return render(
        request,
        "credentials/officer_certificates.html",
        {
            "query": query,
            "certificates": certificates,
            "overdue_count": overdue.count(),
            "overdue": overdue[:50],
        },
    )


@permission_required_or_404("credentials.view_certificate", "credentials.revoke_certificate")
@reauthentication_required(allow_get=True)
def certificate_revoke_view(request, pk):
    """A certificate's details and history; those who may revoke it also get the form."""
    can_revoke = request.user.has_perm("credentials.revoke_certificate")
    if request.method == "POST" and not can_revoke:
        raise Http404("Page not found.")
    certificate = get_object_or_404(Certificate.objects.select_related("learner"), pk=pk)
    access_record(
        viewer=request.user,
        people=[certificate.learner_id],
        what=f"certificate {certificate.code_display} and its history",
        request=request,
    )
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], by=request.user
            )
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.success(
                request,
                f"Certificate {certificate.code_display} revoked. Its credits have been reversed.",
            )
            return redirect(f"{request.path}")
    return render(
        request,
        "credentials/officer_revoke.html",
        {
            "certificate": certificate,
            "form": form,
            "can_revoke": can_revoke,
            "events": certificate.events.select_related("actor"),
        },
    )
