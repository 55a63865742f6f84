"""The council's compliance summary depends on hearing of certificates; a start-up check keeps
it so."""

from django.core.checks import Error, register
from wagtail import hooks

from credentials.hooks import CERTIFICATE_CHANGED

from .standings import certificate_standings_refresh


@register()
def standings_listen_check(app_configs=None, **kwargs) -> list[Error]:
    if certificate_standings_refresh in hooks.get_hooks(CERTIFICATE_CHANGED):
        return []
    return [
        Error(
            "The council's compliance summary does not hear of certificates, so it goes stale.",
            hint="Register governors.standings.certificate_standings_refresh for "
            "credentials.hooks.CERTIFICATE_CHANGED in governors/wagtail_hooks.py.",
            id="governors.E001",
        )
    ]
