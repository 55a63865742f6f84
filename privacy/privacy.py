"""The personal data this app holds, declared like every other app's."""

from django.db import transaction

from academy_site.privacy import PersonalData


def exports_delete(person, rows, pseudonym: str) -> int:
    """Archives go with their files (once the erasure commits)."""
    count = 0
    for export in rows:
        if export.file:
            storage, name = export.file.storage, export.file.name
            transaction.on_commit(lambda s=storage, n=name: s.delete(n), robust=True)
        export.delete()
        count += 1
    return count


DECLARATIONS = [
    PersonalData(
        model="privacy.DataExport",
        person_field="person",
        fields=("requested_at", "ready_at", "expires_at"),
        export="Each download of your data you asked for.",
        erase="delete",
        eraser=exports_delete,
    ),
    PersonalData(
        model="privacy.ErasureRequest",
        person_field="person",
        fields=("status", "reason", "requested_at", "decided_at", "decision_note"),
        export="Your requests to be erased and what the council decided.",
        erase="pseudonymise",
        why="the record that the council erased an account, under its pseudonym only",
        scrub=("reason",),
    ),
    PersonalData(
        model="privacy.ErasureRequest",
        person_field="decided_by",
        fields=("status", "decided_at"),
        export="Erasure requests you decided, as an officer.",
        erase="pseudonymise",
    ),
]
