"""Open Badges 3.0: each certificate as an OpenBadgeCredential (a W3C Verifiable Credential),
signed as a VC-JWT (JWS compact, EdDSA with the Academy's Ed25519 key).

openbadgeslib exists on PyPI but is built around baking badge images from a config folder; a
VC-JWT is a few lines on `cryptography`, so we keep our own small, tested implementation."""

import base64
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from academy_site.links import site_url

from .models import Certificate
from .pdf import verification_url

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
DEV_KEY_FILE = ".signing-key.pem"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@lru_cache(maxsize=4)
def _key_from_text(text: str) -> Ed25519PrivateKey:
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(text.encode(), password=None)
    else:
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))
    if not isinstance(key, Ed25519PrivateKey):
        raise ImproperlyConfigured("ACADEMY_SIGNING_KEY must be an Ed25519 private key.")
    return key


def _dev_key_text() -> str:
    """A key kept in a gitignored file for development and the demo (DEBUG only)."""
    path = Path(settings.BASE_DIR) / DEV_KEY_FILE
    if not path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(pem)
        except FileExistsError:
            pass  # another process made it first
    return path.read_text()


def signing_key() -> Ed25519PrivateKey:
    """The Academy's key, from ACADEMY_SIGNING_KEY (PEM, or base64 of the 32 raw bytes)."""
    text = getattr(settings, "ACADEMY_SIGNING_KEY", None) or os.environ.get("ACADEMY_SIGNING_KEY")
    if not text:
        if not settings.DEBUG:
            raise ImproperlyConfigured(
                "Set ACADEMY_SIGNING_KEY to the Academy's Ed25519 private key (PEM) to sign "
                "Open Badges credentials. Generate one with: openssl genpkey -algorithm ed25519"
            )
        text = _dev_key_text()
    return _key_from_text(text)


def _public_raw() -> bytes:
    return (
        signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def key_id() -> str:
    """A URL that leads to the public key: the key set, with the RFC 7638 thumbprint."""
    members = json.dumps(
        {"crv": "Ed25519", "kty": "OKP", "x": b64url(_public_raw())},
        separators=(",", ":"),
        sort_keys=True,
    )
    thumbprint = b64url(hashlib.sha256(members.encode()).digest())
    return site_url(reverse("credentials:jwks")) + "#" + thumbprint


def public_jwks() -> dict:
    return {
        "keys": [
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": b64url(_public_raw()),
                "kid": key_id(),
                "use": "sig",
                "alg": "EdDSA",
            }
        ]
    }


def issuer_id() -> str:
    return site_url(reverse("credentials:issuer"))


def issuer_profile() -> dict:
    """The Academy as an Open Badges issuer Profile."""
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.ACADEMY_ORGANISATION,
        "url": site_url("/"),
        "description": "Training, pathways and certificates for the county's teachers, "
        "school staff, leaders and governors.",
        "email": settings.DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].rstrip(">"),
    }


def _iso(moment) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _identity_hash(certificate: Certificate) -> dict:
    salt = certificate.pk.hex[:16]
    digest = hashlib.sha256((certificate.learner.email.lower() + salt).encode()).hexdigest()
    return {
        "type": "IdentityObject",
        "identityHash": f"sha256${digest}",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }


def credential_build(*, certificate: Certificate) -> dict:
    """The certificate as an OpenBadgeCredential (unsigned JSON)."""
    achievement_url = site_url(certificate.page.url or "/") if certificate.page_id else site_url()
    is_module = certificate.kind == Certificate.Kind.MODULE
    achievement = {
        "id": achievement_url,
        "type": ["Achievement"],
        "achievementType": "Course" if is_module else "Certificate",
        "name": certificate.title,
        "description": f"{certificate.title}"
        + (f", provided by {certificate.provider_name}" if certificate.provider_name else ""),
        "criteria": {
            "narrative": "Complete every lesson of the module and pass every quiz."
            if is_module
            else "Complete every required stage of the pathway."
        },
        "creator": {"id": issuer_id(), "type": ["Profile"], "name": settings.ACADEMY_ORGANISATION},
    }
    if certificate.academic_credits:
        achievement["creditsAvailable"] = float(certificate.academic_credits)
        achievement["fieldOfStudy"] = f"FHEQ level {certificate.fheq_level}"
    subject = {
        "type": ["AchievementSubject"],
        "identifier": [
            _identity_hash(certificate),
            {
                "type": "IdentityObject",
                "identityHash": certificate.learner_name,
                "identityType": "name",
                "hashed": False,
            },
        ],
        "activityEndDate": _iso(certificate.completed_at),
        "achievement": achievement,
    }
    if certificate.academic_credits:
        subject["creditsEarned"] = float(certificate.academic_credits)
    credential = {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{certificate.pk}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": settings.ACADEMY_ORGANISATION},
        "name": certificate.title,
        "description": f"Verification code {certificate.code_display}: "
        f"{verification_url(certificate.code)}",
        "validFrom": _iso(certificate.issued_at),
        "credentialSubject": subject,
        "credentialStatus": {
            "id": site_url(reverse("credentials:revocation_list")),
            "type": "1EdTechRevocationList",
        },
    }
    if certificate.expires_at:
        credential["validUntil"] = _iso(certificate.expires_at)
    return credential


def credential_sign(*, certificate: Certificate) -> str:
    """The credential as a VC-JWT: JWS compact serialisation signed with EdDSA."""
    credential = credential_build(certificate=certificate)
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": int(certificate.issued_at.timestamp()),
        "iat": int(certificate.issued_at.timestamp()),
    }
    if certificate.expires_at:
        claims["exp"] = int(certificate.expires_at.timestamp())
    header = {"alg": "EdDSA", "typ": "JWT", "kid": key_id()}
    signing_input = ".".join(
        b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
    )
    signature = signing_key().sign(signing_input.encode("ascii"))
    return f"{signing_input}.{b64url(signature)}"


def revocation_list() -> dict:
    """Every revoked credential, for the 1EdTechRevocationList status in each credential."""
    revoked = Certificate.objects.filter(status=Certificate.Status.REVOKED).order_by(
        "status_changed_at"
    )
    return {
        "id": site_url(reverse("credentials:revocation_list")),
        "issuer": issuer_id(),
        "revokedCredentials": [
            {"id": f"urn:uuid:{pk}", "revoked": True, "revocationReason": reason}
            for pk, reason in revoked.values_list("pk", "revoked_reason")
        ],
    }
