"""The issue's proof: the demo's own certificates, downloaded as the demo teacher would, pass
the official schemas and every independent check; the revoked one is revoked both ways; the
teacher gets a baked badge and a CLR transcript."""

import base64
import io
import json
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from accounts.models import User
from credentials.models import Certificate
from tests.credentials.independent import (
    ob_schema_errors,
    schema_errors,
    verify_with_issuer_keys,
)
from tests.credentials.test_status_lists import _revoked_ids, _status_bit


@pytest.mark.django_db
def test_the_demo_teachers_credentials_verify_everywhere(
    client, django_capture_on_commit_callbacks
):
    from joserfc import jwt as joserfc_jwt
    from joserfc.jwk import KeySet
    from jwcrypto import jwk, jws

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=io.StringIO())
    teacher = User.objects.get(email="teacher@academy.example")
    client.force_login(teacher)
    masters = Certificate.objects.get(
        learner=teacher, page__slug="ma-research-methods", status=Certificate.Status.VALID
    )

    def download(name, *args):
        response = client.get(reverse(name, args=args))
        assert response.status_code == 200, (name, args, response.status_code)
        return response.content

    signed = json.loads(download("credentials:certificate_credential", masters.pk, "json"))
    assert ob_schema_errors(signed) == []
    verify_with_issuer_keys(client, signed)
    assert signed["credentialSubject"]["achievement"]["alignment"][0]["targetCode"] == "7"

    token = download("credentials:certificate_credential", masters.pk, "jwt").decode()
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    verifier = jws.JWS()
    verifier.deserialize(token)
    verifier.verify(jwk.JWK(**client.get(urlsplit(header["kid"]).path).json()), alg="ES256")
    claims = joserfc_jwt.decode(
        token, KeySet.import_key_set(client.get(reverse("credentials:jwks")).json())
    ).claims
    assert claims["sub"] == claims["credentialSubject"]["id"] == signed["credentialSubject"]["id"]

    badge = Image.open(io.BytesIO(download("credentials:certificate_badge", masters.pk, "png")))
    badge.load()
    verify_with_issuer_keys(client, json.loads(badge.text["openbadgecredential"]))

    clr = json.loads(download("credentials:transcript_clr", "json"))
    assert schema_errors(clr, "clr_v2p0_clrcredential_schema.json") == []
    verify_with_issuer_keys(client, clr)
    assert len(clr["credentialSubject"]["verifiableCredential"]) >= 3
    assert "recognised prior learning" in clr["description"]

    revoked = Certificate.objects.get(learner=teacher, status=Certificate.Status.REVOKED)
    from credentials import openbadges

    entry = openbadges.credential_build(certificate=revoked)["credentialStatus"]
    assert _status_bit(client, entry) == 1
    assert _status_bit(client, signed["credentialStatus"]) == 0
    assert f"urn:uuid:{revoked.pk}" in _revoked_ids(client)
    assert f"urn:uuid:{masters.pk}" not in _revoked_ids(client)
    response = client.get(reverse("credentials:certificate_credential", args=[revoked.pk, "json"]))
    assert response.status_code == 410
