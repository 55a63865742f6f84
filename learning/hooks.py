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

PREFIX = "academy_"

# Hooks with learning's prefix that other apps call, not learning: the name check leaves them be.
# academy_partnership_ties: fn() -> iterable of tie dicts, from mentoring, read by reports.
CALLED_ELSEWHERE = frozenset({"academy_partnership_ties"})

# How learning calls each hook: the positional and the keyword arguments.
CALLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    MODULE_COMPLETED: ((), ("learner", "module", "completion")),
    COMPLETION_REQUIREMENTS: ((), ("enrolment",)),
    DASHBOARD_PANELS: (("request",), ()),
}


def listeners(name: str) -> list[Callable]:
    """The functions registered for one of learning's hooks, in their order."""
    if name not in CALLS:
        raise KeyError(f"learning calls no hook named {name!r}")
    return hooks.get_hooks(name)
