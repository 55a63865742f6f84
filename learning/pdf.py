"""The reflective log as a PDF: one function, one HTML template, rendered by WeasyPrint."""

from functools import cache

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from academy_site.pdf import pdf_url_fetcher

from .selectors import reflections_by_module


@cache
def _font_config():
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def reflective_log_pdf_render(*, learner) -> bytes:
    """The learner's reflections, grouped by module, as a tagged (accessible) PDF."""
    from weasyprint import HTML

    html = render_to_string(
        "learning/reflective_log_pdf.html",
        {
            "learner": learner,
            "groups": reflections_by_module(learner=learner),
            "generated_at": timezone.now(),
            "organisation": getattr(settings, "ACADEMY_ORGANISATION", ""),
        },
    )
    return HTML(
        string=html, base_url=str(settings.STATIC_ROOT), url_fetcher=pdf_url_fetcher()
    ).write_pdf(font_config=_font_config(), pdf_tags=True)
