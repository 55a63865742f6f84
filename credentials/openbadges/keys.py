"""The Academy's signing keys and how verifiers find their public halves.

Two keys, each where it is strongest: Ed25519 (ACADEMY_SIGNING_KEY) signs the Data Integrity
proof embedded in every JSON credential (eddsa-rdfc-2022); ECDSA P-256 (ACADEMY_JWT_SIGNING_KEY)
signs the VC-JWT as ES256, an algorithm 1EdTech's validator accepts. Both are published in the
key set, each as its own JWK at /credentials/keys/<thumbprint>.json, in the issuer profile as
Multikey and JsonWebKey verification methods, and in the did:web document."""

import base64
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from academy_site.links import site_url

DEV_KEY_FILE = ".signing-key.pem"
DEV_JWT_KEY_FILE = ".signing-key-es256.pem"
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ED25519_MULTICODEC = b"\xed\x01"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def base58btc(data: bytes) -> str:
    """Base58 with Bitcoin's alphabet, as multibase 'z' values use."""
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    leading_zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * leading_zeros + encoded


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


@lru_cache(maxsize=4)
def _jwt_key_from_text(text: str) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(text.strip().encode(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ImproperlyConfigured("ACADEMY_JWT_SIGNING_KEY must be an EC P-256 private key.")
    return key


def _dev_key_text(filename: str, generate) -> str:
    """A key kept in a gitignored file for development and the demo (DEBUG only)."""
    path = Path(settings.BASE_DIR) / filename
    if not path.exists():
        pem = generate().private_bytes(
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


def _setting(name: str) -> str | None:
    return getattr(settings, name, None) or os.environ.get(name)


def signing_key() -> Ed25519PrivateKey:
    """The Ed25519 key, from ACADEMY_SIGNING_KEY (PEM, or base64 of the 32 raw bytes)."""
    text = _setting("ACADEMY_SIGNING_KEY")
    if not text:
        if not settings.DEBUG:
            raise ImproperlyConfigured(
                "Set ACADEMY_SIGNING_KEY to the Academy's Ed25519 private key (PEM) to sign "
                "Open Badges credentials. Generate one with: openssl genpkey -algorithm ed25519"
            )
        text = _dev_key_text(DEV_KEY_FILE, Ed25519PrivateKey.generate)
    return _key_from_text(text)


def jwt_signing_key() -> ec.EllipticCurvePrivateKey:
    """The P-256 key for ES256 VC-JWTs, from ACADEMY_JWT_SIGNING_KEY (PEM)."""
    text = _setting("ACADEMY_JWT_SIGNING_KEY")
    if not text:
        if not settings.DEBUG:
            raise ImproperlyConfigured(
                "Set ACADEMY_JWT_SIGNING_KEY to the Academy's EC P-256 private key (PEM) to "
                "sign Open Badges VC-JWTs. Generate one with: openssl genpkey -algorithm EC "
                "-pkeyopt ec_paramgen_curve:P-256"
            )
        text = _dev_key_text(DEV_JWT_KEY_FILE, lambda: ec.generate_private_key(ec.SECP256R1()))
    return _jwt_key_from_text(text)


def _ed25519_public_raw() -> bytes:
    return (
        signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def ed25519_public_jwk_members() -> dict:
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(_ed25519_public_raw())}


def es256_public_jwk_members() -> dict:
    numbers = jwt_signing_key().public_key().public_numbers()
    return {
        "kty": "EC",
        "crv": "P-256",
        "x": b64url(numbers.x.to_bytes(32, "big")),
        "y": b64url(numbers.y.to_bytes(32, "big")),
    }


def thumbprint(members: dict) -> str:
    """RFC 7638: SHA-256 of the required members, sorted, without white space."""
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode()).digest())


def key_url(members: dict) -> str:
    """Where the single public JWK is served: the header's `kid` dereferences to it."""
    return site_url(reverse("credentials:public_key", args=[thumbprint(members)]))


def jwt_key_id() -> str:
    return key_url(es256_public_jwk_members())


def public_jwks() -> dict:
    """The key set. The Ed25519 key keeps the kid earlier EdDSA VC-JWTs named (the set's URL and
    the thumbprint), so those go on verifying; the ES256 key's kid is its own JWK's URL."""
    ed = ed25519_public_jwk_members()
    es = es256_public_jwk_members()
    legacy_kid = site_url(reverse("credentials:jwks")) + "#" + thumbprint(ed)
    return {
        "keys": [
            {**es, "kid": key_url(es), "use": "sig", "alg": "ES256"},
            {**ed, "kid": legacy_kid, "use": "sig", "alg": "EdDSA"},
        ]
    }


def public_jwk(key_thumbprint: str) -> dict | None:
    """One published key by its RFC 7638 thumbprint, or None."""
    for members, alg in (
        (es256_public_jwk_members(), "ES256"),
        (ed25519_public_jwk_members(), "EdDSA"),
    ):
        if thumbprint(members) == key_thumbprint:
            return {**members, "kid": key_url(members), "use": "sig", "alg": alg}
    return None


def ed25519_multikey() -> str:
    """The Ed25519 public key as a Multikey value (multibase base58btc of 0xed01 + key)."""
    return "z" + base58btc(ED25519_MULTICODEC + _ed25519_public_raw())


def did_web() -> str | None:
    """did:web for the issuer where ACADEMY_ISSUER_DID_WEB is on and the site is served over
    HTTPS on its own domain (did:web needs the document at https://<host>/.well-known/)."""
    if not getattr(settings, "ACADEMY_ISSUER_DID_WEB", False):
        return None
    parts = urlsplit(site_url("/"))
    if parts.scheme != "https" or parts.path.strip("/"):
        return None
    return "did:web:" + parts.netloc.replace(":", "%3A")


def issuer_id() -> str:
    return did_web() or site_url(reverse("credentials:issuer"))


def ed25519_verification_method() -> str:
    """The proof's verificationMethod: the issuer's id, the key's Multikey as the fragment (as
    1EdTech's validator resolves it: from the fragment, or the issuer document it names)."""
    return f"{issuer_id()}#{ed25519_multikey()}"


def verification_methods() -> list[dict]:
    controller = issuer_id()
    es = es256_public_jwk_members()
    return [
        {
            "id": ed25519_verification_method(),
            "type": "Multikey",
            "controller": controller,
            "publicKeyMultibase": ed25519_multikey(),
        },
        {
            "id": f"{controller}#{thumbprint(es)}",
            "type": "JsonWebKey",
            "controller": controller,
            "publicKeyJwk": es,
        },
    ]


def did_document() -> dict | None:
    did = did_web()
    if did is None:
        return None
    methods = verification_methods()
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/multikey/v1",
            "https://w3id.org/security/jwk/v1",
        ],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
        "authentication": [method["id"] for method in methods],
    }
