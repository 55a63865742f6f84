"""The printable sign-in sheet: one function, one HTML template, rendered by WeasyPrint."""

from functools import cache

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from academy_site.pdf import pdf_url_fetcher


@cache
def _font_config():
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def sign_in_sheet_pdf_render(*, event, bookings) -> bytes:
    """A sheet per sitting with each booked learner's name, school and a space to sign."""
    from weasyprint import HTML

    html = render_to_string(
        "events/sign_in_sheet_pdf.html",
        {
            "event": event,
            "sittings": event.sittings_in_order(),
            "bookings": bookings,
            "generated_at": timezone.now(),
            "organisation": settings.ACADEMY_ORGANISATION,
        },
    )
    return HTML(
        string=html, base_url=str(settings.STATIC_ROOT), url_fetcher=pdf_url_fetcher()
    ).write_pdf(font_config=_font_config(), pdf_tags=True)
