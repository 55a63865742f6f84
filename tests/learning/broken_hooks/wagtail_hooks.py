"""An app's wagtail_hooks whose own import is broken: its listener must not vanish quietly."""

from a_module_that_does_not_exist import award  # noqa: F401
from wagtail import hooks

from learning.hooks import MODULE_COMPLETED


@hooks.register(MODULE_COMPLETED)
def hook(*, learner, module, completion):
    pass
