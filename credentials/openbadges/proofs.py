"""The two proofs: an embedded Data Integrity proof (eddsa-rdfc-2022) that makes the JSON
credential verifiable on its own, and the VC-JWT (ES256) that wraps the same credential."""

import hashlib
import json

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from django.core.cache import cache

from .jsonld import canonical_nquads
from .keys import b64url, base58btc, ed25519_verification_method, jwt_key_id, jwt_signing_key
from .keys import signing_key as ed25519_signing_key

CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_CACHE_SECONDS = 7 * 24 * 3600


def _hash_data(document: dict, proof_options: dict) -> bytes:
    """vc-di-eddsa 3.3: SHA-256 of the canonical proof options, then of the canonical document."""
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    options = {**proof_options, "@context": unsecured["@context"]}
    options.pop("proofValue", None)
    return (
        hashlib.sha256(canonical_nquads(options).encode()).digest()
        + hashlib.sha256(canonical_nquads(unsecured).encode()).digest()
    )


def data_integrity_sign(document: dict, *, created: str) -> dict:
    """The document with an eddsa-rdfc-2022 DataIntegrityProof added (assertionMethod)."""
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": ed25519_verification_method(),
        "proofPurpose": "assertionMethod",
    }
    # Canonicalisation is the slow part; the same document and options give the same proof
    # (Ed25519 is deterministic), so it is kept by their digest.
    key = (
        "credentials:proof:"
        + hashlib.sha256(
            json.dumps([document, proof], sort_keys=True, separators=(",", ":")).encode()
        ).hexdigest()
    )
    proof_value = cache.get(key)
    if proof_value is None:
        signature = ed25519_signing_key().sign(_hash_data(document, proof))
        proof_value = "z" + base58btc(signature)
        cache.set(key, proof_value, PROOF_CACHE_SECONDS)
    # A set of one: the formal OB 3.0 schema wants an array, and VC 2.0 allows either.
    return {**document, "proof": [{**proof, "proofValue": proof_value}]}


def jwt_sign(claims: dict) -> str:
    """JWS compact serialisation, ES256 (RFC 7518 3.4: the signature is R || S, 32 bytes each)."""
    header = {"alg": "ES256", "typ": "JWT", "kid": jwt_key_id()}
    signing_input = ".".join(
        b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
    )
    der = jwt_signing_key().sign(signing_input.encode("ascii"), ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    return f"{signing_input}.{b64url(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"
