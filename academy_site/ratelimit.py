"""One rate limiter for the whole site: allauth's own (its sliding window in the cache, and its
client address, which honours TRUSTED_PROXY_COUNT and TRUSTED_CLIENT_IP_HEADER), for the
actions named in ACADEMY_RATE_LIMITS, written as allauth's ACCOUNT_RATE_LIMITS are.

Unlike allauth's, a limit here can count only some requests (codes that do not exist), so
checking and counting are two calls."""

from allauth.core.internal import ratelimit
from django.conf import settings


def _consume(*, action: str, request, user, dry_run: bool):
    return ratelimit.consume(
        request,
        app="academy_site",
        action=action,
        config=settings.ACADEMY_RATE_LIMITS,
        user=user,
        dry_run=dry_run,
        limit_get=True,
    )


def rate_limit_reached(*, action: str, request=None, user=None) -> bool:
    """Whether this client address (or user) has used up `action`; counts nothing."""
    return _consume(action=action, request=request, user=user, dry_run=True) is None


def rate_limit_count(*, action: str, request=None, user=None) -> None:
    """Count one use of `action` towards its limit."""
    _consume(action=action, request=request, user=user, dry_run=False)


def rate_limit_amount(action: str) -> int:
    """How many uses `action` allows in its window (the smallest, where it has several rates)."""
    return min(rate.amount for rate in ratelimit.parse_rates(settings.ACADEMY_RATE_LIMITS[action]))
