from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from credentials.models import Certificate, CreditEntry
from credentials.services import certificate_pdf_store
from tests.factories import PASSWORD


@pytest.fixture
def rendered(learner, module, issue):
    return certificate_pdf_store(certificate=issue(learner, module))


def _pdf_url(certificate):
    return reverse("credentials:certificate_pdf", args=[certificate.pk])


def test_the_owner_downloads_their_pdf(client, learner, rendered):
    client.force_login(learner)
    response = client.get(_pdf_url(rendered))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert rendered.code in response["Content-Disposition"]


def test_a_council_officer_downloads_any_pdf(client, council_officer, rendered):
    client.force_login(council_officer)
    assert client.get(_pdf_url(rendered)).status_code == 200


@pytest.mark.parametrize("name", ["certificate_pdf", "certificate_credential"])
def test_another_learner_gets_not_found(client, other_learner, rendered, name):
    client.force_login(other_learner)
    args = [rendered.pk] if name == "certificate_pdf" else [rendered.pk, "jwt"]
    assert client.get(reverse(f"credentials:{name}", args=args)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, rendered):
    response = client.get(_pdf_url(rendered))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_an_unrendered_pdf_says_it_is_being_prepared_and_queues_the_render(
    client, learner, module, issue
):
    certificate = issue(learner, module)
    client.force_login(learner)
    response = client.get(_pdf_url(certificate))
    assert response.status_code == 202
    assert "being prepared" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.rendered_at is not None, "eager in tests: the queued render ran"


def test_my_certificates_shows_status_downloads_share_links_and_credits(
    client, learner, module, masters_module, council_officer, issue, django_assert_max_num_queries
):
    from credentials.services import certificate_revoke

    issue(learner, module, completed_at=timezone.now() - timedelta(days=800))  # expired
    revoked = issue(learner, masters_module)
    certificate_revoke(certificate=revoked, reason="Wrong person.", by=council_officer)
    current = issue(learner, masters_module)
    client.force_login(learner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("credentials:my_certificates"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Expired" in html
    assert "Revoked" in html
    assert "Valid" in html
    assert "Wrong person." in html
    assert f"http://testserver/verify/{current.code}/" in html
    assert reverse("credentials:certificate_credential", args=[current.pk, "jwt"]) in html
    assert "15 of 180 credits" in html
    assert "Postgraduate Certificate: 45 more credits needed" in html
    assert "you may apply to the University for it" in html
    assert "Renew now and your new expiry will be" in html


def _renew_form(module) -> str:
    return f'<form method="post" action="/learn/modules/{module.pk}/renew/">'


@pytest.mark.parametrize(
    ("days_ago", "offered"),
    [(800, True), (24 * 30 - 30, True), (30, False)],
    ids=["expired", "inside the renewal window", "before the window opens"],
)
def test_renew_now_is_a_button_once_renewal_is_open(
    client, learner, module, issue, days_ago, offered
):
    issue(learner, module, completed_at=timezone.now() - timedelta(days=days_ago))
    client.force_login(learner)

    html = client.get(reverse("credentials:my_certificates")).content.decode()

    assert (_renew_form(module) in html) is offered
    assert ("Renew now<span" in html) is offered


def test_training_that_never_expires_and_revoked_certificates_offer_no_renewal(
    client, learner, module, masters_module, council_officer, issue
):
    from credentials.services import certificate_revoke

    issue(learner, masters_module)
    revoked = issue(learner, module, completed_at=timezone.now() - timedelta(days=800))
    certificate_revoke(certificate=revoked, reason="Wrong person.", by=council_officer)
    client.force_login(learner)

    html = client.get(reverse("credentials:my_certificates")).content.decode()

    assert "/renew/" not in html


def test_the_transcript_downloads_as_pdf(client, learner, rendered):
    client.force_login(learner)
    response = client.get(reverse("credentials:transcript_pdf"))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_an_officer_records_prior_learning_with_evidence(
    client, council_officer, learner, reauthenticate
):
    client.force_login(council_officer)
    reauthenticate(client)
    response = client.post(
        reverse("credentials:prior_learning"),
        {
            "learner_email": "LEARNER@example.org",
            "description": "PG Cert in Education, University of Leicester",
            "awarded_on": "2024-07-01",
            "cpd_hours": "0",
            "academic_credits": "60",
            "fheq_level": "7",
            "evidence": SimpleUploadedFile("transcript.pdf", b"%PDF-1.4 evidence"),
        },
    )
    assert response.status_code == 302
    entry = CreditEntry.objects.get(learner=learner)
    assert (entry.source, entry.academic_credits, entry.fheq_level) == ("prior_learning", 60, 7)
    assert entry.recorded_by == council_officer
    assert "transcript" not in entry.evidence.name
    evidence = client.get(reverse("credentials:credit_evidence", args=[entry.pk]))
    assert b"".join(evidence.streaming_content) == b"%PDF-1.4 evidence"


def test_prior_learning_with_bad_input_says_what_to_do_and_changes_nothing(
    client, council_officer, learner, reauthenticate
):
    client.force_login(council_officer)
    reauthenticate(client)
    response = client.post(
        reverse("credentials:prior_learning"),
        {
            "learner_email": "nobody@example.org",
            "description": "Something",
            "awarded_on": "2099-01-01",
            "cpd_hours": "0",
            "academic_credits": "20",
            "fheq_level": "",
            "evidence": SimpleUploadedFile("virus.exe", b"MZ"),
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "No one has an account with this e-mail address" in html
    assert "The date completed must be today or in the past." in html
    assert "The evidence must be a PDF, JPG, PNG, DOCX or ODT file." in html
    assert not CreditEntry.objects.exists()


@pytest.mark.parametrize(
    "url_name", ["credentials:prior_learning", "credentials:officer_certificates"]
)
def test_officer_pages_are_hidden_from_learners(client, learner, url_name):
    client.force_login(learner)
    assert client.get(reverse(url_name)).status_code == 404


def test_an_officer_finds_and_revokes_a_certificate_with_a_reason(
    client, council_officer, learner, module, issue, reauthenticate
):
    certificate = issue(learner, module)
    client.force_login(council_officer)
    reauthenticate(client)
    found = client.get(reverse("credentials:officer_certificates"), {"q": certificate.code_display})
    assert certificate.learner_name in found.content.decode()
    url = reverse("credentials:certificate_revoke", args=[certificate.pk])
    empty = client.post(url, {"reason": "  "})
    assert "Enter the reason for revoking this certificate." in empty.content.decode()
    assert Certificate.objects.get().status == "valid"
    response = client.post(url, {"reason": "The completion was recorded in error."}, follow=True)
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoked_by == council_officer
    assert "Revoked by Olivia Officer" in response.content.decode()


def test_a_learner_cannot_revoke(client, learner, module, issue):
    certificate = issue(learner, module)
    client.force_login(learner)
    url = reverse("credentials:certificate_revoke", args=[certificate.pk])
    assert client.post(url, {"reason": "I want to"}).status_code == 404
    assert Certificate.objects.get().status == "valid"


def test_the_dashboard_panel_shows_hours_and_credits(rf, learner, masters_module, issue):
    from credentials.panels import my_credits_panel

    issue(learner, masters_module)
    request = rf.get("/")
    request.user = learner
    html = my_credits_panel(request)
    assert "CPD hours, all years" in html
    assert "150" in html
    assert "15 of 180 at level 7" in html


def test_revoking_asks_for_the_password_again_then_carries_on(
    client, council_officer, learner, module, issue
):
    certificate = issue(learner, module)
    client.force_login(council_officer)
    url = reverse("credentials:certificate_revoke", args=[certificate.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "Issued to the wrong person by mistake."})
    assert response.url.startswith(reverse("account_reauthenticate"))
    certificate.refresh_from_db()
    assert certificate.status != "revoked"

    client.post(response.url, {"password": "not-the-password"})
    certificate.refresh_from_db()
    assert certificate.status != "revoked"
    client.post(response.url, {"password": PASSWORD})
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
