"""The personal data this app holds, declared for the privacy app (export and erasure).

Certificates are claims other people rely on (an employer, a university, a board), so erasure
pseudonymises them: the verification page and the status lists keep working, but name nobody.
The credential holder id is the opaque `urn:uuid:` a learner carries in every Open Badges and CLR
credential; once it is deleted, copies already shared point at no one."""

from academy_site.privacy import PersonalData

DECLARATIONS = [
    PersonalData(
        model="credentials.CredentialHolder",
        person_field="learner",
        fields=("subject_id", "created_at"),
        export="The identifier (urn:uuid:…) that stands for the person in their credentials.",
        erase="delete",
        why="credentials already shared keep the identifier, which then names nobody",
    ),
    PersonalData(
        model="credentials.Certificate",
        person_field="learner",
        fields=(
            "code",
            "learner_name",
            "title",
            "provider_name",
            "cpd_hours",
            "academic_credits",
            "fheq_level",
            "completed_at",
            "issued_at",
            "expires_at",
            "status",
            "revoked_reason",
        ),
        export="One row per certificate: title, provider, dates, status, credits and code.",
        erase="pseudonymise",
        why="a certificate stays verifiable for those who were shown it, without the name",
    ),
    PersonalData(
        model="credentials.CertificateEvent",
        person_field="certificate__learner",
        fields=("action", "reason", "at"),
        export="One row per change to a certificate: issued, replaced, revoked, with the reason.",
        erase="keep",
        why="the audit trail of a pseudonymised certificate names nobody",
    ),
    PersonalData(
        model="credentials.StatusListEntry",
        person_field="certificate__learner",
        fields=("id",),
        export="Not exported: a certificate's position in the public revocation status list.",
        erase="keep",
        why="a revoked credential must go on showing revoked to anyone who checks it",
    ),
    PersonalData(
        model="credentials.CreditEntry",
        person_field="learner",
        fields=(
            "source",
            "description",
            "cpd_hours",
            "academic_credits",
            "fheq_level",
            "awarded_at",
            "evidence",
        ),
        export="One row per ledger entry: what for, CPD hours, credits, level and date.",
        erase="pseudonymise",
        why="the ledger is append-only and the county's CPD figures count its hours",
    ),
    PersonalData(
        model="credentials.AwardRequest",
        person_field="learner",
        fields=("page", "completed_at", "requested_at", "issued_at"),
        export="Not exported: a completion waiting for its certificate.",
        erase="delete",
    ),
    PersonalData(
        model="credentials.ExpiryReminder",
        person_field="certificate__learner",
        fields=("kind", "sent_at"),
        export="Not exported: a record that an expiry reminder went out.",
        erase="delete",
    ),
]
