"""Checks that share no code with credentials.openbadges: the official 1EdTech JSON schemas
(bundled here), and a Data Integrity verifier written from the eddsa-rdfc-2022 spec with PyLD,
the base58 package and cryptography. The JSON-LD contexts are read from the repository's bundle
by a loader of our own that refuses the network."""

import copy
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jsonschema import Draft201909Validator, FormatChecker
from pyld import jsonld

SCHEMAS = Path(__file__).parent / "schemas"
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-3.0.3.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json": "clr-v2p0-2.0.1.json",
}
CONTEXT_DIR = Path(__file__).resolve().parents[2] / "credentials" / "jsonld"


def schema_errors(document: dict, schema_file: str) -> list[str]:
    schema = json.loads((SCHEMAS / schema_file).read_text())
    validator = Draft201909Validator(schema, format_checker=FormatChecker())
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(document)
    ]


def ob_schema_errors(credential: dict) -> list[str]:
    """Both published OB 3.0 AchievementCredential schemas: the formal one and the JSON-LD one."""
    return schema_errors(credential, "ob_v3p0_achievementcredential_schema.json") + schema_errors(
        credential, "ob_v3p0_achievementcredential_schema_formal.json"
    )


def _offline_loader(url, options=None):
    if url not in CONTEXT_FILES:
        raise AssertionError(f"the verifier was asked to fetch {url}")
    document = json.loads((CONTEXT_DIR / CONTEXT_FILES[url]).read_text())
    return {"contextUrl": None, "documentUrl": url, "document": document}


def _canonical(document: dict) -> bytes:
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": _offline_loader,
        },
    ).encode()


def multikey_public_key(multikey: str) -> Ed25519PublicKey:
    assert multikey.startswith("z")
    raw = base58.b58decode(multikey[1:])
    assert raw[:2] == b"\xed\x01", "not an Ed25519 multikey"
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def resolve_verification_method(client, method: str) -> Ed25519PublicKey:
    """Dereference the proof's verificationMethod as a verifier would: fetch the controller
    document it names (an https issuer profile or, for did:web, /.well-known/did.json) and take
    the Multikey whose id matches."""
    controller, _, _fragment = method.partition("#")
    if controller.startswith("did:web:"):
        path = "/.well-known/did.json"
    else:
        path = urlsplit(controller).path
    document = client.get(path).json()
    (entry,) = [vm for vm in document["verificationMethod"] if vm["id"] == method]
    assert entry["type"] == "Multikey"
    return multikey_public_key(entry["publicKeyMultibase"])


def verify_data_integrity(document: dict, public_key: Ed25519PublicKey) -> None:
    """vc-di-eddsa section 3.3 (eddsa-rdfc-2022): raises InvalidSignature if it does not hold."""
    proofs = document["proof"]
    (proof,) = proofs if isinstance(proofs, list) else [proofs]
    proof = dict(proof)
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["proofPurpose"] == "assertionMethod"
    proof_value = proof.pop("proofValue")
    assert proof_value.startswith("z")
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    proof_config = {**proof, "@context": unsecured["@context"]}
    hash_data = (
        hashlib.sha256(_canonical(proof_config)).digest()
        + hashlib.sha256(_canonical(unsecured)).digest()
    )
    public_key.verify(base58.b58decode(proof_value[1:]), hash_data)


def verify_with_issuer_keys(client, document: dict) -> None:
    (proof,) = document["proof"]
    key = resolve_verification_method(client, proof["verificationMethod"])
    verify_data_integrity(document, key)


def _leaf_paths(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaf_paths(item, (*path, key))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _leaf_paths(item, (*path, number))
    else:
        yield path


def _changed(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    return f"{value}x"


def unsigned_fields(document: dict, public_key: Ed25519PublicKey, *, skip: str = "") -> list[str]:
    """Every value whose change the proof does not notice (a term the contexts do not define is
    dropped from the canonical form, so it would be left unsigned). Empty is what we want."""
    paths = [
        path
        for path in _leaf_paths(document)
        if path[0] not in ("@context", "proof") and skip not in path
    ]
    assert len(paths) > 20
    unsigned = []
    for path in paths:
        forged = copy.deepcopy(document)
        holder = forged
        for step in path[:-1]:
            holder = holder[step]
        holder[path[-1]] = _changed(holder[path[-1]])
        try:
            verify_data_integrity(forged, public_key)
        except InvalidSignature:
            continue
        unsigned.append("/".join(map(str, path)))
    return unsigned
