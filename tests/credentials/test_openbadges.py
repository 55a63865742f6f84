"""The Open Badges 3.0 credential, checked as verifiers that share no code with ours would:
the official schemas, three JOSE libraries for the VC-JWT, an independent Data Integrity
verifier for the embedded proof, and every tampered field refused."""

import base64
import copy
import json
from urllib.parse import urlsplit

import pytest
from cryptography.exceptions import InvalidSignature
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from accounts.consent import consent_give
from accounts.models import ConsentPurpose
from credentials import openbadges
from tests.credentials.independent import (
    ob_schema_errors,
    resolve_verification_method,
    unsigned_fields,
    verify_data_integrity,
    verify_with_issuer_keys,
)


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _header(token: str) -> dict:
    return json.loads(_b64decode(token.split(".")[0]))


def _payload(token: str) -> dict:
    return json.loads(_b64decode(token.split(".")[1]))


def _kid_jwk(client, token: str) -> dict:
    """Dereference the header's kid: a URL on this site that answers one JWK."""
    response = client.get(urlsplit(_header(token)["kid"]).path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/jwk+json"
    return response.json()


@pytest.fixture
def downloads(client, learner, masters_module, issue):
    certificate = issue(learner, masters_module)
    client.force_login(learner)

    def get(format):
        response = client.get(
            reverse("credentials:certificate_credential", args=[certificate.pk, format])
        )
        assert response.status_code == 200
        return response

    token = get("jwt").content.decode()
    signed = json.loads(get("json").content)
    return certificate, token, signed


def test_the_credential_passes_both_official_schemas(downloads):
    _certificate, token, signed = downloads
    assert ob_schema_errors(signed) == []
    assert ob_schema_errors(_payload(token)) == []


def test_the_jwt_follows_the_vc_jwt_rules(client, downloads, learner):
    certificate, token, signed = downloads
    header, claims = _header(token), _payload(token)
    assert header["alg"] == "ES256"
    assert header["typ"] == "JWT"
    jwk = _kid_jwk(client, token)
    assert (jwk["kty"], jwk["crv"], jwk["alg"]) == ("EC", "P-256", "ES256")
    assert "d" not in jwk
    assert jwk in client.get(reverse("credentials:jwks")).json()["keys"]
    subject_id = claims["credentialSubject"]["id"]
    assert claims["sub"] == subject_id == learner.credential_holder.subject_urn
    assert subject_id.startswith("urn:uuid:")
    assert claims["iss"] == claims["issuer"]["id"] == "http://testserver/credentials/issuer.json"
    assert claims["jti"] == claims["id"] == f"urn:uuid:{certificate.pk}"
    assert claims["nbf"] == int(certificate.issued_at.timestamp())
    assert {key: value for key, value in claims.items() if key in signed} == signed


def test_jwcrypto_verifies_the_jwt_from_the_kid_alone(client, downloads):
    from jwcrypto import jwk, jws

    _certificate, token, _signed = downloads
    key = jwk.JWK(**_kid_jwk(client, token))
    verifier = jws.JWS()
    verifier.deserialize(token)
    verifier.verify(key, alg="ES256")
    assert json.loads(verifier.payload)["name"] == "Leading curriculum change"


def test_joserfc_verifies_the_jwt_from_the_published_key_set(client, downloads):
    from joserfc import jwt
    from joserfc.jwk import KeySet

    _certificate, token, _signed = downloads
    key_set = KeySet.import_key_set(client.get(reverse("credentials:jwks")).json())
    decoded = jwt.decode(token, key_set, algorithms=["ES256"])
    assert decoded.claims["credentialSubject"]["creditsEarned"] == 15


def test_pyjwt_verifies_the_jwt_and_refuses_a_broken_signature(client, downloads):
    import jwt

    _certificate, token, _signed = downloads
    key = jwt.PyJWK.from_dict(_kid_jwk(client, token))
    claims = jwt.decode(token, key=key, algorithms=["ES256"], options={"verify_aud": False})
    assert claims["jti"].startswith("urn:uuid:")
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(tampered, key=key, algorithms=["ES256"], options={"verify_aud": False})


def test_the_json_download_verifies_on_its_own(client, downloads):
    """Its proof names the issuer's key; the independent verifier dereferences and checks it."""
    _certificate, _token, signed = downloads
    verify_with_issuer_keys(client, signed)
    assert signed["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"
    # the proof inside the JWT payload is the same proof
    verify_with_issuer_keys(client, {k: v for k, v in _payload(_token).items() if k in signed})


TAMPERING = {
    "name": lambda c: c.update(name="Something else"),
    "credits": lambda c: c["credentialSubject"].update(creditsEarned=60.0),
    "holder": lambda c: c["credentialSubject"].update(
        id="urn:uuid:00000000-0000-4000-8000-000000000000"
    ),
    "identifier": lambda c: c["credentialSubject"]["identifier"][0].update(
        identityHash="sha256$00"
    ),
    "valid from": lambda c: c.update(validFrom="2020-01-01T00:00:00Z"),
    "cpd hours": lambda c: c["credentialSubject"]["result"][0].update(value="900"),
    "fheq level": lambda c: c["credentialSubject"]["achievement"]["alignment"][0].update(
        targetCode="8"
    ),
    "status index": lambda c: c["credentialStatus"].update(statusListIndex="99"),
    "issuer": lambda c: c["issuer"].update(name="Another Academy"),
    "evidence": lambda c: c["evidence"][0].update(id="https://evil.example/"),
    "added name": lambda c: c["credentialSubject"]["identifier"].append(
        {
            "type": "IdentityObject",
            "identityHash": "Mallory",
            "identityType": "name",
            "hashed": False,
        }
    ),
}


@pytest.mark.parametrize("field", TAMPERING)
def test_the_embedded_proof_refuses_each_tampered_field(client, downloads, field):
    _certificate, _token, signed = downloads
    key = resolve_verification_method(client, signed["proof"][0]["verificationMethod"])
    forged = copy.deepcopy(signed)
    TAMPERING[field](forged)
    with pytest.raises(InvalidSignature):
        verify_data_integrity(forged, key)


@pytest.mark.parametrize("field", TAMPERING)
def test_the_jwt_refuses_each_tampered_field(client, downloads, field):
    from jwcrypto import jwk, jws

    _certificate, token, _signed = downloads
    header_part, payload_part, signature_part = token.split(".")
    claims = json.loads(_b64decode(payload_part))
    TAMPERING[field](claims)
    forged = f"{header_part}.{_b64encode(json.dumps(claims).encode())}.{signature_part}"
    verifier = jws.JWS()
    verifier.deserialize(forged)
    with pytest.raises(jws.InvalidJWSSignature):
        verifier.verify(jwk.JWK(**_kid_jwk(client, token)), alg="ES256")


def test_a_proof_from_another_key_fails(client, downloads):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _certificate, _token, signed = downloads
    with pytest.raises(InvalidSignature):
        verify_data_integrity(signed, Ed25519PrivateKey.generate().public_key())


def test_it_carries_what_a_university_or_employer_needs(client, downloads):
    _certificate, _token, signed = downloads
    assert signed["credentialSchema"] == [
        {
            "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
            "type": "1EdTechJsonSchemaValidator2019",
        }
    ]
    subject = signed["credentialSubject"]
    achievement = subject["achievement"]
    (description,) = achievement["resultDescription"]
    assert description["name"] == "CPD hours"
    assert subject["result"] == [
        {"type": ["Result"], "resultDescription": description["id"], "value": "150"}
    ]
    (alignment,) = achievement["alignment"]
    assert alignment["targetCode"] == "7"
    assert alignment["targetName"].startswith("FHEQ level 7")
    assert alignment["targetUrl"].startswith("https://")
    assert signed["evidence"][0]["id"] == f"http://testserver/verify/{_certificate.code}/"
    for image in (achievement["image"], signed["issuer"]["image"]):
        response = client.get(urlsplit(image["id"]).path)
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response.content.startswith(b"\x89PNG")


def test_the_learner_id_is_opaque_and_stable(client, learner, module, masters_module, issue):
    first, second = issue(learner, module), issue(learner, masters_module)
    ids = {
        openbadges.credential_build(certificate=c)["credentialSubject"]["id"]
        for c in (first, second)
    }
    (subject_id,) = ids
    assert learner.email not in subject_id
    assert str(learner.pk) != subject_id.rsplit(":", 1)[-1]


def test_the_name_is_in_the_credential_only_with_consent(learner, module, issue):
    certificate = issue(learner, module)

    def name_identifiers():
        subject = openbadges.credential_build(certificate=certificate)["credentialSubject"]
        return [i for i in subject["identifier"] if i["identityType"] == "name"]

    assert name_identifiers() == []
    (hashed,) = openbadges.credential_build(certificate=certificate)["credentialSubject"][
        "identifier"
    ]
    assert hashed["hashed"] is True
    assert learner.email not in json.dumps(openbadges.credential_build(certificate=certificate))
    consent_give(learner, ConsentPurpose.NAME_ON_CREDENTIALS)
    assert name_identifiers() == [
        {
            "type": "IdentityObject",
            "identityHash": certificate.learner_name,
            "identityType": "name",
            "hashed": False,
        }
    ]


def test_did_web_is_the_issuer_on_an_https_domain(client, learner, module, issue, settings):
    assert client.get("/.well-known/did.json").status_code == 404
    settings.ACADEMY_ISSUER_DID_WEB = True
    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.org"
    certificate = issue(learner, module)
    signed = openbadges.credential_signed(certificate=certificate)
    assert signed["issuer"]["id"] == "did:web:academy.example.org"
    document = client.get("/.well-known/did.json").json()
    assert document["id"] == "did:web:academy.example.org"
    assert signed["proof"][0]["verificationMethod"] in document["assertionMethod"]
    verify_with_issuer_keys(client, signed)
    jwks = client.get(reverse("credentials:jwks")).json()["keys"]
    published = {vm.get("publicKeyJwk", {}).get("x") for vm in document["verificationMethod"]}
    assert {key["x"] for key in jwks if key["kty"] == "EC"} <= published


def test_did_web_is_not_used_without_https_on_its_own_domain(settings):
    settings.ACADEMY_ISSUER_DID_WEB = True
    settings.WAGTAILADMIN_BASE_URL = "http://academy.example.org"
    assert openbadges.did_web() is None
    settings.WAGTAILADMIN_BASE_URL = "https://example.org/academy"
    assert openbadges.did_web() is None
    assert openbadges.issuer_id() == "https://example.org/academy/credentials/issuer.json"


def test_an_unknown_key_is_not_found(client, db):
    assert client.get("/credentials/keys/not-a-key.json").status_code == 404


def test_without_a_key_production_refuses_to_sign_with_a_clear_error(settings):
    settings.DEBUG = False
    settings.ACADEMY_SIGNING_KEY = None
    with pytest.raises(ImproperlyConfigured, match="ACADEMY_SIGNING_KEY"):
        openbadges.signing_key()
    settings.ACADEMY_JWT_SIGNING_KEY = None
    with pytest.raises(ImproperlyConfigured, match="ACADEMY_JWT_SIGNING_KEY"):
        openbadges.jwt_signing_key()


def test_an_ed25519_key_is_refused_for_the_jwt(settings, signing_key_pem):
    settings.ACADEMY_JWT_SIGNING_KEY = signing_key_pem
    with pytest.raises(ImproperlyConfigured, match="P-256"):
        openbadges.jwt_signing_key()


def test_a_raw_base64_key_is_accepted(settings, signing_key_pem):
    from cryptography.hazmat.primitives import serialization

    key = openbadges._key_from_text(signing_key_pem)
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    settings.ACADEMY_SIGNING_KEY = base64.b64encode(raw).decode()
    assert (
        openbadges.signing_key().public_key().public_bytes_raw()
        == key.public_key().public_bytes_raw()
    )


def test_the_deploy_check_refuses_missing_keys(settings, monkeypatch):
    from credentials.checks import signing_key_check

    monkeypatch.delenv("ACADEMY_SIGNING_KEY", raising=False)
    monkeypatch.delenv("ACADEMY_JWT_SIGNING_KEY", raising=False)
    settings.ACADEMY_SIGNING_KEY = None
    settings.ACADEMY_JWT_SIGNING_KEY = None
    assert [error.id for error in signing_key_check(None)] == [
        "credentials.E001",
        "credentials.E002",
    ]
    settings.ACADEMY_SIGNING_KEY = "-----BEGIN PRIVATE KEY-----"
    settings.ACADEMY_JWT_SIGNING_KEY = "-----BEGIN PRIVATE KEY-----"
    assert signing_key_check(None) == []


def test_every_field_of_the_credential_is_covered_by_the_proof(client, downloads):
    """A field the JSON-LD contexts do not define would be dropped from the canonical form and
    left unsigned: change each value in turn, and each change must break the proof."""
    _certificate, _token, signed = downloads
    key = resolve_verification_method(client, signed["proof"][0]["verificationMethod"])
    assert unsigned_fields(signed, key) == []


def test_each_published_key_has_its_own_url_and_old_eddsa_tokens_still_find_theirs(client, db):
    from jwcrypto import jwk

    keys = client.get(reverse("credentials:jwks")).json()["keys"]
    by_alg = {key["alg"]: key for key in keys}
    assert set(by_alg) == {"ES256", "EdDSA"}
    # the kid earlier EdDSA VC-JWTs carry: the key set's URL and the RFC 7638 thumbprint
    ed = by_alg["EdDSA"]
    thumbprint = jwk.JWK(**ed).thumbprint()
    assert ed["kid"] == f"http://testserver/credentials/jwks.json#{thumbprint}"
    for key in keys:
        single = client.get(f"/credentials/keys/{jwk.JWK(**key).thumbprint()}.json").json()
        assert {k: single[k] for k in ("kty", "crv", "x")} == {
            k: key[k] for k in ("kty", "crv", "x")
        }
        assert "d" not in single
