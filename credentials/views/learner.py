"""A learner's certificates, downloads, credits and transcript."""

import json
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from accounts.consent import consent_give, consent_has, consent_withdraw
from accounts.models import ConsentPurpose

from ..models import Certificate
from ..openbadges import (
    badge_png,
    badge_svg,
    bake_png,
    bake_svg,
    clr_sign,
    clr_signed,
    credential_sign,
    credential_signed,
)
from ..panels import certificates_page_panels
from ..pdf import transcript_pdf_render, verification_url
from ..renewal import renewal_dates, renewal_sentence
from ..selectors import certificates_for_learner, credit_entries_for_learner, credit_totals
from .access import certificate_for_viewer
from .openbadges import badge_caption

LINKEDIN_ADD = "https://www.linkedin.com/profile/add"


def linkedin_url(certificate: Certificate) -> str:
    """LinkedIn's "Add licence or certification" form, filled in for this certificate."""
    issued = timezone.localdate(certificate.issued_at)
    fields = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.title,
        "organizationName": settings.ACADEMY_ORGANISATION,
        "issueYear": issued.year,
        "issueMonth": issued.month,
    }
    if certificate.expires_on:
        fields["expirationYear"] = certificate.expires_on.year
        fields["expirationMonth"] = certificate.expires_on.month
    fields["certUrl"] = verification_url(certificate.code)
    fields["certId"] = certificate.code_display
    return f"{LINKEDIN_ADD}?{urlencode(fields)}"


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
            "linkedin_url": linkedin_url(certificate)
            if certificate.status != Certificate.Status.REVOKED
            else "",
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
            "name_on_credentials": consent_has(request.user, ConsentPurpose.NAME_ON_CREDENTIALS),
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


def _revoked(request, certificate):
    """A revoked certificate's credential is not handed out signed afresh."""
    response = render(request, "credentials/credential_revoked.html", {"certificate": certificate})
    response.status_code = 410
    return response


def _attachment(response, filename: str):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def certificate_credential(request, pk, format):
    """The Open Badges 3.0 credential: .jwt is the VC-JWT (ES256), .json the credential with
    its embedded Data Integrity proof, verifiable on its own."""
    if format not in ("json", "jwt"):
        raise Http404("No such format.")
    certificate = certificate_for_viewer(request, pk)
    if certificate.status == Certificate.Status.REVOKED:
        return _revoked(request, certificate)
    if format == "jwt":
        response = HttpResponse(credential_sign(certificate=certificate), content_type="text/plain")
    else:
        response = JsonResponse(
            credential_signed(certificate=certificate), json_dumps_params={"indent": 2}
        )
        response["Content-Type"] = "application/vc+ld+json"
    return _attachment(response, _filename(certificate, format))


@login_required
def certificate_badge(request, pk, format):
    """The badge image with the signed credential baked in (PNG iTXt or SVG element)."""
    if format not in ("png", "svg"):
        raise Http404("No such format.")
    certificate = certificate_for_viewer(request, pk)
    if certificate.status == Certificate.Status.REVOKED:
        return _revoked(request, certificate)
    credential = credential_signed(certificate=certificate)
    caption = badge_caption(certificate.page)
    if format == "png":
        response = HttpResponse(
            bake_png(badge_png(certificate.title, caption), credential), content_type="image/png"
        )
    else:
        response = HttpResponse(
            bake_svg(badge_svg(certificate.title, caption), credential),
            content_type="image/svg+xml",
        )
    return _attachment(response, _filename(certificate, f"badge.{format}"))


@login_required
def transcript_clr(request, format):
    """The learner's whole record as a CLR 2.0 credential: .json (embedded proof) or .jwt."""
    if format not in ("json", "jwt"):
        raise Http404("No such format.")
    if format == "jwt":
        response = HttpResponse(clr_sign(learner=request.user), content_type="text/plain")
    else:
        response = HttpResponse(
            json.dumps(clr_signed(learner=request.user), indent=2),
            content_type="application/vc+ld+json",
        )
    return _attachment(response, f"learning-record-{timezone.localdate():%Y-%m-%d}.clr.{format}")


@login_required
@require_POST
def name_on_credentials(request):
    """Give or withdraw consent to the learner's name appearing in their credentials."""
    if request.POST.get("choice") == "give":
        consent_give(request.user, ConsentPurpose.NAME_ON_CREDENTIALS)
        messages.success(
            request, "Your name will appear on the badges and credentials you download from now on."
        )
    else:
        consent_withdraw(request.user, ConsentPurpose.NAME_ON_CREDENTIALS)
        messages.success(
            request,
            "Your name will no longer appear on badges and credentials you download. Ones you "
            "have already shared keep what they had.",
        )
    return redirect("credentials:my_certificates")


@login_required
def transcript_pdf(request):
    response = HttpResponse(
        transcript_pdf_render(learner=request.user), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="transcript-{timezone.localdate():%Y-%m-%d}.pdf"'
    )
    return response
