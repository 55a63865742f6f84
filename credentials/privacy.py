"""The personal data this app holds, declared for the privacy app (export and erasure).

Certificates are claims other people rely on (an employer, a university, a board), so erasure
pseudonymises them: the verification page and the status lists keep working, but name nobody.
The credential holder id is the opaque `urn:uuid:` a learner carries in every Open Badges and CLR
credential; once it is deleted, copies already shared point at no one.

The holder's name is replaced by ``NAME_WITHHELD``; the PDF that printed it is deleted (once the
erasure commits) and drawn again without it."""

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Replace

from academy_site.privacy import PersonalData

from .models import Certificate, CreditEntry, ExpiryReminder

NAME_WITHHELD = "Holder's name withheld at their request"


def _files_delete(rows, field: str) -> None:
    """Delete the files once the erasure commits: rolled back, the rows still need them."""
    for row in rows.exclude(**{field: ""}):
        file = getattr(row, field)
        transaction.on_commit(
            lambda storage=file.storage, name=file.name: storage.delete(name), robust=True
        )


def _source_key_without(person, pseudonym: str):
    """A source key may be written from the address (the demo's are): it says the pseudonym."""
    key = F("source_key")
    for email in {person.email, person.email.lower()}:
        key = Replace(key, Value(email), Value(pseudonym))
    return key


def certificates_withhold_name(person, rows, pseudonym: str) -> int:
    """Keep each certificate verifiable with the holder's name withheld, its PDF redrawn and no
    expiry reminder sent to an address that is no longer theirs."""
    from .tasks import render_certificate_pdf

    ids = list(rows.values_list("pk", flat=True))
    _files_delete(rows, "pdf")
    changed = rows.update(
        learner_name=NAME_WITHHELD,
        pdf="",
        rendered_at=None,
        source_key=_source_key_without(person, pseudonym),
    )
    ExpiryReminder.objects.bulk_create(
        [
            ExpiryReminder(certificate_id=pk, kind=kind)
            for pk in ids
            for kind in ExpiryReminder.Kind.values
        ],
        ignore_conflicts=True,
    )
    for pk in ids:
        transaction.on_commit(
            lambda pk=pk: render_certificate_pdf.delay(certificate_id=str(pk)), robust=True
        )
    return changed


def credits_pseudonymise(person, rows, pseudonym: str) -> int:
    """The figures stay; evidence of prior learning (which names the person) is deleted."""
    _files_delete(rows, "evidence")
    return rows.update(evidence="", source_key=_source_key_without(person, pseudonym))


def certificates_export(person) -> list[dict]:
    return [
        {
            "code": c.code_display,
            "title": c.title,
            "provider": c.provider_name,
            "name on certificate": c.learner_name,
            "cpd_hours": str(c.cpd_hours),
            "academic_credits": c.academic_credits,
            "fheq_level": c.fheq_level,
            "completed_at": c.completed_at.isoformat(),
            "issued_at": c.issued_at.isoformat(),
            "expires_at": c.expires_at.isoformat() if c.expires_at else None,
            "status": c.state,
        }
        for c in Certificate.objects.filter(learner=person).order_by("issued_at")
    ]


def credits_export(person) -> list[dict]:
    return [
        {
            "description": e.description,
            "source": e.get_source_display(),
            "cpd_hours": str(e.cpd_hours),
            "academic_credits": e.academic_credits,
            "fheq_level": e.fheq_level,
            "awarded_at": e.awarded_at.isoformat(),
        }
        for e in CreditEntry.objects.filter(learner=person).order_by("awarded_at", "pk")
    ]


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
        why="a certificate stays verifiable for those who were shown it, with your name withheld",
        exporter=certificates_export,
        eraser=certificates_withhold_name,
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
        exporter=credits_export,
        eraser=credits_pseudonymise,
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
        erase="keep",
        why="erasure marks every reminder sent, so none goes to a closed account",
    ),
    # Where the person acted as an officer, the record stays without saying who acted.
    PersonalData(
        model="credentials.CreditEntry",
        person_field="recorded_by",
        fields=("description", "created_at"),
        export="Prior learning you recorded for others, as an officer.",
        erase="pseudonymise",
        why="the other learner's credit stays; it no longer says who recorded it",
    ),
    PersonalData(
        model="credentials.Certificate",
        person_field="revoked_by",
        fields=("code", "title", "status_changed_at"),
        export="Certificates you revoked, as an officer.",
        erase="pseudonymise",
        why="the revocation stands; it no longer says who made it",
    ),
    PersonalData(
        model="credentials.CertificateEvent",
        person_field="actor",
        fields=("certificate", "action", "at"),
        export="Changes you made to certificates, as an officer.",
        erase="pseudonymise",
        why="the certificate's history stays; it no longer says who acted",
    ),
]
