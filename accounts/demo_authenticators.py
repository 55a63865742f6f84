"""Demo log-ins that must use two-factor authentication get an authenticator with a published
secret, so a person trying the demo can sign in as any role (real accounts set up their own)."""

from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP

from .mfa import mfa_required, totp_enabled
from .models import User

# Published on purpose: it guards only the demo's made-up accounts.
DEMO_TOTP_SECRET = "ACADEMYDEMOTOTP2"
DEMO_DOMAIN = "@academy.example"


def seed(log) -> dict:
    """Run last, once every app has granted its roles, so every privileged demo log-in is found."""
    added = 0
    for user in User.objects.filter(email__endswith=DEMO_DOMAIN):
        if mfa_required(user) and not totp_enabled(user):
            TOTP.activate(user, DEMO_TOTP_SECRET)
            RecoveryCodes.activate(user)
            added += 1
    log(f"Authenticator apps: {added} demo log-ins given the demo secret.")
    return {}


def demo_code(at: float | None = None) -> str:
    """The authenticator code for the demo secret now (for scripts that sign in as a demo role)."""
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    moment = int(time.time() if at is None else at)
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, moment // 30))
