"""Open Badges 3.0 and CLR 2.0: each certificate as an OpenBadgeCredential and the learner's
record as a ClrCredential, both W3C Verifiable Credentials 2.0, each with an embedded
eddsa-rdfc-2022 proof and as an ES256 VC-JWT; revocation as a Bitstring Status List and as
1EdTech's revocation list; did:web for the issuer; baked PNG and SVG badges.

openbadgeslib exists on PyPI but is built around baking OB 2.0 images from a config folder; the
proofs here are small and tested against independent verifiers (tests/credentials)."""

from .baking import badge_png, badge_svg, bake_png, bake_svg
from .clr import clr_build, clr_sign, clr_signed
from .credential import (
    CONTEXTS,
    credential_build,
    credential_sign,
    credential_signed,
    issuer_profile,
)
from .keys import (
    _key_from_text,
    did_document,
    did_web,
    issuer_id,
    jwt_key_id,
    jwt_signing_key,
    public_jwk,
    public_jwks,
    signing_key,
)
from .status import revocation_list, status_list_credential

__all__ = [
    "CONTEXTS",
    "_key_from_text",
    "badge_png",
    "badge_svg",
    "bake_png",
    "bake_svg",
    "clr_build",
    "clr_sign",
    "clr_signed",
    "credential_build",
    "credential_sign",
    "credential_signed",
    "did_document",
    "did_web",
    "issuer_id",
    "issuer_profile",
    "jwt_key_id",
    "jwt_signing_key",
    "public_jwk",
    "public_jwks",
    "revocation_list",
    "signing_key",
    "status_list_credential",
]
