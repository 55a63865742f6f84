"""Pathway awards depend on hearing of module completions; a start-up check keeps it so."""

from django.core.checks import Error, register

from learning.hooks import MODULE_COMPLETED, listeners

from .services import pathway_awards_check


@register()
def pathway_awards_listen_check(app_configs=None, **kwargs) -> list[Error]:
    if pathway_awards_check in listeners(MODULE_COMPLETED):
        return []
    return [
        Error(
            "Pathway awards do not hear of module completions, so no pathway award is issued.",
            hint="Register pathways.services.pathway_awards_check for "
            "learning.hooks.MODULE_COMPLETED in pathways/wagtail_hooks.py.",
            id="academy.E004",
        )
    ]
