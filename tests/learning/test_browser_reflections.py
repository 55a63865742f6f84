"""Nothing a learner types in a reflection is lost: saved as typed, saved on completing, and
the page asks before leaving with text not yet saved; with scripts on and with scripts off."""

import pytest

from learning import services
from learning.models import LessonProgress, Reflection
from tests.factories import PASSWORD, UserFactory
from tests.learning.factories import module_build

FIRST = "Pupils settled faster when I greeted them at the door."
MORE = " Next week I will try it with Year 9 after lunch."

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def taken():
    learner = UserFactory(email="jo@example.org", first_name="Jo", last_name="Brown")
    taken = module_build(title="Calm classrooms", cpd_hours=3)
    services.enrolment_create(learner=learner, module=taken.module)
    return taken


def box(taken) -> str:
    return f"#reflection-text-{taken.prompt_id}"


def saved_text() -> str | None:
    reflection = Reflection.objects.filter(learner__email="jo@example.org").first()
    return reflection.text if reflection else None


def test_the_script_saves_the_reflection_as_it_is_typed_then_completing_keeps_it(
    browser_page, taken
):
    page = browser_page
    page.log_in("jo@example.org", PASSWORD)
    page.goto(taken.reading.url)

    page.page.type(box(taken), FIRST)
    status = page.locator(f"#reflection-status-{taken.prompt_id}")
    status.filter(has_text="Saved at").wait_for()
    assert status.get_attribute("aria-live") == "polite"
    assert saved_text() == FIRST

    page.page.type(box(taken), MORE)
    page.click("text=Mark as complete")

    assert "Your reflection is saved in your reflective log." in page.text_content("main")
    assert page.url.endswith(taken.quiz.url)
    assert saved_text() == FIRST + MORE
    assert LessonProgress.objects.filter(lesson=taken.reading).exists()
    page.goto(taken.reading.url)
    assert page.input_value(box(taken)) == FIRST + MORE


def test_completing_straight_after_typing_with_scripts_off_saves_the_reflection(
    chromium, live_server, taken
):
    context = chromium.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/account/login/")
        page.fill("input[name=login]", "jo@example.org")
        page.fill("input[name=password]", PASSWORD)
        page.click("main button[type=submit]")
        page.goto(f"{live_server.url}{taken.reading.url}")

        page.fill(box(taken), FIRST)
        page.click("text=Mark as complete")

        assert "Your reflection is saved in your reflective log." in page.text_content("main")
        assert saved_text() == FIRST
        assert LessonProgress.objects.filter(lesson=taken.reading).exists()
    finally:
        context.close()


def test_leaving_with_text_that_could_not_be_saved_asks_first(browser_page, taken):
    page = browser_page
    page.log_in("jo@example.org", PASSWORD)
    page.goto(taken.reading.url)
    page.page.route("**/reflection/draft/", lambda route: route.abort())

    page.page.type(box(taken), FIRST)
    status = page.locator(f"#reflection-status-{taken.prompt_id}")
    status.filter(has_text="Not saved yet").wait_for()

    asked = []

    def stay(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.page.on("dialog", stay)
    page.page.click("a[rel=next]")
    page.page.wait_for_timeout(500)

    assert asked == ["beforeunload"]
    assert page.url.endswith(taken.reading.url)
    assert page.input_value(box(taken)) == FIRST
    assert saved_text() is None


def test_a_quiz_submitted_with_an_unsaved_reflection_saves_the_reflection_first(
    browser_page, taken
):
    """The quiz has its own form: the script saves the reflection before the quiz goes."""
    from tests.learning.factories import reflection_block

    taken.quiz.body = [*taken.quiz.body.raw_data, reflection_block("What surprised you?")]
    taken.quiz.save_revision().publish()
    prompt = taken.quiz.reflection_prompts()[0].id
    page = browser_page
    page.log_in("jo@example.org", PASSWORD)
    page.goto(taken.quiz.url)

    page.page.fill(f"#reflection-text-{prompt}", FIRST)
    page.check(f'[id="{taken.quiz_id}-0-1"]')
    page.check(f'[id="{taken.quiz_id}-1-0"]')
    # The script holds the quiz back until the reflection is saved, so the page only starts
    # to load after the click has returned: wait for that load, not the one already done.
    with page.page.expect_navigation():
        page.page.click("text=Submit answers")
    page.check_accessibility()

    assert "You scored" in page.text_content("main")
    assert saved_text() == FIRST
