"""The personal data this app holds, declared for the privacy app (export and erasure).

Certificates stay verifiable after their holder's erasure: the code, title, issuer, dates and
status are kept and the holder's name is replaced by ``NAME_WITHHELD``; the PDF that printed
the name is deleted and drawn again without it. The credit ledger keeps its figures (the
county's totals and the University's awards depend on them) under the account's pseudonym."""

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
        model="credentials.Certificate",
        person_field="learner",
        fields=("code", "title", "learner_name", "completed_at", "issued_at", "status"),
        export="One row per certificate: code, title, provider, dates and status.",
        erase="pseudonymise",
        why="anyone you showed a certificate to can still verify it, with your name withheld",
        exporter=certificates_export,
        eraser=certificates_withhold_name,
    ),
    PersonalData(
        model="credentials.CreditEntry",
        person_field="learner",
        fields=("description", "source", "cpd_hours", "academic_credits", "awarded_at"),
        export="One row per line of your credit ledger: CPD hours and academic credits.",
        erase="pseudonymise",
        why="the county's training figures keep the hours and credits, under a pseudonym",
        exporter=credits_export,
        eraser=credits_pseudonymise,
    ),
    PersonalData(
        model="credentials.AwardRequest",
        person_field="learner",
        fields=("page", "completed_at", "requested_at", "issued_at"),
        export="One row per award requested for a completion.",
        erase="delete",
    ),
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
