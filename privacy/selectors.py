"""Reads the privacy pages share: who may review erasures, the access log searched."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from academy_site.models import AccessRecord


def users_with_permission(perm: str) -> QuerySet:
    """Active accounts holding ``app.codename`` through a group or directly (not superusers)."""
    app_label, codename = perm.split(".", 1)
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__permissions__in=permission) | Q(user_permissions__in=permission))
        .distinct()
    )


def accesses_to(*, person) -> QuerySet[AccessRecord]:
    """Who opened the person's record, newest first."""
    return AccessRecord.objects.filter(person=person).select_related("viewer")


def accesses_search(
    *, person: str = "", viewer: str = "", since: date | None = None, until: date | None = None
) -> QuerySet[AccessRecord]:
    """The access log, narrowed by whose record (name or e-mail), by whom, and between dates."""
    records = AccessRecord.objects.select_related("viewer", "person")
    for prefix, words in (("person", person), ("viewer", viewer)):
        for word in words.split():
            records = records.filter(
                Q(**{f"{prefix}__email__icontains": word})
                | Q(**{f"{prefix}__first_name__icontains": word})
                | Q(**{f"{prefix}__last_name__icontains": word})
            )
    if since:
        records = records.filter(at__date__gte=since)
    if until:
        records = records.filter(at__date__lte=until)
    return records
