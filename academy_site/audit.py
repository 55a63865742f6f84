"""The one way to account for a look at someone else's record.

Every view in which an officer, chair, clerk, school lead, mentor or provider lead opens or
exports another person's record calls ``access_record`` (one row per person: a list of 30 staff
is 30 rows, written in one query). A person's own look at their own record is not written."""

from collections.abc import Iterable

from .models import AccessRecord

VIEWED = "viewed"
EXPORTED = "exported"


def access_record(
    *, viewer, people: Iterable, what: str, request=None, action: str = VIEWED
) -> int:
    """Write who (``viewer``) opened what of whom (``people``: users or user ids), and return
    how many rows were written. Anonymous viewers and a person's own record are left out."""
    if viewer is None or not getattr(viewer, "is_authenticated", False):
        return 0
    path = request.get_full_path()[:500] if request is not None else ""
    ids = {getattr(person, "pk", person) for person in people} - {viewer.pk, None}
    AccessRecord.objects.bulk_create(
        AccessRecord(viewer=viewer, person_id=person_id, what=what[:200], action=action, path=path)
        for person_id in sorted(ids)
    )
    return len(ids)
