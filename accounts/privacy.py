"""The personal data this app holds (and allauth's tables and sessions it runs), declared for
the privacy app (export and erasure).

Erasure closes the account rather than deleting its row: the row stays as a pseudonym that the
records other apps must keep (the credit ledger, a board's register) still point to, with no
name, address, school, password or roles left in it. E-mail addresses, sign-in methods,
authenticators, consents and sessions are deleted."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.utils import timezone

from academy_site.privacy import PersonalData

# The domain of a closed account's pseudonymous address: reserved, so nothing is ever sent.
ERASED_DOMAIN = "erased.invalid"


def account_close(person, rows, pseudonym: str) -> int:
    """The account row becomes the pseudonym: nothing in it says who the person was."""
    user = get_user_model().objects.get(pk=person.pk)
    user.email = f"{pseudonym}@{ERASED_DOMAIN}"
    user.first_name = user.last_name = user.trn = user.job_role = ""
    user.school = None
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    return 1


def _sessions(person):
    """The person's open sessions: sessions are not indexed by user, so each is read."""
    key = str(person.pk)
    return [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == key
    ]


def sessions_export(person) -> list[dict]:
    return [
        {"expires_at": s.expire_date.isoformat()}
        for s in Session.objects.filter(pk__in=_sessions(person))
    ]


def sessions_end(person, rows, pseudonym: str) -> int:
    """Sign the person out everywhere: each session goes from the cache and the database."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    keys = _sessions(person)
    for key in keys:
        store(session_key=key).delete()
    return len(keys)


DECLARATIONS = [
    PersonalData(
        model="accounts.User",
        person_field="email",
        fields=(
            "email",
            "first_name",
            "last_name",
            "job_role",
            "school",
            "trn",
            "date_joined",
            "last_login",
            "is_active",
        ),
        export="Your account: name, e-mail address, role, school, teacher reference number.",
        erase="pseudonymise",
        why="the account is closed and becomes a pseudonym that the records kept point to",
        eraser=account_close,
    ),
    PersonalData(
        model="accounts.Consent",
        person_field="person",
        fields=("purpose", "given_at", "withdrawn_at"),
        export="Each consent you gave and when you withdrew it.",
        erase="delete",
    ),
    PersonalData(
        model="account.EmailAddress",
        person_field="user",
        fields=("email", "verified", "primary"),
        export="Your e-mail addresses and whether each is confirmed.",
        erase="delete",
    ),
    PersonalData(
        model="mfa.Authenticator",
        person_field="user",
        fields=("type", "created_at", "last_used_at"),
        export="Your two-factor methods (not their secrets).",
        erase="delete",
    ),
    PersonalData(
        model="socialaccount.SocialAccount",
        person_field="user",
        fields=("provider", "uid", "last_login", "date_joined", "extra_data"),
        export="The school or trust sign-in linked to your account, and what it told us.",
        erase="delete",
    ),
    PersonalData(
        model="sessions.Session",
        person_field="",
        fields=("expire_date",),
        export="The sessions you are signed in with.",
        erase="delete",
        exporter=sessions_export,
        eraser=sessions_end,
    ),
]
