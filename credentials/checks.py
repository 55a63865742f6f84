"""`manage.py check --deploy` refuses a production without the Academy's signing key."""

import os

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def signing_key_check(app_configs, **kwargs):
    if getattr(settings, "ACADEMY_SIGNING_KEY", None) or os.environ.get("ACADEMY_SIGNING_KEY"):
        return []
    return [
        Error(
            "ACADEMY_SIGNING_KEY is not set, so Open Badges credentials cannot be signed.",
            hint="Set it to an Ed25519 private key in PEM: openssl genpkey -algorithm ed25519",
            id="credentials.E001",
        )
    ]
