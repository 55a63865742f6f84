"""Revocation, published two ways: the W3C Bitstring Status List (a signed status-list credential
that most verifiers read) and 1EdTech's revocation list (the older Open Badges method)."""

import base64
import gzip
import hashlib

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from academy_site.links import site_url

from ..models import Certificate, StatusListEntry
from .credential import iso
from .jsonld import VC_V2
from .keys import ed25519_multikey, issuer_id
from .proofs import data_integrity_sign

# Bitstring Status List v1.0, 2.1: at least 16 KB (131,072 entries), so one bit tells nothing.
MINIMUM_BITS = 131_072
STATUS_LIST_CACHE_SECONDS = 24 * 3600


def revocation_list() -> dict:
    """Every revoked credential, 1EdTech's revocation list."""
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


def encoded_list(indexes: list[int], *, size: int) -> str:
    """GZIP the bitstring (index 0 is the first byte's most significant bit), then multibase
    base64url without padding ('u')."""
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def _list_size(highest_index: int) -> int:
    blocks = highest_index // MINIMUM_BITS + 1
    return blocks * MINIMUM_BITS


def status_list_credential() -> dict:
    """The BitstringStatusListCredential for revocation, signed with an embedded proof. It is
    signed again only when the set of revoked certificates changes (kept in the cache)."""
    revoked = sorted(
        entry_id - 1
        for entry_id in StatusListEntry.objects.filter(
            certificate__status=Certificate.Status.REVOKED
        ).values_list("pk", flat=True)
    )
    highest = StatusListEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 1
    encoded = encoded_list(revoked, size=_list_size(highest - 1))
    url = site_url(reverse("credentials:status_list"))
    key = (
        "credentials:status-list:"
        + hashlib.sha256(f"{url}|{issuer_id()}|{ed25519_multikey()}|{encoded}".encode()).hexdigest()
    )
    signed = cache.get(key)
    if signed is None:
        now = iso(timezone.now())
        signed = data_integrity_sign(
            {
                "@context": [VC_V2],
                "id": url,
                "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                "issuer": issuer_id(),
                "validFrom": now,
                "credentialSubject": {
                    "id": f"{url}#list",
                    "type": "BitstringStatusList",
                    "statusPurpose": "revocation",
                    "encodedList": encoded,
                },
            },
            created=now,
        )
        cache.set(key, signed, STATUS_LIST_CACHE_SECONDS)
    return signed
