"""What every page needs before its content, read once a request or kept in the shared cache.

- `SiteCacheMiddleware`: the Wagtail site answering this host, with its root page, from the
  shared cache (forgotten whenever a site or a home page is saved or deleted), instead of two
  queries a request.
- `PersonRolesMiddleware`: in one query, whether the signed-in person sits on a board, holds a
  school role, takes part in mentoring, has something to confirm, booked or been assigned
  anything, and holds any permission at all. The navigation and My learning's sections read it
  (`permissions.roles_rule_out`); for the many learners who hold no permission, no permission
  query is ever made. The query is compiled once per process (`prepared.PreparedQuery`).
"""

from dataclasses import dataclass, fields
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import Exists, OuterRef
from django.http.request import split_domain_port
from django.utils import timezone
from wagtail.models import Site

from events.models import Booking
from governors.models import Governorship
from mentoring.selectors import in_navigation_expression as mentoring_expression
from mentoring.selectors import paired_expression
from workforce.models import Assignment, Employment, SchoolRole

from .prepared import PreparedQuery

SITES_KEY = "academy:sites"
NO_SITE = "none"


def _skipped(request) -> bool:
    return request.path_info.startswith((settings.STATIC_URL, "/healthz"))


def site_for_request(request):
    """Wagtail's Site._find_for_request, remembered per host and port in the shared cache."""
    hostname = split_domain_port(request._get_raw_host())[0]
    where = f"{hostname}:{request.get_port()}"
    sites = cache.get(SITES_KEY) or {}
    if where in sites:
        site = sites[where]
        return None if site == NO_SITE else site
    site = Site._find_for_request(request)
    if site is not None:
        root = site.root_page.specific
        root._academy_from_cache = True
        site.root_page = root
    sites[where] = NO_SITE if site is None else site
    cache.set(SITES_KEY, sites, 5 * 60)
    return site


def sites_forget() -> None:
    cache.delete(SITES_KEY)
    transaction.on_commit(lambda: cache.delete(SITES_KEY))


class SiteCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _skipped(request) and not hasattr(request, "_wagtail_site"):
            try:
                request._wagtail_site = site_for_request(request)
            except DatabaseError:
                pass  # the pages that need a site fail on their own; /service-status/ must not
        return self.get_response(request)


@dataclass(frozen=True)
class PersonRoles:
    governs: bool
    school_role: bool
    mentoring: bool  # in a mentoring pair or an induction, or leading a school's, or a setting's
    paired: bool  # a side of a mentoring relationship (mentor, mentee, named practitioner)
    to_confirm: bool  # a school says they work there and waits for them to confirm
    booked: bool  # has asked for a place on a live event, at any time
    assigned: bool  # a school has assigned them training, at any time
    permitted: bool


def _roles_query(person: int, today: date):
    outer = OuterRef("pk")
    User = get_user_model()
    return (
        User.objects.filter(pk=person)
        .annotate(
            governs=Exists(Governorship.objects.current().filter(governor=outer)),
            school_role=Exists(SchoolRole.objects.current().filter(person=outer)),
            mentoring=mentoring_expression(outer, today=today),
            paired=paired_expression(outer),
            to_confirm=Exists(Employment.objects.pending().filter(person=outer)),
            booked=Exists(Booking.objects.filter(learner=outer)),
            assigned=Exists(Assignment.objects.filter(person=outer)),
            permitted=Exists(Permission.objects.filter(user=outer))
            | Exists(User.groups.through.objects.filter(user=outer)),
        )
        .order_by()
        .values_list(*(flag.name for flag in fields(PersonRoles)))[:1]
    )


# Compiled once per process: building and compiling it cost more than running it.
ROLES_QUERY = PreparedQuery(_roles_query, person=int, today=date)


def person_roles(user) -> PersonRoles:
    """In one query: on a board now, in a school role now, in mentoring, holding any permission."""
    row = next(iter(ROLES_QUERY.rows(person=user.pk, today=timezone.localdate())), None)
    *flags, permitted = row or (False,) * len(fields(PersonRoles))
    roles = PersonRoles(*flags, bool(permitted or user.is_superuser))
    if not roles.permitted and not hasattr(user, "_perm_cache"):
        # What the permission backends would read: nothing, so they need not ask.
        user._perm_cache = set()
        user._user_perm_cache = set()
        user._group_perm_cache = set()
    return roles


def request_roles(request) -> PersonRoles | None:
    """The signed-in person's roles for this request (read once), or None for a visitor."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    roles = getattr(request, "academy_roles", None)
    if roles is None:
        roles = request.academy_roles = person_roles(user)
    return roles


class PersonRolesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _skipped(request):
            request_roles(request)
        return self.get_response(request)
