"""The site's own pages for people: help, the accessibility statement and the service's status."""

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from credentials.renewal import default_window_days

from .health import healthz

# What each /healthz check means to someone using Academy, in the order people care about.
CHECK_NAMES = {
    "database": ("Accounts, progress and certificates", "Signing in, enrolling and your records."),
    "broker": ("Background tasks", "Issuing certificates and sending e-mails."),
    "storage": ("File storage", "Certificate PDFs, images and documents."),
}
STATE_WORDS = {
    "ok": ("Working", "green"),
    "in-process": ("Working", "green"),
    "low": ("Running low on space", "yellow"),
    "unavailable": ("Not working", "red"),
}


def _contact() -> dict:
    return {
        "support_email": settings.ACADEMY_SUPPORT_EMAIL,
        "organisation": settings.ACADEMY_ORGANISATION,
    }


def help_page(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "academy_site/help.html",
        {**_contact(), "renewal_window_days": default_window_days()},
    )


def accessibility(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "academy_site/accessibility.html", _contact())


def _checks(report: dict) -> list[dict]:
    """Each check /healthz made, in words: the known ones named, any newer one still shown."""
    rows = []
    for key, value in report.items():
        if key == "status":
            continue
        if isinstance(value, int):
            if key == "certificates_waiting_for_pdf" and value:
                rows.append(
                    {
                        "name": "Certificate PDFs",
                        "what": "Certificates whose PDF is still being made.",
                        "state": f"{value} waiting",
                        "colour": "yellow",
                    }
                )
            continue
        name, what = CHECK_NAMES.get(key, (key.replace("_", " ").capitalize(), ""))
        state, colour = STATE_WORDS.get(value, (str(value).capitalize(), "grey"))
        rows.append({"name": name, "what": what, "state": state, "colour": colour})
    return rows


@never_cache
def service_status(request: HttpRequest) -> HttpResponse:
    """The checks /healthz makes, for people: the same function answers both."""
    report = json.loads(healthz(request).content)
    checks = _checks(report)
    working = all(check["colour"] == "green" for check in checks)
    return TemplateResponse(
        request,
        "academy_site/service_status.html",
        {
            **_contact(),
            "checks": checks,
            "working": working,
            "down": report.get("status") != "ok",
            "checked_at": timezone.localtime(),
        },
    )
