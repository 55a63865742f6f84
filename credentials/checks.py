"""`manage.py check --deploy` refuses a production without the Academy's signing keys."""

import os

from django.conf import settings
from django.core.checks import Error, Tags, register


def _has(name: str) -> bool:
    return bool(getattr(settings, name, None) or os.environ.get(name))


@register(Tags.security, deploy=True)
def signing_key_check(app_configs, **kwargs):
    errors = []
    if not _has("ACADEMY_SIGNING_KEY"):
        errors.append(
            Error(
                "ACADEMY_SIGNING_KEY is not set, so Open Badges credentials cannot be signed.",
                hint="Set it to an Ed25519 private key in PEM: openssl genpkey -algorithm ed25519",
                id="credentials.E001",
            )
        )
    if not _has("ACADEMY_JWT_SIGNING_KEY"):
        errors.append(
            Error(
                "ACADEMY_JWT_SIGNING_KEY is not set, so Open Badges VC-JWTs cannot be signed.",
                hint="Set it to an EC P-256 private key in PEM: openssl genpkey -algorithm EC "
                "-pkeyopt ec_paramgen_curve:P-256",
                id="credentials.E002",
            )
        )
    return errors
