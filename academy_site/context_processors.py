"""Navigation that fits who is looking."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from workforce.selectors import has_school_role


def _url(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def site_chrome(request):
    user = getattr(request, "user", None)
    nav = [("Catalogue", _url("courses:catalogue")), ("Pathways", _url("pathways:index"))]
    if user is not None and user.is_authenticated:
        nav.insert(0, ("My learning", _url("learning:dashboard")))
        nav.append(("Certificates", _url("credentials:my_certificates")))
        if (
            user.is_governor_or_clerk
            or user.is_council_officer
            or user.governorships.filter(ended_on__isnull=True).exists()
        ):
            nav.append(("Governance", _url("governors:dashboard")))
        if has_school_role(user=user):
            nav.append(("My school", _url("workforce:index")))
        if user.is_provider_lead or user.is_council_officer:
            nav.append(("Reports", _url("reports:index")))
            nav.append(("Edit content", "/admin/"))
    else:
        nav.append(("Verify a certificate", _url("credentials:verify_form")))
    path = request.path if request is not None else ""
    items = [
        {"label": label, "url": url, "active": url not in (None, "/") and path.startswith(url)}
        for label, url in nav
        if url
    ]
    return {"nav_items": items, "academy_organisation": settings.ACADEMY_ORGANISATION}
