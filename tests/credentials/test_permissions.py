"""Each officer permission in credentials lets its holder do one thing, and nobody else."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from credentials.models import Certificate, CreditEntry
from credentials.services import certificate_pdf_store
from credentials.wagtail_hooks import (
    register_certificates_menu_item,
    register_prior_learning_menu_item,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, module, issue):
    return certificate_pdf_store(certificate=issue(learner, module))


def test_view_certificate_finds_and_opens_any_learners_certificate(
    client, user_with_perms, other_learner, certificate
):
    search = reverse("credentials:officer_certificates")
    details = reverse("credentials:certificate_revoke", args=[certificate.pk])
    pdf_url = reverse("credentials:certificate_pdf", args=[certificate.pk])
    client.force_login(other_learner)
    assert client.get(search, {"q": certificate.code_display}).status_code == 404
    assert client.get(details).status_code == 404
    assert client.get(pdf_url).status_code == 404

    client.force_login(user_with_perms("credentials.view_certificate"))
    found = client.get(search, {"q": certificate.code_display})
    assert certificate.learner_name in found.content.decode()
    page = client.get(details).content.decode()
    assert certificate.code_display in page
    assert "Revoke certificate" not in page
    assert client.get(pdf_url).status_code == 200


def test_revoke_certificate_lets_its_holder_revoke(
    client, user_with_perms, certificate, reauthenticate
):
    url = reverse("credentials:certificate_revoke", args=[certificate.pk])
    client.force_login(user_with_perms("credentials.view_certificate"))
    reauthenticate(client)
    assert client.post(url, {"reason": "Recorded in error."}).status_code == 404
    assert Certificate.objects.get().status == "valid"

    revoker = user_with_perms("credentials.revoke_certificate")
    client.force_login(revoker)
    reauthenticate(client)
    assert "Revoke certificate" in client.get(url).content.decode()
    assert client.post(url, {"reason": "Recorded in error."}).status_code == 302
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_by) == ("revoked", revoker)


def test_record_prior_learning_lets_its_holder_record_it_and_read_the_evidence(
    client, user_with_perms, learner, reauthenticate
):
    url = reverse("credentials:prior_learning")
    data = {
        "learner_email": learner.email,
        "description": "PG Cert in Education",
        "awarded_on": "2024-07-01",
        "cpd_hours": "0",
        "academic_credits": "60",
        "fheq_level": "7",
    }
    client.force_login(user_with_perms("credentials.view_certificate"))
    evidence = SimpleUploadedFile("transcript.pdf", b"%PDF-1.4 evidence")
    assert client.post(url, {**data, "evidence": evidence}).status_code == 404
    assert not CreditEntry.objects.exists()

    client.force_login(user_with_perms("credentials.record_prior_learning"))
    reauthenticate(client)
    evidence = SimpleUploadedFile("transcript.pdf", b"%PDF-1.4 evidence")
    assert client.post(url, {**data, "evidence": evidence}).status_code == 302
    entry = CreditEntry.objects.get(learner=learner)
    download = client.get(reverse("credentials:credit_evidence", args=[entry.pk]))
    assert b"".join(download.streaming_content) == b"%PDF-1.4 evidence"


def test_the_admin_menu_offers_each_page_to_those_who_may_use_it(rf, user_with_perms):
    request = rf.get("/admin/")
    request.user = user_with_perms("credentials.record_prior_learning")
    assert register_prior_learning_menu_item().is_shown(request)
    assert not register_certificates_menu_item().is_shown(request)
