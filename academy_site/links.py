"""Absolute links to the public site, for anything read away from it: e-mails, PDFs, badges."""

from django.conf import settings


def site_url(path: str = "") -> str:
    """The site's base address (WAGTAILADMIN_BASE_URL) and `path`; an absolute URL is kept."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if not path:
        return base
    if "://" in path:
        return path
    return f"{base}/{path.lstrip('/')}"
