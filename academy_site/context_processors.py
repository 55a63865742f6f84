"""Navigation that fits who is looking."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from academy_site.permissions import user_has_any_perm
from mentoring.selectors import in_navigation as mentoring_in_navigation
from reports.models import REPORT_PERMISSIONS
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
            or user.has_perm("governors.manage_boards")
            or user.governorships.filter(ended_on__isnull=True).exists()
        ):
            nav.append(("Governance", _url("governors:dashboard")))
        if has_school_role(user=user):
            nav.append(("My school", _url("workforce:index")))
        if mentoring_in_navigation(user=user):
            nav.append(("Mentoring", _url("mentoring:index")))
        if user_has_any_perm(user, REPORT_PERMISSIONS):
            nav.append(("Reports", _url("reports:index")))
        if user.has_perm("privacy.review_erasure"):
            nav.append(("Privacy", _url("privacy:erasure_list")))
        if user.has_perm("wagtailadmin.access_admin"):
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
