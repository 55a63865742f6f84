"""The module outline kept in the shared cache is never served stale: publishing, unpublishing,
moving and deleting a lesson or a module, or changing a prerequisite or a framework name, shows
on the next request. Pages come from one routing query; private modules stay private."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from courses.models import Framework, FrameworkElement, LessonPage
from courses.outline import KEY
from tests.factories import LessonPageFactory, ModulePageFactory
from tests.learning.factories import module_build

pytestmark = pytest.mark.django_db


@pytest.fixture
def taken():
    return module_build(title="Restorative conversations")


def page_text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def cached(module) -> bool:
    return cache.get(KEY.format(module.path)) is not None


def test_the_outline_is_cached_after_the_first_view(client, taken):
    assert not cached(taken.module)
    page_text(client, taken.module.url)
    assert cached(taken.module)


def test_a_lesson_published_shows_at_once(client, taken):
    page_text(client, taken.module.url)
    page_text(client, taken.reading.url)
    lesson = LessonPageFactory(parent=taken.module, title="A fourth lesson", live=False)
    lesson.save_revision().publish()
    assert "A fourth lesson" in page_text(client, taken.module.url)
    assert "A fourth lesson" in page_text(client, taken.reading.url)


def test_a_lesson_unpublished_goes_at_once(client, taken):
    assert "Putting it together" in page_text(client, taken.module.url)
    taken.closing.unpublish()
    assert "Putting it together" not in page_text(client, taken.module.url)
    assert "Putting it together" not in page_text(client, taken.reading.url)


def test_a_lesson_retitled_and_published_shows_its_new_title(client, taken):
    page_text(client, taken.module.url)
    lesson = LessonPage.objects.get(pk=taken.closing.pk)
    lesson.title = "Bringing it all together"
    lesson.save_revision().publish()
    assert "Bringing it all together" in page_text(client, taken.module.url)


def test_a_lesson_moved_leaves_one_outline_and_joins_the_other(client, taken):
    other = ModulePageFactory(title="Another module")
    page_text(client, taken.module.url)
    page_text(client, other.url)
    LessonPage.objects.get(pk=taken.closing.pk).move(other, pos="last-child")
    assert "Putting it together" not in page_text(client, taken.module.url)
    assert "Putting it together" in page_text(client, other.url)


def test_lessons_reordered_show_in_their_new_order(client, taken):
    page_text(client, taken.module.url)
    LessonPage.objects.get(pk=taken.closing.pk).move(taken.reading, pos="left")
    text = page_text(client, taken.module.url)
    assert text.index("Putting it together") < text.index("Reading the room")


def test_a_module_moved_to_another_provider_links_its_lessons_there(client, taken):
    from tests.factories import ProviderPageFactory

    page_text(client, taken.module.url)
    provider = ProviderPageFactory(title="New home")
    taken.module.move(provider, pos="last-child")
    module = type(taken.module).objects.get(pk=taken.module.pk)
    text = page_text(client, module.url)
    assert f'href="{module.url}{taken.reading.slug}/"' in text
    assert "New home" in text


def test_a_lesson_deleted_goes_at_once(client, taken):
    page_text(client, taken.module.url)
    LessonPage.objects.get(pk=taken.closing.pk).delete()
    assert "Putting it together" not in page_text(client, taken.module.url)


def test_a_module_unpublished_or_deleted_is_not_served(client, taken):
    page_text(client, taken.module.url)
    page_text(client, taken.reading.url)
    taken.module.unpublish()
    assert client.get(taken.module.url).status_code == 404
    taken.module.save_revision().publish()
    assert client.get(taken.module.url).status_code == 200
    taken.module.delete()
    assert client.get(taken.module.url).status_code == 404
    assert client.get(taken.reading.url).status_code == 404


def test_the_module_retitled_shows_on_its_lessons(client, taken):
    page_text(client, taken.reading.url)
    module = type(taken.module).objects.get(pk=taken.module.pk)
    module.title = "Restorative conversations, revised"
    module.save_revision().publish()
    assert "Restorative conversations, revised" in page_text(client, taken.reading.url)


def test_a_prerequisite_unpublished_is_no_longer_asked_for(client, taken):
    before = ModulePageFactory(title="Behaviour basics")
    module = type(taken.module).objects.get(pk=taken.module.pk)
    module.prerequisites.add(before)
    module.save_revision().publish()
    assert "Behaviour basics" in page_text(client, taken.module.url)
    before.unpublish()
    assert "Behaviour basics" not in page_text(client, taken.module.url)


def test_a_framework_element_renamed_shows_at_once(client, taken):
    framework = Framework.objects.create(name="Teachers' standards", slug="bench-standards")
    element = FrameworkElement.objects.create(framework=framework, code="S1", title="Set goals")
    module = type(taken.module).objects.get(pk=taken.module.pk)
    module.framework_elements.add(element)
    module.save_revision().publish()
    assert element.title in page_text(client, taken.module.url)
    element.title = "A renamed standard"
    element.save()
    assert "A renamed standard" in page_text(client, taken.module.url)


def test_a_private_module_and_its_lessons_stay_private(client, learner, taken):
    restriction = PageViewRestriction.objects.create(
        page=taken.module, restriction_type=PageViewRestriction.LOGIN
    )
    for url in (taken.module.url, taken.reading.url):
        response = client.get(url)
        assert response.status_code == 302
        assert "/account/login/" in response.url
    client.force_login(learner)
    assert client.get(taken.reading.url).status_code == 200
    client.logout()
    restriction.delete()
    assert client.get(taken.reading.url).status_code == 200


def test_a_module_page_is_routed_in_one_query_of_the_tree(
    client, taken, django_assert_max_num_queries
):
    page_text(client, taken.reading.url)  # the site, its root paths and the outline cached
    with django_assert_max_num_queries(2):  # the pages on the path, then the lesson's own row
        page_text(client, taken.reading.url)


def test_a_path_through_a_page_that_is_not_there_is_not_found(client, taken):
    assert client.get(f"{taken.module.url}no-such-lesson/").status_code == 404
    assert client.get(f"{taken.reading.url}deeper/").status_code == 404
    assert client.get("/providers/nowhere/").status_code == 404


def my_learning_text(client, learner, taken) -> str:
    from tests.learning.factories import enrolment_for

    if not taken.module.enrolments.filter(learner=learner).exists():
        enrolment_for(learner, taken)
    client.force_login(learner)
    return page_text(client, "/my-learning/")


def test_my_learnings_lesson_lists_follow_publishing_retitling_and_deleting(client, learner, taken):
    """My learning counts lessons and links the next one from a lighter cached list of the
    lessons, kept and forgotten with the outline."""
    from courses.outline import LESSONS_KEY

    text = my_learning_text(client, learner, taken)
    assert cache.get(LESSONS_KEY.format(taken.module.path)) is not None
    assert "0 of 3 lessons" in text
    assert "Start<span" in text
    added = LessonPageFactory(parent=taken.module, title="A fourth lesson", live=False)
    added.save_revision().publish()
    assert "0 of 4 lessons" in my_learning_text(client, learner, taken)
    first = LessonPage.objects.get(pk=taken.reading.pk)
    first.title = "Reading the room again"
    first.save_revision().publish()
    from learning import services

    enrolment = taken.module.enrolments.get(learner=learner)
    services.lesson_complete(enrolment=enrolment, lesson=first)
    text = my_learning_text(client, learner, taken)
    assert "1 of 4 lessons" in text
    assert "Checking understanding" in text  # the next lesson, to continue with
    taken.quiz.delete()
    text = my_learning_text(client, learner, taken)
    assert "1 of 3 lessons" in text
    assert "Checking understanding" not in text
    assert f'href="{taken.closing.url}"' in text
