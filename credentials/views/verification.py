"""Public verification: anyone with a code sees what it certifies, in plain words."""

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from academy_site.ratelimit import rate_limit_amount, rate_limit_count, rate_limit_reached

from ..codes import code_is_well_formed, code_normalise
from ..forms import VerifyForm
from ..renewal import long_date
from ..selectors import certificate_by_code

UNKNOWN_CODE = "verify_unknown_code"
MISS_LIMIT = rate_limit_amount(UNKNOWN_CODE)
TOO_MANY = (
    "You have looked up too many codes that do not exist. Wait 10 minutes, then try again. "
    "If you need to check many certificates, contact the Academy."
)


def _is_blocked(request) -> bool:
    return rate_limit_reached(action=UNKNOWN_CODE, request=request)


def _count_miss(request) -> None:
    rate_limit_count(action=UNKNOWN_CODE, request=request)


def _too_many(request, *, as_json: bool = False):
    if as_json:
        return JsonResponse({"error": TOO_MANY}, status=429, headers={"Retry-After": "600"})
    response = render(request, "credentials/verify_too_many.html", {"message": TOO_MANY})
    response.status_code = 429
    response["Retry-After"] = "600"
    return response


STATUS_WORDS = {
    "valid": "Valid",
    "expired": "Expired",
    "revoked": "Revoked",
    "superseded": "Replaced by a renewal",
}


def _changed_on(certificate):
    return timezone.localdate(certificate.status_changed_at or certificate.issued_at)


def _status_sentence(certificate) -> str:
    state = certificate.state
    if state == "valid":
        if certificate.expires_on:
            return f"This certificate is valid until {long_date(certificate.expires_on)}."
        return "This certificate is valid. It does not expire."
    if state == "expired":
        return f"This certificate expired on {long_date(certificate.expires_on)}. It was valid until then."
    if state == "revoked":
        return (
            f"This certificate was revoked on {long_date(_changed_on(certificate))}. "
            "It is no longer valid."
        )
    return (
        "This certificate was replaced by a renewal on "
        f"{long_date(_changed_on(certificate))}. Ask the holder for their latest certificate."
    )


def verification_facts(certificate) -> dict:
    """What the public may know about a certificate: the same for the page and the JSON."""
    return {
        "code": certificate.code_display,
        "status": certificate.state,
        "status_words": STATUS_WORDS[certificate.state],
        "status_sentence": _status_sentence(certificate),
        "revoked_reason": certificate.revoked_reason if certificate.state == "revoked" else "",
        "holder": certificate.learner_name,
        "title": certificate.title,
        "kind": certificate.get_kind_display(),
        "provider": certificate.provider_name,
        "completed_on": timezone.localdate(certificate.completed_at).isoformat(),
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "cpd_hours": float(certificate.cpd_hours),
        "academic_credits": certificate.academic_credits,
        "fheq_level": certificate.fheq_level,
    }


def verify_form(request):
    if _is_blocked(request):
        return _too_many(request)
    form = VerifyForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("credentials:verify_detail", code=form.cleaned_data["code"])
    return render(request, "credentials/verify_form.html", {"form": form})


def _lookup(request, code):
    """(certificate, redirect, blocked): misses count towards the rate limit."""
    if _is_blocked(request):
        return None, None, True
    normalised = code_normalise(code)
    if normalised != code and code_is_well_formed(normalised):
        return None, normalised, False
    certificate = certificate_by_code(normalised) if code_is_well_formed(normalised) else None
    if certificate is None:
        _count_miss(request)
    return certificate, None, False


def verify_detail(request, code):
    certificate, canonical, blocked = _lookup(request, code)
    if blocked:
        return _too_many(request)
    if canonical:
        return redirect("credentials:verify_detail", code=canonical)
    if certificate is None:
        response = render(request, "credentials/verify_not_found.html", {"code": code[:20]})
        response.status_code = 404
        return response
    return render(
        request,
        "credentials/verify_detail.html",
        {
            "certificate": certificate,
            "facts": verification_facts(certificate),
            "json_url": reverse("credentials:verify_json", args=[certificate.code]),
        },
    )


def verify_json(request, code):
    certificate, canonical, blocked = _lookup(request, code)
    if blocked:
        return _too_many(request, as_json=True)
    if canonical:
        return redirect("credentials:verify_json", code=canonical)
    if certificate is None:
        return JsonResponse({"error": "No certificate has this code."}, status=404)
    return JsonResponse(verification_facts(certificate))
