"""Who must use two-factor authentication, and a middleware that holds them to it."""

import time
from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.module_loading import import_string

SESSION_KEY = "academy_mfa"
# How long a verdict holds before it is worked out again (a learner made a lead mid-session).
RECHECK_SECONDS = 5 * 60
# What a privileged person may reach before their authenticator app is set up.
ALLOWED_URL_NAME_PREFIXES = ("account_", "mfa_")


def mfa_required_checks() -> list[Callable[..., bool]]:
    """The checks other apps add (ACCOUNTS_MFA_REQUIRED_CHECKS), each fn(*, user) -> bool."""
    return [import_string(path) for path in settings.ACCOUNTS_MFA_REQUIRED_CHECKS]


def mfa_required(user) -> bool:
    """People who see or change other people's records must use two-factor authentication."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin"):
        return True
    return any(check(user=user) for check in mfa_required_checks())


def totp_enabled(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def mfa_verdict(user) -> dict:
    """Whether this user is privileged and, if so, still has to set up an authenticator app."""
    privileged = mfa_required(user)
    return {
        "user": user.pk,
        "at": time.time(),
        "privileged": privileged,
        "setup_needed": privileged and not totp_enabled(user),
    }


def session_verdict(request) -> dict:
    """The verdict kept in the session, worked out again when stale or while set-up is due."""
    verdict = request.session.get(SESSION_KEY)
    if (
        not verdict
        or verdict.get("user") != request.user.pk
        or verdict["setup_needed"]
        or time.time() - verdict["at"] > RECHECK_SECONDS
    ):
        verdict = mfa_verdict(request.user)
        request.session[SESSION_KEY] = verdict
    return verdict


def remember_verdict_at_log_in(sender, request, user, **kwargs):
    """Work the verdict out as the person logs in, so most requests ask the database nothing."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = mfa_verdict(user)


def _allowed(request) -> bool:
    if request.path_info.startswith((settings.STATIC_URL, "/healthz")):
        return True
    try:
        name = resolve(request.path_info).url_name or ""
    except Resolver404:
        return False
    return name.startswith(ALLOWED_URL_NAME_PREFIXES)


class MfaRequiredMiddleware:
    """A privileged person reaches nothing but allauth's pages until their authenticator app is
    set up, and their session ends after PRIVILEGED_SESSION_IDLE_TIMEOUT seconds of inactivity."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.user.is_authenticated:
            return self.get_response(request)
        verdict = session_verdict(request)
        if verdict["privileged"]:
            self._extend_idle_timeout(request)
        if verdict["setup_needed"] and not _allowed(request):
            messages.info(
                request,
                "Set up an authenticator app to continue. Your account can see other "
                "people's records, so it needs a code as well as a password.",
                fail_silently=True,
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _extend_idle_timeout(self, request):
        """Push the session's expiry back at most once a minute, so it is not saved each time."""
        timeout = settings.PRIVILEGED_SESSION_IDLE_TIMEOUT
        now = time.time()
        last = request.session.get("academy_idle_extended_at", 0)
        if now - last > 60 or request.session.get_expiry_age() > timeout:
            request.session.set_expiry(timeout)
            request.session["academy_idle_extended_at"] = now
