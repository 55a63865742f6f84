"""One way to guard a privileged page: ask the user's permissions, and answer those without them
as if the page did not exist, so nobody learns what is there."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404


def user_has_any_perm(user, perms: tuple[str, ...]) -> bool:
    """True when the user holds at least one of these permissions."""
    return any(user.has_perm(perm) for perm in perms)


def permission_required_or_404(*perms: str) -> Callable:
    """Sign-in first; then a 404 unless the user holds one of these permissions ("app.codename")."""
    if not perms:
        raise ValueError("Name at least one permission.")

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if not user_has_any_perm(request.user, perms):
                raise Http404("Page not found.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def roles_rule_out(request, *flags: str) -> bool:
    """Whether the person's roles, read once a request by the site's middleware
    (``request.academy_roles``), show that none of ``flags`` holds: a panel that needs one of
    them can then answer "nothing to show" without asking the database. False when the roles
    were not read (a test's bare request, a page the middleware skips): ask as usual."""
    roles = getattr(request, "academy_roles", None)
    return roles is not None and not any(getattr(roles, flag) for flag in flags)
