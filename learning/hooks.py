"""Calls into the apps above learning (pathways, governors) by dotted path, so nothing imports upwards."""

import logging
from collections.abc import Callable, Iterable

from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def callables_load(paths: Iterable[str]) -> list[Callable]:
    """The functions named in a setting, skipping any whose app has not been built yet."""
    found = []
    for path in paths:
        module_path = path.rpartition(".")[0]
        try:
            found.append(import_string(path))
        except ModuleNotFoundError as error:
            if not error.name or not module_path.startswith(error.name):
                raise
            logger.debug("Skipping %s: %s is not there yet.", path, error.name)
        except ImportError as error:
            if not isinstance(error.__cause__, AttributeError):
                raise
            logger.debug("Skipping %s: not defined yet.", path)
    return found
