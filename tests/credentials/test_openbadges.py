import base64
import json

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from credentials import openbadges


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def independent_verify(token: str, jwks: dict) -> dict:
    """A verifier that knows only the published key set and the JWS rules (RFC 7515, 8037)."""
    header_part, payload_part, signature_part = token.split(".")
    header = json.loads(_b64decode(header_part))
    assert header["alg"] == "EdDSA"
    (jwk,) = [key for key in jwks["keys"] if key["kid"] == header["kid"]]
    assert (jwk["kty"], jwk["crv"]) == ("OKP", "Ed25519")
    public_key = Ed25519PublicKey.from_public_bytes(_b64decode(jwk["x"]))
    public_key.verify(_b64decode(signature_part), f"{header_part}.{payload_part}".encode())
    return json.loads(_b64decode(payload_part))


@pytest.fixture
def token_and_jwks(client, learner, masters_module, issue):
    certificate = issue(learner, masters_module)
    client.force_login(learner)
    token = client.get(
        reverse("credentials:certificate_credential", args=[certificate.pk, "jwt"])
    ).content.decode()
    jwks = client.get(reverse("credentials:jwks")).json()
    return certificate, token, jwks


def test_the_signed_credential_verifies_with_only_the_published_key(client, token_and_jwks):
    certificate, token, jwks = token_and_jwks
    claims = independent_verify(token, jwks)
    assert claims["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["id"] == claims["jti"] == f"urn:uuid:{certificate.pk}"
    assert claims["iss"] == claims["issuer"]["id"] == "http://testserver/credentials/issuer.json"
    subject = claims["credentialSubject"]
    assert subject["achievement"]["name"] == "Leading curriculum change"
    assert subject["creditsEarned"] == 15
    assert claims["credentialStatus"]["type"] == "1EdTechRevocationList"
    issuer = client.get(reverse("credentials:issuer")).json()
    assert issuer["type"] == ["Profile"]
    assert issuer["id"] == claims["iss"]


def test_a_third_party_jose_library_verifies_the_credential_from_the_published_key_set(
    client, token_and_jwks
):
    """PyJWT shares no code with our signer: it reads the JWKS and checks the EdDSA signature."""
    import jwt

    certificate, token, _ = token_and_jwks
    jwks = client.get(reverse("credentials:jwks")).json()
    header = jwt.get_unverified_header(token)
    key = jwt.PyJWKSet.from_dict(jwks)[header["kid"]]

    claims = jwt.decode(token, key=key, algorithms=["EdDSA"], options={"verify_aud": False})

    assert claims["jti"] == f"urn:uuid:{certificate.pk}"
    assert claims["credentialSubject"]["achievement"]["name"] == "Leading curriculum change"
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(tampered, key=key, algorithms=["EdDSA"], options={"verify_aud": False})


@pytest.mark.parametrize(
    "change",
    [
        lambda claims: claims.update(name="Something else"),
        lambda claims: claims["credentialSubject"].update(creditsEarned=60.0),
        lambda claims: claims["credentialSubject"]["identifier"][1].update(identityHash="Mallory"),
        lambda claims: claims.update(validFrom="2020-01-01T00:00:00Z"),
    ],
)
def test_changing_any_field_breaks_the_signature(token_and_jwks, change):
    _certificate, token, jwks = token_and_jwks
    header_part, payload_part, signature_part = token.split(".")
    claims = json.loads(_b64decode(payload_part))
    change(claims)
    forged = f"{header_part}.{_b64encode(json.dumps(claims).encode())}.{signature_part}"
    with pytest.raises(InvalidSignature):
        independent_verify(forged, jwks)


def test_a_signature_from_another_key_fails(token_and_jwks, settings):
    _certificate, token, jwks = token_and_jwks
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other = Ed25519PrivateKey.generate()
    header_part, payload_part, _signature = token.split(".")
    forged_signature = _b64encode(other.sign(f"{header_part}.{payload_part}".encode()))
    with pytest.raises(InvalidSignature):
        independent_verify(f"{header_part}.{payload_part}.{forged_signature}", jwks)


def test_revocation_shows_in_the_revocation_list(client, learner, module, council_officer, issue):
    from credentials.services import certificate_revoke

    certificate = issue(learner, module)
    status_url = openbadges.credential_build(certificate=certificate)["credentialStatus"]["id"]
    assert client.get(status_url).json()["revokedCredentials"] == []
    certificate_revoke(certificate=certificate, reason="Issued in error.", by=council_officer)
    revoked = client.get(status_url).json()["revokedCredentials"]
    assert revoked == [
        {
            "id": f"urn:uuid:{certificate.pk}",
            "revoked": True,
            "revocationReason": "Issued in error.",
        }
    ]


def test_without_a_key_production_refuses_to_sign_with_a_clear_error(settings):
    settings.ACADEMY_SIGNING_KEY = None
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured, match="ACADEMY_SIGNING_KEY"):
        openbadges.signing_key()


def test_a_raw_base64_key_is_accepted(settings, signing_key_pem):
    from cryptography.hazmat.primitives import serialization

    key = openbadges._key_from_text(signing_key_pem)
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    settings.ACADEMY_SIGNING_KEY = base64.b64encode(raw).decode()
    assert openbadges.public_jwks() == openbadges.public_jwks()
    assert (
        openbadges.signing_key().public_key().public_bytes_raw()
        == key.public_key().public_bytes_raw()
    )


def test_the_deploy_check_refuses_a_missing_key(settings, monkeypatch):
    from credentials.checks import signing_key_check

    monkeypatch.delenv("ACADEMY_SIGNING_KEY", raising=False)
    settings.ACADEMY_SIGNING_KEY = None
    assert [error.id for error in signing_key_check(None)] == ["credentials.E001"]
    settings.ACADEMY_SIGNING_KEY = "-----BEGIN PRIVATE KEY-----"
    assert signing_key_check(None) == []
