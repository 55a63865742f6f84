"""The hooks through which apps above learning hear of completions and add to "My learning".

An app registers in its wagtail_hooks.py with Wagtail's registry, `@hooks.register(MODULE_COMPLETED)`,
so learning never imports upwards; learning.checks proves at start-up that every listener loads,
is registered under a name learning calls, and takes the arguments learning passes.
"""

from collections.abc import Callable

from wagtail import hooks

# fn(*, learner, module, completion): inside the completing transaction, so a failure rolls it back.
MODULE_COMPLETED = "academy_module_completed"
# fn(*, enrolment) -> bool: True when the learner has met the app's own requirement (an event attended).
COMPLETION_REQUIREMENTS = "academy_completion_requirements"
# fn(request) -> str (HTML) or None: a section of "My learning", in the order registered.
DASHBOARD_PANELS = "academy_dashboard_panels"
# fn(request) -> str (HTML) or None: something the learner must answer, above everything else.
DASHBOARD_NOTICES = "academy_dashboard_notices"

# fn() -> iterable of {"source", "source_kind", "target", "target_kind", "tie"}: organisations
# that work together, for the partnership map. reports calls it, not learning; it is named here
# so every app registers under one spelling and the start-up check knows it.
PARTNERSHIP_TIES = "academy_partnership_ties"
# fn(request, *, module) -> str (HTML) or None: a section of a module's page, beside its actions
# (the next dates of its live sessions).
MODULE_PANELS = "academy_module_panels"

PREFIX = "academy_"

# Hooks another app calls, with how it calls them: the start-up check knows their names too.
CALLED_ELSEWHERE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    PARTNERSHIP_TIES: ((), ()),
}

# How learning calls each hook: the positional and the keyword arguments.
CALLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    MODULE_COMPLETED: ((), ("learner", "module", "completion")),
    COMPLETION_REQUIREMENTS: ((), ("enrolment",)),
    DASHBOARD_PANELS: (("request",), ()),
    DASHBOARD_NOTICES: (("request",), ()),
    MODULE_PANELS: (("request",), ("module",)),
}


def listeners(name: str) -> list[Callable]:
    """The functions registered for one of learning's hooks, in their order."""
    if name not in CALLS:
        raise KeyError(f"learning calls no hook named {name!r}")
    return hooks.get_hooks(name)
