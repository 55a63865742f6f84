import pytest

from learning import services
from tests.learning.factories import REFLECTION_TEXT, module_build


@pytest.fixture
def taken(db):
    """A module with three lessons, a reflection prompt and a two-question quiz."""
    return module_build(title="Restorative conversations", cpd_hours=4)


@pytest.fixture
def reflection(learner, taken):
    """The learner's saved answer to the reading lesson's reflection prompt."""
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    return services.reflection_save(
        enrolment=enrolment,
        lesson=taken.reading,
        prompt_block_id=taken.prompt_id,
        text=REFLECTION_TEXT,
    )
