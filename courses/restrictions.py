"""Page view restrictions, read once and kept in the shared cache.

A site has a handful of view restrictions; every page served asks which apply to it (Wagtail's
own check is two queries, one a scan of the ancestors) and every pathway asks for each of its
modules. The list is cached with each restricted page's tree path and groups, and forgotten when
a restriction (or its groups) changes or a page moves or is deleted (signal_handlers.py).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from wagtail.models import PageViewRestriction

KEY = "academy:view-restrictions"


@dataclass(frozen=True)
class Restriction:
    pk: int
    path: str
    restriction_type: str
    group_ids: frozenset[int]


def view_restrictions() -> list[Restriction]:
    restrictions = cache.get(KEY)
    if restrictions is None:
        restrictions = [
            Restriction(
                pk=r.pk,
                path=r.page.path,
                restriction_type=r.restriction_type,
                group_ids=frozenset(group.pk for group in r.groups.all()),
            )
            for r in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        ]
        cache.set(KEY, restrictions, 5 * 60)
    return restrictions


def view_restrictions_forget() -> None:
    cache.delete(KEY)
    transaction.on_commit(lambda: cache.delete(KEY))


def restrictions_over(path: str) -> list[Restriction]:
    """The restrictions on the page at this tree path or on any of its ancestors."""
    return [r for r in view_restrictions() if path.startswith(r.path)]


def restrictions_keeping_out(learner) -> list[Restriction]:
    """Restrictions this learner (or None, for a visitor) does not pass, as pathways judge them:
    a log-in restriction passes (a visitor signs in to join); a shared password never does."""
    restrictions = [
        r for r in view_restrictions() if r.restriction_type != PageViewRestriction.LOGIN
    ]
    signed_in = learner is not None and learner.is_authenticated
    if not restrictions or not signed_in:
        return restrictions
    if learner.is_superuser:
        return [r for r in restrictions if r.restriction_type != PageViewRestriction.GROUPS]
    groups = None
    kept_out = []
    for r in restrictions:
        if r.restriction_type == PageViewRestriction.GROUPS:
            if groups is None:
                groups = set(learner.groups.values_list("pk", flat=True))
            if r.group_ids & groups:
                continue
        kept_out.append(r)
    return kept_out


class CachedViewRestrictionsMixin:
    """Page.get_view_restrictions without a query for the pages no restriction covers (nearly
    all): an empty queryset, or the applying restrictions by id. Aliases keep Wagtail's way."""

    def get_view_restrictions(self):
        if self.alias_of_id or not self.path:
            return super().get_view_restrictions()
        ids = [r.pk for r in restrictions_over(self.path)]
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)
