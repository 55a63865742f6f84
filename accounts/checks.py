"""`manage.py check` fails when a two-factor check named in the settings cannot be imported."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.utils.module_loading import import_string


@register(Tags.security)
def mfa_required_checks_check(app_configs, **kwargs):
    errors = []
    for path in settings.ACCOUNTS_MFA_REQUIRED_CHECKS:
        try:
            found = import_string(path)
        except ImportError as error:
            found, reason = None, str(error)
        else:
            reason = "it is not callable"
        if not callable(found):
            errors.append(
                Error(
                    f"ACCOUNTS_MFA_REQUIRED_CHECKS names {path}, but {reason}.",
                    hint="Name a function fn(*, user) -> bool, or remove the entry.",
                    id="accounts.E001",
                )
            )
    return errors
