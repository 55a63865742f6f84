"""A completion hook whose own import is broken: learning must not hide that."""

import a_module_that_does_not_exist  # noqa: F401


def hook(**kwargs):
    pass
