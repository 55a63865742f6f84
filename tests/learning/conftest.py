import pytest

from tests.learning.factories import module_build


@pytest.fixture
def taken(db):
    """A module with three lessons, a reflection prompt and a two-question quiz."""
    return module_build(title="Restorative conversations", cpd_hours=4)
