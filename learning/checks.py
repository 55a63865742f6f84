"""Start-up checks that no listener on learning's hooks is lost to a typo or a broken import."""

import difflib
import inspect
from importlib import import_module

from django.apps import apps
from django.core.checks import Error, register
from django.utils.module_loading import module_has_submodule
from wagtail import hooks

from .hooks import CALLED_ELSEWHERE, CALLS, PREFIX


def _imports_check(app_configs) -> list[Error]:
    """Every app's wagtail_hooks module imports, so each of its listeners is registered."""
    errors = []
    for app_config in app_configs:
        if not module_has_submodule(app_config.module, "wagtail_hooks"):
            continue
        try:
            import_module(f"{app_config.name}.wagtail_hooks")
        except Exception as error:
            errors.append(
                Error(
                    f"{app_config.name}.wagtail_hooks does not import ({error!r}), "
                    "so the listeners it registers are missing.",
                    hint="Fix the import; learning does not skip a listener that fails to load.",
                    obj=app_config,
                    id="academy.E001",
                )
            )
    return errors


def _names_check() -> list[Error]:
    """A hook registered under a name learning never calls is a typo that switches it off."""
    errors = []
    for name, registered in hooks._hooks.items():  # Wagtail keeps no public list of hook names
        known = name in CALLS or name in CALLED_ELSEWHERE
        if not name.startswith(PREFIX) or known or not registered:
            continue
        close = difflib.get_close_matches(name, CALLS, n=1)
        errors.append(
            Error(
                f"{', '.join(_label(fn) for fn, _ in registered)} is registered for hook "
                f"{name!r}, which learning never calls.",
                hint=(f"Did you mean {close[0]!r}? " if close else "")
                + "Register with the constants in learning.hooks.",
                id="academy.E002",
            )
        )
    return errors


def _signatures_check() -> list[Error]:
    """Each listener takes the arguments learning passes, so it cannot fail only when called."""
    errors = []
    for name, (positional, keywords) in CALLS.items():
        for fn in hooks.get_hooks(name):
            try:
                inspect.signature(fn).bind(*positional, **dict.fromkeys(keywords))
            except TypeError as error:
                arguments = ", ".join([*positional, *(f"{k}=" for k in keywords)])
                errors.append(
                    Error(
                        f"{_label(fn)} is registered for {name!r} but cannot be called "
                        f"as fn({arguments}): {error}.",
                        obj=fn,
                        id="academy.E003",
                    )
                )
    return errors


def _label(fn) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


@register()
def learning_hooks_check(app_configs=None, **kwargs) -> list[Error]:
    errors = _imports_check(app_configs or apps.get_app_configs())
    if errors:
        return errors
    return _names_check() + _signatures_check()
