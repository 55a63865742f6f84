"""Baked badges (OB 3.0, 5.3), read back with other software than ours: Pillow for the PNG's
iTXt chunk, ElementTree for the SVG; the credential inside verifies on its own. And the
"Add to LinkedIn profile" link and the name-on-credentials choice on My certificates."""

import json
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from PIL import Image

from accounts.consent import consent_has
from accounts.models import ConsentPurpose
from credentials import openbadges
from tests.credentials.independent import ob_schema_errors, verify_with_issuer_keys


@pytest.fixture
def certificate(client, learner, masters_module, issue):
    client.force_login(learner)
    return issue(learner, masters_module)


def test_the_baked_png_carries_the_credential_that_verifies(client, certificate):
    import io

    response = client.get(reverse("credentials:certificate_badge", args=[certificate.pk, "png"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "attachment" in response["Content-Disposition"]
    image = Image.open(io.BytesIO(response.content))
    image.load()
    assert image.size == (512, 512)
    credential = json.loads(image.text["openbadgecredential"])
    assert response.content.count(b"iTXt" + b"openbadgecredential\0\0\0") == 1  # uncompressed
    assert credential["id"] == f"urn:uuid:{certificate.pk}"
    assert ob_schema_errors(credential) == []
    verify_with_issuer_keys(client, credential)


def test_baking_twice_replaces_the_credential():
    png = openbadges.badge_png("A module", "Module")
    once = openbadges.bake_png(png, {"id": "urn:uuid:1"})
    twice = openbadges.bake_png(once, {"id": "urn:uuid:2"})
    assert twice.count(b"openbadgecredential") == 1
    assert b"urn:uuid:2" in twice


def test_the_baked_svg_carries_the_credential_that_verifies(client, certificate):
    response = client.get(reverse("credentials:certificate_badge", args=[certificate.pk, "svg"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    first = root[0]
    assert first.tag == "{https://purl.imsglobal.org/ob/v3p0}credential"
    assert "verify" not in first.attrib
    credential = json.loads(first.text)
    assert ob_schema_errors(credential) == []
    verify_with_issuer_keys(client, credential)


def test_a_title_with_markup_stays_text_in_the_svg():
    svg = openbadges.bake_svg(
        openbadges.badge_svg("Maths <script>alert(1)</script> & more", "Module"),
        {"name": "]]> <b>"},
    )
    root = ET.fromstring(svg)
    assert json.loads(root[0].text) == {"name": "]]> <b>"}
    assert "<script>" not in svg


def test_my_certificates_offers_badges_linkedin_and_the_clr(client, certificate):
    html = client.get(reverse("credentials:my_certificates")).content.decode()
    for format in ("png", "svg"):
        assert reverse("credentials:certificate_badge", args=[certificate.pk, format]) in html
    assert reverse("credentials:transcript_clr", args=["json"]) in html
    (link,) = [
        part.split('"')[0]
        for part in html.split('href="')[1:]
        if part.startswith("https://www.linkedin.com/profile/add")
    ]
    query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
    issued = certificate.issued_at
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["name"] == ["Leading curriculum change"]
    assert query["organizationName"] == ["Northamptonshire Leadership and Governance Academy"]
    assert query["issueYear"] == [str(issued.year)]
    assert query["issueMonth"] == [str(issued.month)]
    assert query["certUrl"] == [f"http://testserver/verify/{certificate.code}/"]
    assert query["certId"] == [certificate.code_display]


def test_the_learner_gives_and_withdraws_consent_to_their_name(client, learner, certificate):
    url = reverse("credentials:name_on_credentials")
    page = client.get(reverse("credentials:my_certificates")).content.decode()
    assert "Your name is not on your badges" in page
    response = client.post(url, {"choice": "give"}, follow=True)
    assert consent_has(learner, ConsentPurpose.NAME_ON_CREDENTIALS)
    assert "Your name is on your badges" in response.content.decode()
    subject = openbadges.credential_build(certificate=certificate)["credentialSubject"]
    assert any(i["identityType"] == "name" for i in subject["identifier"])
    client.post(url, {"choice": "withdraw"})
    assert not consent_has(learner, ConsentPurpose.NAME_ON_CREDENTIALS)


def test_the_verification_page_shows_the_badge(client, certificate):
    html = client.get(reverse("credentials:verify_detail", args=[certificate.code])).content
    badge = reverse("credentials:badge_image", args=[certificate.page_id])
    assert f'src="{badge}"'.encode() in html
    assert b'alt="Badge: Leading curriculum change"' in html


def test_a_page_nobody_holds_has_no_public_badge(client, module):
    assert client.get(reverse("credentials:badge_image", args=[module.pk])).status_code == 404
