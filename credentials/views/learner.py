"""A learner's certificates, downloads, credits and transcript."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from ..models import Certificate
from ..openbadges import credential_build, credential_sign
from ..panels import certificates_page_panels
from ..pdf import transcript_pdf_render, verification_url
from ..renewal import renewal_dates, renewal_sentence
from ..selectors import certificates_for_learner, credit_entries_for_learner, credit_totals
from .access import certificate_for_viewer


def _renewal_open(certificate: Certificate, today) -> bool:
    """Whether the card should offer 'Renew now': a module's certificate inside its window or
    expired (a pathway award renews through its modules)."""
    if (
        certificate.kind != Certificate.Kind.MODULE
        or certificate.status != Certificate.Status.VALID
    ):
        return False
    dates = renewal_dates(certificate=certificate, today=today)
    return dates is not None and today >= dates.window_opens_on


@login_required
def my_certificates(request):
    today = timezone.localdate()
    certificates = [
        {
            "certificate": certificate,
            "share_url": verification_url(certificate.code),
            "renewal": renewal_sentence(certificate=certificate, today=today)
            if certificate.expires_at and certificate.status == certificate.Status.VALID
            else "",
            "renewal_open": _renewal_open(certificate, today),
        }
        for certificate in certificates_for_learner(learner=request.user)
    ]
    return render(
        request,
        "credentials/my_certificates.html",
        {
            "certificates": certificates,
            "current": [row for row in certificates if row["certificate"].state == "valid"],
            "history": [row for row in certificates if row["certificate"].state != "valid"],
            "totals": credit_totals(learner=request.user),
            "entries": credit_entries_for_learner(learner=request.user),
            "panels": certificates_page_panels(request),
        },
    )


def _filename(certificate, extension: str) -> str:
    return f"{slugify(certificate.title)[:60]}-{certificate.code}.{extension}"


@login_required
def certificate_pdf(request, pk):
    certificate = certificate_for_viewer(request, pk)
    if not certificate.rendered_at or not certificate.pdf:
        from ..tasks import render_certificate_pdf_request

        render_certificate_pdf_request(certificate_id=str(certificate.pk))
        response = render(
            request, "credentials/certificate_pending.html", {"certificate": certificate}
        )
        response.status_code = 202
        response["Retry-After"] = "10"
        return response
    return FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=_filename(certificate, "pdf"),
    )


@login_required
def certificate_credential(request, pk, format):
    """The Open Badges 3.0 credential: .jwt is the signed VC-JWT, .json the readable credential."""
    if format not in ("json", "jwt"):
        raise Http404("No such format.")
    certificate = certificate_for_viewer(request, pk)
    if format == "jwt":
        response = HttpResponse(
            credential_sign(certificate=certificate), content_type="application/vc+jwt"
        )
    else:
        response = JsonResponse(
            credential_build(certificate=certificate), json_dumps_params={"indent": 2}
        )
        response["Content-Type"] = "application/vc+ld+json"
    response["Content-Disposition"] = f'attachment; filename="{_filename(certificate, format)}"'
    return response


@login_required
def transcript_pdf(request):
    response = HttpResponse(
        transcript_pdf_render(learner=request.user), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="transcript-{timezone.localdate():%Y-%m-%d}.pdf"'
    )
    return response
