"""Navigation that fits who is looking."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from academy_site.middleware import person_roles, request_roles
from academy_site.permissions import user_has_any_perm
from mentoring.selectors import COUNTY_PERMISSION as MENTORING_COUNTY
from reports.models import REPORT_PERMISSIONS


def _url(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def site_chrome(request):
    """Computed once a request: panels rendered with render_to_string(request=...) run the
    context processors again, and the navigation must not ask the database each time."""
    if request is None:
        return _site_chrome(None)
    chrome = getattr(request, "_academy_site_chrome", None)
    if chrome is None:
        chrome = request._academy_site_chrome = _site_chrome(request)
    return chrome


def _site_chrome(request):
    user = getattr(request, "user", None)
    nav = [("Catalogue", _url("courses:catalogue")), ("Pathways", _url("pathways:index"))]
    if user is not None and user.is_authenticated:
        nav.insert(0, ("My learning", _url("learning:dashboard")))
        nav.append(("Certificates", _url("credentials:my_certificates")))
        roles = request_roles(request) if request is not None else person_roles(user)
        governs, school_role, permitted = roles.governs, roles.school_role, roles.permitted
        mentoring = roles.mentoring

        def has_perm(perm: str) -> bool:
            return permitted and user.has_perm(perm)

        if user.is_governor_or_clerk or governs or has_perm("governors.manage_boards"):
            nav.append(("Governance", _url("governors:dashboard")))
        if school_role or has_perm("workforce.view_all_schools"):
            nav.append(("My school", _url("workforce:index")))
        if mentoring or has_perm(MENTORING_COUNTY):
            nav.append(("Mentoring", _url("mentoring:index")))
        if permitted and user_has_any_perm(user, REPORT_PERMISSIONS):
            nav.append(("Reports", _url("reports:index")))
        if has_perm("privacy.review_erasure"):
            nav.append(("Privacy", _url("privacy:erasure_list")))
        if has_perm("wagtailadmin.access_admin"):
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
