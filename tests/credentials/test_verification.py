from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from credentials.codes import check_character, code_display
from credentials.services import certificate_revoke
from credentials.views.verification import MISS_LIMIT


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


def _page(client, code):
    return client.get(reverse("credentials:verify_detail", args=[code]))


def test_a_valid_certificate_shows_every_fact_in_plain_words(
    client, learner, masters_module, issue
):
    certificate = issue(learner, masters_module)
    response = _page(client, certificate.code)
    html = response.content.decode()
    assert response.status_code == 200
    for fact in (
        "This certificate is valid",
        "Lee Learner",
        "Leading curriculum change",
        masters_module.get_parent().title,
        "15 at FHEQ level 7",
        "Does not expire",
        certificate.code_display,
    ):
        assert fact in html
    data = client.get(reverse("credentials:verify_json", args=[certificate.code])).json()
    assert data["status"] == "valid"
    assert data["holder"] == "Lee Learner"
    assert data["academic_credits"] == 15
    assert data["cpd_hours"] == 150.0
    assert "email" not in str(data)


def test_an_expired_certificate_says_so_with_its_date(client, learner, module, issue):
    certificate = issue(learner, module, completed_at=timezone.now() - timedelta(days=800))
    html = _page(client, certificate.code).content.decode()
    assert "This certificate has expired" in html
    assert certificate.expires_on.strftime("%B %Y") in html
    assert (
        client.get(reverse("credentials:verify_json", args=[certificate.code])).json()["status"]
        == "expired"
    )


def test_a_revoked_certificate_says_so_with_the_reason(
    client, learner, module, council_officer, issue
):
    certificate = issue(learner, module)
    certificate_revoke(
        certificate=certificate, reason="Issued to the wrong person.", by=council_officer
    )
    html = _page(client, certificate.code).content.decode()
    assert "This certificate has been revoked" in html
    assert "Issued to the wrong person." in html
    data = client.get(reverse("credentials:verify_json", args=[certificate.code])).json()
    assert (data["status"], data["revoked_reason"]) == ("revoked", "Issued to the wrong person.")


def test_a_superseded_certificate_points_to_the_renewal(client, learner, module, issue):
    old = issue(learner, module, completed_at=timezone.now() - timedelta(days=700))
    issue(learner, module)
    html = _page(client, old.code).content.decode()
    assert "replaced by a renewal" in html
    assert "Ask the holder for their latest certificate" in html


def test_an_unknown_code_is_not_found_and_reveals_nothing(client, learner, module, issue):
    issue(learner, module)
    unknown = "ABCD2345" + check_character("ABCD2345")
    response = _page(client, unknown)
    assert response.status_code == 404
    html = response.content.decode()
    assert "No certificate has this code" in html
    assert "Lee Learner" not in html
    assert "Safeguarding" not in html
    json_response = client.get(reverse("credentials:verify_json", args=[unknown]))
    assert json_response.status_code == 404
    assert json_response.json() == {"error": "No certificate has this code."}


def test_the_form_forgives_case_spaces_and_hyphens(client, learner, module, issue):
    certificate = issue(learner, module)
    typed = " " + code_display(certificate.code).lower().replace("-", " - ") + " "
    response = client.get(reverse("credentials:verify_form"), {"code": typed})
    assert response.status_code == 302
    assert response.url == reverse("credentials:verify_detail", args=[certificate.code])


def test_the_form_catches_a_typo_with_a_helpful_message(client, learner, module, issue):
    certificate = issue(learner, module)
    position = 3
    replacement = "2" if certificate.code[position] != "2" else "3"
    typo = certificate.code[:position] + replacement + certificate.code[position + 1 :]
    response = client.get(reverse("credentials:verify_form"), {"code": typo})
    assert response.status_code == 200
    assert "This code contains a mistake" in response.content.decode()
    short = client.get(reverse("credentials:verify_form"), {"code": "ABC"}).content.decode()
    assert "Enter all 9 characters of the code: you entered 3." in short


def test_a_hyphenated_code_in_the_url_redirects_to_the_canonical_page(
    client, learner, module, issue
):
    certificate = issue(learner, module)
    response = _page(client, certificate.code_display.lower())
    assert response.status_code == 302
    assert response.url == reverse("credentials:verify_detail", args=[certificate.code])


def test_too_many_unknown_codes_from_one_address_are_refused(client, learner, module, issue):
    certificate = issue(learner, module)
    for number in range(MISS_LIMIT):
        assert _page(client, f"NOPE{number:05d}").status_code == 404
    blocked = _page(client, certificate.code)
    assert blocked.status_code == 429
    assert "Wait 10 minutes" in blocked.content.decode()
    assert (
        client.get(reverse("credentials:verify_json", args=[certificate.code])).status_code == 429
    )
    other_address = client.get(
        reverse("credentials:verify_detail", args=[certificate.code]), REMOTE_ADDR="10.0.0.9"
    )
    assert other_address.status_code == 200


def test_behind_a_proxy_each_client_has_its_own_limit(client, settings, learner, module, issue):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    certificate = issue(learner, module)
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for number in range(MISS_LIMIT):
        assert _page_from(client, f"NOPE{number:05d}", "203.0.113.7", **proxy).status_code == 404
    assert _page_from(client, certificate.code, "203.0.113.7", **proxy).status_code == 429
    assert _page_from(client, certificate.code, "198.51.100.4", **proxy).status_code == 200


def test_without_a_trusted_proxy_a_forged_forwarded_for_does_not_escape_the_limit(
    client, learner, module, issue
):
    certificate = issue(learner, module)
    for number in range(MISS_LIMIT):
        assert _page_from(client, f"NOPE{number:05d}", f"192.0.2.{number}").status_code == 404
    assert _page_from(client, certificate.code, "192.0.2.250").status_code == 429


def _page_from(client, code, forwarded_for, **extra):
    return client.get(
        reverse("credentials:verify_detail", args=[code]),
        headers={"x-forwarded-for": forwarded_for},
        **extra,
    )


def test_found_codes_do_not_count_towards_the_limit(client, learner, module, issue):
    certificate = issue(learner, module)
    for _ in range(MISS_LIMIT + 5):
        assert _page(client, certificate.code).status_code == 200


def test_the_verification_page_makes_few_queries(
    client, learner, module, issue, django_assert_max_num_queries
):
    certificate = issue(learner, module)
    with django_assert_max_num_queries(4):
        response = _page(client, certificate.code)
    assert response.status_code == 200
    assert certificate.title in response.content.decode()
