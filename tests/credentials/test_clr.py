"""The learner's record as a CLR 2.0 ClrCredential: the official schema, an independent check of
its proof and of every credential inside it, and the ES256 JWT."""

import base64
import json
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import timezone

from credentials.services import certificate_revoke, prior_learning_record
from tests.credentials.independent import (
    ob_schema_errors,
    schema_errors,
    verify_with_issuer_keys,
)


def _payload(token: str) -> dict:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def test_the_clr_holds_the_whole_record_and_verifies(
    client, learner, module, masters_module, council_officer, issue
):
    kept, gone = issue(learner, masters_module), issue(learner, module)
    certificate_revoke(certificate=gone, reason="Issued in error.", by=council_officer)
    prior_learning_record(
        learner=learner,
        description="PG Cert modules at another university",
        awarded_on=timezone.localdate(),
        cpd_hours=0,
        academic_credits=30,
        fheq_level=7,
        evidence=None,
        recorded_by=council_officer,
    )
    client.force_login(learner)
    response = client.get(reverse("credentials:transcript_clr", args=["json"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+ld+json"
    clr = json.loads(response.content)

    assert schema_errors(clr, "clr_v2p0_clrcredential_schema.json") == []
    verify_with_issuer_keys(client, clr)
    assert clr["type"] == ["VerifiableCredential", "ClrCredential"]
    subject = clr["credentialSubject"]
    assert subject["id"] == learner.credential_holder.subject_urn
    (inner,) = subject["verifiableCredential"]
    assert inner["id"] == f"urn:uuid:{kept.pk}"
    assert ob_schema_errors(inner) == []
    verify_with_issuer_keys(client, inner)
    assert [a["name"] for a in subject["achievement"]] == ["Leading curriculum change"]
    assert "45 at FHEQ level 7" in clr["description"]
    assert "30 credits of recognised prior learning" in clr["description"]


def test_the_clr_jwt_verifies_from_its_kid(client, learner, masters_module, issue):
    from jwcrypto import jwk, jws

    issue(learner, masters_module)
    client.force_login(learner)
    token = client.get(reverse("credentials:transcript_clr", args=["jwt"])).content.decode()
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    key = jwk.JWK(**client.get(urlsplit(header["kid"]).path).json())
    verifier = jws.JWS()
    verifier.deserialize(token)
    verifier.verify(key, alg="ES256")
    claims = _payload(token)
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert (
        schema_errors(
            {k: v for k, v in claims.items() if k not in ("iss", "jti", "sub", "nbf", "iat")},
            "clr_v2p0_clrcredential_schema.json",
        )
        == []
    )


def test_every_field_of_the_clr_outside_the_inner_credentials_is_signed(
    client, learner, masters_module, issue
):
    from tests.credentials.independent import resolve_verification_method, unsigned_fields

    issue(learner, masters_module)
    client.force_login(learner)
    clr = json.loads(client.get(reverse("credentials:transcript_clr", args=["json"])).content)
    key = resolve_verification_method(client, clr["proof"][0]["verificationMethod"])
    assert unsigned_fields(clr, key, skip="verifiableCredential") == []
