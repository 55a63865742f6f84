"""The learner's whole record as a CLR 2.0 ClrCredential: every certificate's signed Open Badges
credential, the achievements they stand for, and the credits by FHEQ level, signed as one."""

import uuid

from django.conf import settings
from django.utils import timezone

from ..models import Certificate
from ..selectors import certificates_for_learner, credit_totals
from ..services import credential_holder
from .credential import (
    SCHEMA_VALIDATOR,
    achievement_build,
    credential_signed,
    identity_hash,
    iso,
    issuer_summary,
    jwt_claims,
)
from .jsonld import CLR_V2, OB_V3, VC_V2
from .proofs import data_integrity_sign, jwt_sign

CLR_SCHEMA = (
    "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json"
)


def _record_sentence(totals) -> str:
    parts = [f"{totals.cpd_hours.normalize():f} CPD hours"]
    if totals.by_level:
        levels = "; ".join(
            f"{credits} at FHEQ level {level}" for level, credits in totals.by_level.items()
        )
        parts.append(f"academic credits: {levels}")
    if totals.prior_learning_credits:
        parts.append(
            f"including {totals.prior_learning_credits} credits of recognised prior learning"
        )
    return "Record of training with the Academy: " + ", ".join(parts) + "."


def clr_build(*, learner) -> dict:
    """The unsigned ClrCredential. Revoked certificates are left out; replaced and expired ones
    stay, since they are part of the history (each credential says its own dates)."""
    holder = credential_holder(learner=learner)
    certificates = [
        certificate
        for certificate in certificates_for_learner(learner=learner).select_related(
            "learner", "status_list_entry"
        )
        if certificate.status != Certificate.Status.REVOKED
    ]
    now = timezone.now()
    achievements = {}
    for certificate in certificates:
        achievement = achievement_build(certificate)
        achievements.setdefault(achievement["id"], achievement)
    return {
        "@context": [VC_V2, CLR_V2, OB_V3],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "ClrCredential"],
        "issuer": issuer_summary(),
        "name": f"Learning record from the {settings.ACADEMY_ORGANISATION}",
        "description": _record_sentence(credit_totals(learner=learner)),
        "validFrom": iso(now),
        "awardedDate": iso(now),
        "credentialSubject": {
            "id": holder.subject_urn,
            "type": ["ClrSubject"],
            "identifier": [identity_hash(learner.email, uuid.uuid4().hex[:16])],
            "achievement": list(achievements.values()),
            "verifiableCredential": [
                credential_signed(certificate=certificate) for certificate in certificates
            ],
        },
        "credentialSchema": [{"id": CLR_SCHEMA, "type": SCHEMA_VALIDATOR}],
    }


def clr_signed(*, learner) -> dict:
    clr = clr_build(learner=learner)
    return data_integrity_sign(clr, created=clr["validFrom"])


def clr_sign(*, learner) -> str:
    clr = clr_signed(learner=learner)
    return jwt_sign(jwt_claims(clr, issued_at=timezone.now()))
