"""Deleting a module or lesson that learners have records on says why it cannot, never a 500."""

import pytest
from django.contrib.messages import get_messages

from courses.models import LessonPage, ModulePage
from learning import services
from tests.factories import ModulePageFactory, UserFactory
from tests.learning.factories import module_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, totp=True))
    return client


@pytest.fixture
def started(learner):
    """A module a learner is enrolled on, with one lesson done."""
    taken = module_build(title="Restorative conversations")
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    return taken


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_deleting_a_module_with_learners_says_why_and_keeps_it(editor, started):
    url = f"/admin/pages/{started.module.pk}/delete/"
    for response in (editor.get(url), editor.post(url)):
        assert response.status_code == 302
        assert response["Location"] == f"/admin/pages/{started.module.pk}/edit/"
    message = _messages(response)[-1]
    assert message.startswith("‘Restorative conversations’ cannot be deleted because learners’")
    assert "1 enrolment and 1 lesson progress" in message
    assert "Unpublish it instead" in message
    assert ModulePage.objects.filter(pk=started.module.pk).exists()
    assert LessonPage.objects.child_of(started.module).count() == 3


def test_deleting_a_lesson_a_learner_has_done_says_why(editor, started):
    response = editor.post(f"/admin/pages/{started.reading.pk}/delete/")
    assert response.status_code == 302
    (message,) = _messages(response)
    assert "‘Reading the room’ cannot be deleted" in message
    assert "1 lesson progress" in message
    assert LessonPage.objects.filter(pk=started.reading.pk).exists()


def test_bulk_deleting_pages_with_learners_refuses_them(editor, started):
    untouched = ModulePageFactory(parent=started.module.get_parent(), title="Nobody took this")
    url = (
        f"/admin/bulk/wagtailcore/page/delete/?id={started.module.pk}&id={untouched.pk}"
        f"&childOf={started.module.get_parent().pk}&next=/admin/"
    )
    response = editor.post(url)
    assert response.status_code == 302
    assert ModulePage.objects.filter(pk__in=[started.module.pk, untouched.pk]).count() == 2
    assert any("cannot be deleted" in message for message in _messages(response))


def test_a_module_nobody_has_taken_is_deleted_as_before(editor):
    module = module_build(title="Draft idea").module
    response = editor.post(f"/admin/pages/{module.pk}/delete/")
    assert response.status_code == 302
    assert not ModulePage.objects.filter(pk=module.pk).exists()
