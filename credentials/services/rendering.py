"""Storing a certificate's PDF: rendered in the worker, saved under a random name, never left
half-written: a write that fails (a full disk) removes what it wrote and raises, so the task
retries, and a sweep removes any file no certificate points to."""

import logging
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from ..models import Certificate, certificate_pdf_path
from ..pdf import certificate_pdf_render

logger = logging.getLogger(__name__)

PDF_FOLDER = "certificates"
# A file younger than this may be a render about to be recorded: the sweep leaves it alone.
SWEEP_GRACE = timedelta(hours=1)


class PdfNotStored(OSError):
    """The storage took the PDF but did not keep all of it."""


def _pdf_write(storage, content: bytes, name: str) -> str:
    """Save the whole PDF or nothing: a partial or empty file is deleted before raising."""
    name = storage.get_available_name(name)
    try:
        saved = storage.save(name, ContentFile(content))
        if storage.size(saved) != len(content):
            raise PdfNotStored(f"{saved} was stored with {storage.size(saved)} bytes")
    except BaseException:
        _quietly_delete(storage, name)
        raise
    return saved


def _quietly_delete(storage, name: str) -> None:
    try:
        if name and storage.exists(name):
            storage.delete(name)
    except OSError:
        logger.warning("Could not remove %s; the PDF sweep will", name, exc_info=True)


def certificate_pdf_store(*, certificate: Certificate) -> Certificate:
    """Render and store the PDF unless it is already up to date; safe to run again after a crash.

    The instance is not read again: the PDF is kept only if, when it is saved, the certificate
    still has the status it was rendered with and no other render has been kept meanwhile."""
    if certificate.rendered_at and certificate.pdf:
        return certificate
    content = certificate_pdf_render(certificate=certificate)
    storage = certificate.pdf.storage
    old_name = certificate.pdf.name
    name = _pdf_write(storage, content, certificate_pdf_path(certificate, "certificate.pdf"))
    now = timezone.now()
    try:
        updated = Certificate.objects.filter(
            pk=certificate.pk, status=certificate.status, rendered_at__isnull=True
        ).update(pdf=name, rendered_at=now)
    except BaseException:
        _quietly_delete(storage, name)
        raise
    if not updated:
        # Another render was kept first, or the status changed while we rendered (e.g. revoked:
        # that change renders again).
        _quietly_delete(storage, name)
        return Certificate.objects.get(pk=certificate.pk)
    if old_name and old_name != name:
        _quietly_delete(storage, old_name)
    certificate.pdf.name, certificate.rendered_at = name, now
    return certificate


def certificates_unrendered(*, older_than=None):
    """Certificates still waiting for their PDF (for the reconciliation job and the demo)."""
    queryset = Certificate.objects.filter(rendered_at__isnull=True)
    if older_than is not None:
        queryset = queryset.filter(issued_at__lte=timezone.now() - older_than)
    return queryset


def certificate_pdfs_sweep(*, grace: timedelta = SWEEP_GRACE) -> list[str]:
    """Delete certificate PDFs that are empty or that no certificate points to; returns their
    names. Files younger than `grace` are left: their render may not be recorded yet."""
    storage = Certificate._meta.get_field("pdf").storage
    try:
        _folders, files = storage.listdir(PDF_FOLDER)
    except FileNotFoundError:
        return []
    names = [f"{PDF_FOLDER}/{file}" for file in files]
    kept = set(Certificate.objects.filter(pdf__in=names).values_list("pdf", flat=True))
    cutoff = timezone.now() - grace
    removed = []
    for name in names:
        try:
            if name in kept and storage.size(name) > 0:
                continue
            if storage.get_modified_time(name) > cutoff:
                continue
        except FileNotFoundError:
            continue
        if name in kept:
            # An empty file a certificate points to: render it again.
            Certificate.objects.filter(pdf=name).update(pdf="", rendered_at=None)
        _quietly_delete(storage, name)
        removed.append(name)
    if removed:
        logger.warning("Removed %d empty or orphaned certificate PDFs", len(removed))
    return removed
