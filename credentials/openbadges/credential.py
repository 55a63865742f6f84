"""Each certificate as an OpenBadgeCredential (Open Badges 3.0, a W3C Verifiable Credential 2.0):
what it carries, and the issuer profile it names."""

import hashlib

from django.conf import settings
from django.urls import reverse

from academy_site.links import site_url
from accounts.consent import consent_has
from accounts.models import ConsentPurpose

from ..models import Certificate
from ..pdf import verification_url
from ..services import credential_holder, status_list_entry
from .jsonld import OB_V3, VC_V2
from .keys import issuer_id, verification_methods
from .proofs import data_integrity_sign, jwt_sign

CONTEXTS = [VC_V2, OB_V3]
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
SCHEMA_VALIDATOR = "1EdTechJsonSchemaValidator2019"
FHEQ_FRAMEWORK = "The Frameworks for Higher Education Qualifications of UK Degree-Awarding Bodies"
FHEQ_URL = "https://www.qaa.ac.uk/the-quality-code/qualifications-frameworks"
FHEQ_LEVELS = {
    4: "certificate of higher education",
    5: "foundation degree or diploma of higher education",
    6: "bachelor's degree with honours",
    7: "master's degree",
    8: "doctoral degree",
}


def iso(moment) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def issuer_image() -> dict:
    return {
        "id": site_url(reverse("credentials:issuer_image")),
        "type": "Image",
        "caption": f"{settings.ACADEMY_ORGANISATION} logo",
    }


def issuer_summary() -> dict:
    """The issuer as embedded in each credential."""
    return {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.ACADEMY_ORGANISATION,
        "url": site_url("/"),
        "image": issuer_image(),
    }


def issuer_profile() -> dict:
    """The Academy as an Open Badges issuer Profile, with the keys that verify its proofs."""
    return {
        "@context": CONTEXTS,
        **issuer_summary(),
        "description": "Training, pathways and certificates for the county's teachers, "
        "school staff, leaders and governors.",
        "email": settings.DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].rstrip(">"),
        "verificationMethod": verification_methods(),
        "revocationList": site_url(reverse("credentials:revocation_list")),
    }


def identity_hash(email: str, salt: str) -> dict:
    """OB 3.0 IdentityObject: sha256$ + hex SHA-256 of the address (lower case) and salt."""
    digest = hashlib.sha256((email.lower() + salt).encode()).hexdigest()
    return {
        "type": "IdentityObject",
        "identityHash": f"sha256${digest}",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }


def name_identifier(name: str) -> dict:
    return {"type": "IdentityObject", "identityHash": name, "identityType": "name", "hashed": False}


def achievement_build(certificate: Certificate) -> dict:
    """The achievement a certificate stands for: a module (Course) or a pathway award."""
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
            "id": achievement_url,
            "narrative": "Complete every lesson of the module and pass every quiz."
            if is_module
            else "Complete every required stage of the pathway.",
        },
        "image": {
            "id": site_url(reverse("credentials:badge_image", args=[certificate.page_id])),
            "type": "Image",
            "caption": f"Badge: {certificate.title}",
        },
        "creator": issuer_summary(),
        "resultDescription": [
            {
                "id": f"{achievement_url}#cpd-hours",
                "type": ["ResultDescription"],
                "name": "CPD hours",
                "resultType": "RawScore",
                "valueMin": "0",
            }
        ],
    }
    if certificate.academic_credits:
        achievement["creditsAvailable"] = float(certificate.academic_credits)
    if certificate.fheq_level:
        level = certificate.fheq_level
        achievement["fieldOfStudy"] = f"FHEQ level {level}"
        achievement["alignment"] = [
            {
                "type": ["Alignment"],
                "targetName": f"FHEQ level {level}"
                + (f": {FHEQ_LEVELS[level]}" if level in FHEQ_LEVELS else ""),
                "targetCode": str(level),
                "targetFramework": FHEQ_FRAMEWORK,
                "targetUrl": FHEQ_URL,
                "targetDescription": f"Learning at level {level} of the Framework for Higher "
                "Education Qualifications in England, Wales and Northern Ireland.",
            }
        ]
    return achievement


def credential_subject(certificate: Certificate, *, holder_urn: str, with_name: bool) -> dict:
    achievement = achievement_build(certificate)
    identifiers = [identity_hash(certificate.learner.email, certificate.pk.hex[:16])]
    if with_name:
        identifiers.append(name_identifier(certificate.learner_name))
    subject = {
        "id": holder_urn,
        "type": ["AchievementSubject"],
        "identifier": identifiers,
        "activityEndDate": iso(certificate.completed_at),
        "achievement": achievement,
        "result": [
            {
                "type": ["Result"],
                "resultDescription": achievement["resultDescription"][0]["id"],
                "value": f"{certificate.cpd_hours.normalize():f}",
            }
        ],
    }
    if certificate.academic_credits:
        subject["creditsEarned"] = float(certificate.academic_credits)
    return subject


def status_entry(certificate: Certificate) -> dict:
    """BitstringStatusListEntry (W3C Bitstring Status List v1.0, section 2.1)."""
    list_url = site_url(reverse("credentials:status_list"))
    index = str(status_list_entry(certificate=certificate).index)
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": index,
        "statusListCredential": list_url,
    }


def credential_build(*, certificate: Certificate) -> dict:
    """The certificate as an OpenBadgeCredential (unsigned JSON)."""
    holder = credential_holder(learner=certificate.learner)
    with_name = consent_has(certificate.learner, ConsentPurpose.NAME_ON_CREDENTIALS)
    credential = {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{certificate.pk}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer_summary(),
        "name": certificate.title,
        "description": f"Verification code {certificate.code_display}: "
        f"{verification_url(certificate.code)}",
        "validFrom": iso(certificate.issued_at),
        "awardedDate": iso(certificate.issued_at),
        "credentialSubject": credential_subject(
            certificate, holder_urn=holder.subject_urn, with_name=with_name
        ),
        "evidence": [
            {
                "id": verification_url(certificate.code),
                "type": ["Evidence"],
                "name": "Public verification page",
                "description": "The Academy's page for this certificate: its holder, dates and "
                "whether it is valid today.",
            }
        ],
        "credentialSchema": [{"id": OB_SCHEMA, "type": SCHEMA_VALIDATOR}],
        "credentialStatus": status_entry(certificate),
    }
    if certificate.expires_at:
        credential["validUntil"] = iso(certificate.expires_at)
    return credential


def credential_signed(*, certificate: Certificate) -> dict:
    """The credential with its embedded eddsa-rdfc-2022 proof: the .json download."""
    return data_integrity_sign(
        credential_build(certificate=certificate), created=iso(certificate.issued_at)
    )


def jwt_claims(credential: dict, *, issued_at, expires_at=None) -> dict:
    """OB 3.0 section 8.2.4: the credential plus iss, jti, sub, nbf (and exp)."""
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": int(issued_at.timestamp()),
        "iat": int(issued_at.timestamp()),
    }
    if expires_at:
        claims["exp"] = int(expires_at.timestamp())
    return claims


def credential_sign(*, certificate: Certificate) -> str:
    """The VC-JWT (ES256). Its payload carries the embedded proof too, as OB 3.0 asks when
    both proof formats are used."""
    return jwt_sign(
        jwt_claims(
            credential_signed(certificate=certificate),
            issued_at=certificate.issued_at,
            expires_at=certificate.expires_at,
        )
    )
