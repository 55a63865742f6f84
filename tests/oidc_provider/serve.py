"""Start the test provider: `python -m tests.oidc_provider.serve PORT`, with
OIDC_PROVIDER_DATABASE naming a fresh SQLite file. Creates its tables, its two users and the
Academy client, then serves on 127.0.0.1 until stopped."""

import os
import sys

import django
from django.core.management import call_command

from . import CALLBACK_PATH, CLIENT_ID, CLIENT_SECRET, PASSWORD, USERS, VERIFIED_GROUP

# The Django test client's host, the live server's, and the loopback address (any port).
REDIRECT_HOSTS = ["http://testserver", "http://localhost", "http://127.0.0.1"]


def seed(provider_id: str) -> None:
    from django.contrib.auth.models import Group, User
    from oauth2_provider.models import Application

    verified = Group.objects.create(name=VERIFIED_GROUP)
    for username, (email, first_name, last_name, is_verified) in USERS.items():
        user = User.objects.create_user(
            username, email=email, password=PASSWORD, first_name=first_name, last_name=last_name
        )
        if is_verified:
            user.groups.add(verified)
    callback = CALLBACK_PATH.format(provider_id=provider_id)
    Application.objects.create(
        name="Academy",
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=" ".join(host + callback for host in REDIRECT_HOSTS),
        algorithm=Application.RS256_ALGORITHM,
        skip_authorization=True,
    )


def main() -> None:
    port, provider_id = sys.argv[1], sys.argv[2]
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.oidc_provider.settings"
    django.setup()
    call_command("migrate", verbosity=0)
    seed(provider_id)
    call_command("runserver", f"127.0.0.1:{port}", use_reloader=False, use_threading=True)


if __name__ == "__main__":
    main()
