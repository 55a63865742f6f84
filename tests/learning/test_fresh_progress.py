"""What the learner sees of their own progress is never stale, though the outline around it is
cached: each page shows what they have just done, on the very next request."""

import pytest

from learning import services
from learning.models import Enrolment
from pathways.services import pathway_join
from tests.learning.factories import RIGHT
from tests.pathways.factories import PathwayPageFactory, stage

pytestmark = pytest.mark.django_db


def text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_progress_shows_at_once_on_every_page_after_each_step(
    client, learner, taken, django_capture_on_commit_callbacks
):
    pathway = PathwayPageFactory(stages=[stage("One", required=[taken.module])])
    pathway_join(learner=learner, pathway=pathway)
    client.force_login(learner)
    client.post(f"/learn/modules/{taken.module.pk}/enrol/")
    for url in (taken.module.url, taken.reading.url, "/my-learning/"):
        assert "0 of 3 lessons done" in text(client, url)
    assert "Completed" not in text(client, pathway.url)

    client.post(f"/learn/lessons/{taken.reading.pk}/complete/")
    assert "1 of 3 lessons done" in text(client, taken.module.url)
    assert "1 of 3 lessons done" in text(client, taken.quiz.url)
    my_learning = text(client, "/my-learning/")
    assert "1 of 3 lessons done" in my_learning
    assert f'href="{taken.quiz.url}"' in my_learning  # resumes at the next lesson

    enrolment = Enrolment.objects.get(learner=learner, module=taken.module)
    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    assert "2 of 3 lessons done" in text(client, taken.module.url)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/learn/lessons/{taken.closing.pk}/complete/")
    assert "You completed this module on" in text(client, taken.module.url)
    my_learning = text(client, "/my-learning/")
    assert "lessons done" not in my_learning  # nothing left in progress
    assert taken.module.title in my_learning  # among the completed
    assert "Completed" in text(client, pathway.url)


def test_leaving_shows_at_once(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)
    assert taken.module.title in text(client, "/my-learning/")
    client.post(f"/learn/modules/{taken.module.pk}/leave/")
    assert "You left this module" in text(client, taken.module.url)
    assert "lessons done" not in text(client, "/my-learning/")
