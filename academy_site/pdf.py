"""What WeasyPrint may read while it renders a PDF: Academy's own static and media files only."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings


def pdf_file_roots(*extra: Path) -> tuple[Path, ...]:
    """The folders a PDF may draw on: static files, public media, and the renderer's own."""
    roots = [Path(settings.STATIC_ROOT), Path(settings.MEDIA_ROOT), *extra]
    roots += [Path(folder) for folder in settings.STATICFILES_DIRS]
    return tuple(root.resolve() for root in roots)


def pdf_url_fetcher(*extra_roots: Path):
    """A WeasyPrint URL fetcher refusing other hosts and any file outside Academy's folders, so
    text that reaches a PDF template can never pull in /etc/passwd or an internal address."""
    from weasyprint.urls import URLFetcher

    class AcademyURLFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "file":
                path = Path(unquote(urlsplit(url).path)).resolve()
                if not any(path.is_relative_to(root) for root in roots):
                    raise ValueError(f"A PDF may not read {path}: it is outside Academy's files.")
            elif scheme != "data":
                raise ValueError(f"A PDF may not fetch {url}: only Academy's own files.")
            return super().fetch(url, headers)

    roots = pdf_file_roots(*extra_roots)
    return AcademyURLFetcher(allowed_protocols=("file", "data"), allow_redirects=False)
