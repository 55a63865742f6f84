import pytest

from learning import services
from learning.models import Enrolment, LessonProgress
from tests.learning.factories import RIGHT

pytestmark = pytest.mark.django_db


def test_someone_signed_out_is_asked_to_sign_in_on_the_module_page(client, taken):
    page = client.get(taken.module.url).content.decode()
    assert "Sign in to enrol" in page
    assert "Enrol on this module" not in page


def test_enrolling_takes_the_learner_to_the_first_lesson(client, learner, taken):
    client.force_login(learner)
    assert "Enrol on this module" in client.get(taken.module.url).content.decode()

    response = client.post(f"/learn/modules/{taken.module.pk}/enrol/")

    assert response.status_code == 302
    assert response["Location"] == taken.reading.url
    assert Enrolment.objects.get().learner == learner


def test_the_module_page_offers_to_continue_where_the_learner_left_off(client, learner, taken):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    client.force_login(learner)

    page = client.get(taken.module.url).content.decode()

    assert "Continue where you left off" in page
    assert f'href="{taken.quiz.url}">Continue where you left off' in page
    assert "1 of 3 lessons done" in page
    assert 'aria-valuenow="33"' in page
    assert page.count("Done</strong>") == 1
    assert page.count("To do</strong>") == 2
    assert "Leave this module" in page


def test_mark_as_complete_moves_on_to_the_next_lesson(client, learner, taken):
    services.enrolment_create(learner=learner, module=taken.module)
    client.force_login(learner)
    lesson_page = client.get(taken.reading.url).content.decode()
    assert "Mark as complete" in lesson_page
    assert f'href="{taken.quiz.url}" rel="next"' in lesson_page

    response = client.post(f"/learn/lessons/{taken.reading.pk}/complete/")

    assert response["Location"] == taken.quiz.url
    assert LessonProgress.objects.filter(lesson=taken.reading).count() == 1
    quiz_page = client.get(taken.quiz.url).content.decode()
    assert "Pass the quiz in this lesson to complete it." in quiz_page
    assert "Mark as complete" not in quiz_page
    assert f'href="{taken.reading.url}" rel="prev"' in quiz_page


def test_finishing_the_last_step_says_the_module_is_complete(client, learner, taken):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.quiz_submit(
        enrolment=enrolment, lesson=taken.quiz, quiz_block_id=taken.quiz_id, answers=RIGHT
    )
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    client.force_login(learner)

    response = client.post(f"/learn/lessons/{taken.closing.pk}/complete/", follow=True)

    page = response.content.decode()
    assert f"You have completed {taken.module.title}." in page
    assert "You completed this module on" in page


def test_leaving_and_enrolling_again_from_the_module_page(client, learner, taken):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    client.force_login(learner)

    page = client.post(f"/learn/modules/{taken.module.pk}/leave/", follow=True).content.decode()
    assert "Your progress is kept if you enrol again." in page
    assert "Enrol again" in page

    response = client.post(f"/learn/modules/{taken.module.pk}/enrol/")
    assert response["Location"] == taken.quiz.url
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE


def test_a_learner_who_is_not_enrolled_sees_the_lesson_read_only(client, learner, taken):
    client.force_login(learner)
    page = client.get(taken.quiz.url).content.decode()
    assert "Enrol on this module to answer the questions." in page
    assert "disabled" in page
    assert "Mark as complete" not in page
    assert client.post(f"/learn/lessons/{taken.reading.pk}/complete/").status_code == 404


def test_actions_need_a_post(client, learner, taken):
    client.force_login(learner)
    assert client.get(f"/learn/modules/{taken.module.pk}/enrol/").status_code == 405
