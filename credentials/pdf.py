"""Certificate and transcript PDFs. Fonts and stylesheets are loaded once per process (the worker
renders thousands) and provider logos are Wagtail renditions made once; each render only lays out
one small HTML page."""

import base64
import io
import logging
from functools import lru_cache
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy_site.links import site_url
from academy_site.pdf import pdf_url_fetcher
from courses.models import ProviderPage

from .selectors import certificates_for_learner, credit_entries_for_learner, credit_totals

logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

STYLES = Path(__file__).parent / "pdf_styles"
# About 2.5 times the printed size in pixels: sharp without bloat.
LOGO_RENDITION = "max-520x220|format-png"


def verification_url(code: str) -> str:
    return site_url(reverse("credentials:verify_detail", args=[code]))


@lru_cache(maxsize=1)
def _font_config():
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@lru_cache(maxsize=4)
def _stylesheet(name: str):
    from weasyprint import CSS

    return CSS(
        filename=str(STYLES / f"{name}.css"),
        font_config=_font_config(),
        url_fetcher=pdf_url_fetcher(STYLES),
    )


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _logo_src(image) -> str | None:
    """The provider's logo at print size, as a rendition Wagtail makes once and keeps."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(LOGO_RENDITION)
    except (OSError, ValueError):
        return None
    try:
        return Path(rendition.file.path).as_uri()
    except NotImplementedError:  # storage without local files: WeasyPrint fetches the URL
        return rendition.full_url


def _provider(certificate):
    """The provider page above a module, if the module still sits under one (one query)."""
    if not certificate.page_id:
        return None
    parent_path = certificate.page.path[: -ProviderPage.steplen]
    return ProviderPage.objects.filter(path=parent_path).select_related("logo").first()


def _qr_data_uri(url: str) -> str:
    """One pixel a module: the PDF scales it up without smoothing (CSS image-rendering), which
    prints as sharp as SVG and renders faster than WeasyPrint drawing the SVG's paths."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=1, border=0, dark="#0b3c49")
    return _data_uri("image/png", buffer.getvalue())


def _write_pdf(html: str, stylesheet: str, identifier: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=str(STYLES), url_fetcher=pdf_url_fetcher(STYLES)).write_pdf(
        stylesheets=[_stylesheet(stylesheet)],
        font_config=_font_config(),
        pdf_variant="pdf/ua-1",
        pdf_identifier=identifier.encode(),
        custom_metadata=True,
    )


def certificate_pdf_render(*, certificate) -> bytes:
    """An A4 landscape certificate: tagged PDF/UA with a title, language and a QR code."""
    provider = _provider(certificate)
    url = verification_url(certificate.code)
    html = render_to_string(
        "credentials/certificate_pdf.html",
        {
            "certificate": certificate,
            "organisation": settings.ACADEMY_ORGANISATION,
            "provider_logo": _logo_src(provider.logo if provider else None),
            "verify_url": url,
            "verify_url_display": url.split("://", 1)[-1],
            "qr_code": _qr_data_uri(url),
        },
    )
    return _write_pdf(html, "certificate", certificate.pk.hex)


def transcript_pdf_render(*, learner) -> bytes:
    """Every certificate and ledger entry of one learner, with totals, on A4 portrait pages."""
    html = render_to_string(
        "credentials/transcript_pdf.html",
        {
            "learner": learner,
            "organisation": settings.ACADEMY_ORGANISATION,
            "certificates": certificates_for_learner(learner=learner),
            "entries": credit_entries_for_learner(learner=learner),
            "totals": credit_totals(learner=learner),
            "generated_at": timezone.localtime(),
            "site": site_url(),
        },
    )
    return _write_pdf(html, "transcript", f"transcript-{learner.pk}-{timezone.now():%Y%m%d%H%M}")


def renderer_warm_up() -> None:
    """Load fonts, stylesheets and fontconfig before the first real certificate (a worker's first
    render otherwise takes seconds): called when each worker process starts."""
    for name in ("certificate", "transcript"):
        _write_pdf(
            '<html lang="en-GB"><head><title>Warm-up</title></head><body>'
            '<p class="holder">Warm-up <i>italic</i> <b>bold</b></p>'
            '<p class="verify__code">ABCD-EFGH-J</p></body></html>',
            name,
            "warm-up",
        )
