"""Storing a certificate's PDF: rendered in the worker, saved under a random name."""

from django.core.files.base import ContentFile
from django.utils import timezone

from ..models import Certificate, certificate_pdf_path
from ..pdf import certificate_pdf_render


def certificate_pdf_store(*, certificate: Certificate) -> Certificate:
    """Render and store the PDF unless it is already up to date; safe to run again after a crash.

    The instance is not read again: the PDF is kept only if, when it is saved, the certificate
    still has the status it was rendered with and no other render has been kept meanwhile."""
    if certificate.rendered_at and certificate.pdf:
        return certificate
    content = certificate_pdf_render(certificate=certificate)
    storage = certificate.pdf.storage
    old_name = certificate.pdf.name
    name = storage.save(certificate_pdf_path(certificate, "certificate.pdf"), ContentFile(content))
    now = timezone.now()
    updated = Certificate.objects.filter(
        pk=certificate.pk, status=certificate.status, rendered_at__isnull=True
    ).update(pdf=name, rendered_at=now)
    if not updated:
        # Another render was kept first, or the status changed while we rendered (e.g. revoked:
        # that change renders again).
        storage.delete(name)
        return Certificate.objects.get(pk=certificate.pk)
    if old_name and old_name != name:
        storage.delete(old_name)
    certificate.pdf.name, certificate.rendered_at = name, now
    return certificate


def certificates_unrendered(*, older_than=None):
    """Certificates still waiting for their PDF (for the reconciliation job and the demo)."""
    queryset = Certificate.objects.filter(rendered_at__isnull=True)
    if older_than is not None:
        queryset = queryset.filter(issued_at__lte=timezone.now() - older_than)
    return queryset
