"""The council's compliance summary: each current governor's standing against each requirement
that applies to them, kept as the days its status changes on (`TrainingStanding`).

Every write that changes what a standing follows from rewrites the standings it touches in the
same transaction: a certificate issued, renewed or revoked (credentials' CERTIFICATE_CHANGED
hook, which the completion and its undoing both reach), a governorship started, changed or
ended (`services`), a requirement added or changed (the admin's views). `standings_rebuild`
recomputes every row, nightly and after a bulk load, as a backstop.

The dates come from `training_status` itself, so the summary cannot disagree with a board's
matrix: for any day, a standing's status is the one `training_status` gives on that day.

Concurrency, on PostgreSQL: each writer first writes its own change, then takes transaction
advisory locks (a shared county lock and one per governor; a requirement change or a rebuild
takes the county lock exclusively), then reads what the standings follow from. Of two writers
that touch the same standing, the second to lock reads the first's committed change, so the row
left behind is computed from both.
"""

from collections.abc import Iterable

from django.db import connection, transaction

from .models import Governorship, TrainingRequirement, TrainingStanding
from .selectors.training import completions_for, requirement_status, requirements_active

_COUNTY_LOCK = 74_101  # pg_advisory_xact_lock(key, 0): the county; (key + 1, governor): a person
_PERSON_LOCK = _COUNTY_LOCK + 1


def _postgresql_in_transaction() -> bool:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Training standings are rewritten inside the changing transaction.")
    return connection.vendor == "postgresql"  # SQLite runs one writer at a time: no locks


def _county_lock(*, exclusive: bool) -> None:
    if _postgresql_in_transaction():
        function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {function}(%s, 0)", [_COUNTY_LOCK])


def _lock(*, governor_ids: Iterable[int] = (), county: bool = False) -> None:
    _county_lock(exclusive=county)
    if county or not _postgresql_in_transaction():
        return
    with connection.cursor() as cursor:
        # One person at a time, in order, so two writers never wait for each other in a ring.
        cursor.execute(
            "SELECT count(pg_advisory_xact_lock(%s, id)) "
            "FROM (SELECT unnest(%s::int[]) AS id ORDER BY 1) AS governors",
            [_PERSON_LOCK, sorted(set(governor_ids))],
        )


def standing_dates(status) -> tuple[bool, object, object]:
    """(completed, soon_from, late_after) of a `TrainingStatus`: the days it changes on."""
    if status.completed_on is None:
        return False, status.window_opens_on, status.due_on
    if status.expires_on is None:
        return True, None, None
    return True, status.window_opens_on, status.expires_on


def _rows(governorships, requirements) -> list[TrainingStanding]:
    completions = completions_for(
        learner_ids={g.governor_id for g in governorships},
        module_ids={r.module_id for r in requirements},
    )
    rows = []
    for governorship in governorships:
        for requirement in requirements:
            if not requirement.applies_to(governorship.role):
                continue
            # The dates do not depend on the day asked: any day will do.
            status = requirement_status(
                governorship, requirement, completions, governorship.appointed_on
            )
            completed, soon_from, late_after = standing_dates(status)
            rows.append(
                TrainingStanding(
                    governorship_id=governorship.pk,
                    board_id=governorship.board_id,
                    requirement_id=requirement.pk,
                    completed=completed,
                    soon_from=soon_from,
                    late_after=late_after,
                )
            )
    return rows


def _rewrite(*, governorships: dict, requirements: dict) -> int:
    """Replace the standings of the governorships and the requirements these filters select."""
    TrainingStanding.objects.filter(
        **{f"governorship__{name}": value for name, value in governorships.items()},
        **{f"requirement__{name}": value for name, value in requirements.items()},
    ).delete()
    rows = _rows(
        list(Governorship.objects.current().filter(**governorships)),
        list(
            TrainingRequirement.objects.filter(active=True, **requirements).select_related("module")
        ),
    )
    TrainingStanding.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def governor_standings_refresh(*, governor_ids: Iterable[int], module_ids: Iterable[int]) -> int:
    """A certificate of these people for these modules was issued, renewed or revoked."""
    governor_ids, module_ids = set(governor_ids), set(module_ids)
    _lock(governor_ids=governor_ids)
    return _rewrite(
        governorships={"governor_id__in": governor_ids}, requirements={"module_id__in": module_ids}
    )


def certificate_standings_refresh(*, learner_id: int, page_id: int) -> int:
    """credentials' CERTIFICATE_CHANGED: a certificate was issued, renewed or revoked. Most
    modules are no governors' requirement, which costs two queries to learn."""
    _county_lock(exclusive=False)
    if not TrainingRequirement.objects.filter(module_id=page_id).exists():
        return 0
    return governor_standings_refresh(governor_ids=[learner_id], module_ids=[page_id])


def governorship_standings_refresh(*, governorships: Iterable[Governorship]) -> int:
    """These governorships started, changed role or appointment date, or ended."""
    governorships = list(governorships)
    _lock(governor_ids={g.governor_id for g in governorships})
    return _rewrite(governorships={"pk__in": [g.pk for g in governorships]}, requirements={})


def requirement_standings_refresh(*, requirement: TrainingRequirement) -> int:
    """The requirement was added or changed (roles, deadlines, renewal, module, active)."""
    _lock(county=True)
    return _rewrite(governorships={}, requirements={"pk": requirement.pk})


@transaction.atomic
def standings_rebuild() -> int:
    """Recompute every standing from governorships, requirements and certificates; returns how
    many rows there are. The backstop for what the writers cannot see (a module's own validity
    changed, the site's renewal window changed, rows loaded in bulk)."""
    _lock(county=True)
    TrainingStanding.objects.all().delete()
    governorships = list(Governorship.objects.current())
    rows = _rows(governorships, requirements_active())
    TrainingStanding.objects.bulk_create(rows, batch_size=2000)
    return len(rows)
