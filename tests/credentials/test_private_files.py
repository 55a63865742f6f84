"""Certificates and prior-learning evidence are kept where no web server serves them by path."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from credentials.services import certificate_pdf_store, prior_learning_record

pytestmark = pytest.mark.django_db


def outside_media(path: str, settings) -> bool:
    private = Path(settings.STORAGES["private"]["OPTIONS"]["location"]).resolve()
    path = Path(path).resolve()
    return path.is_relative_to(private) and not path.is_relative_to(Path(settings.MEDIA_ROOT))


def test_certificate_pdfs_are_stored_outside_media(settings, learner, module, issue):
    certificate = certificate_pdf_store(certificate=issue(learner, module))
    assert outside_media(certificate.pdf.path, settings)
    assert Path(certificate.pdf.path).read_bytes().startswith(b"%PDF")


def test_prior_learning_evidence_is_stored_outside_media(settings, learner, council_officer):
    entry = prior_learning_record(
        learner=learner,
        description="NPQ for senior leaders",
        cpd_hours=Decimal("30"),
        academic_credits=0,
        fheq_level=None,
        awarded_on=date(2025, 7, 1),
        evidence=SimpleUploadedFile("npq.pdf", b"%PDF-1.7 evidence"),
        recorded_by=council_officer,
    )
    assert outside_media(entry.evidence.path, settings)
