"""A learner takes a whole module in headless Chromium; axe-core checks every page on the way."""

from pathlib import Path

import pytest
from django.core import mail
from pypdf import PdfReader

from credentials.models import Certificate
from learning import services
from learning.models import ModuleCompletion, QuizAttempt, Reflection
from tests.factories import PASSWORD, UserFactory
from tests.learning.factories import module_build

REFLECTION = "Pupils settled faster when I greeted them at the door."


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_learner_takes_a_module_from_enrolment_to_the_reflective_log(browser_page, tmp_path):
    UserFactory(email="jo@example.org", first_name="Jo", last_name="Brown")
    taken = module_build(title="Calm classrooms", cpd_hours=3)
    page = browser_page

    page.log_in("jo@example.org", PASSWORD)
    page.goto(taken.module.url)
    page.click("text=Enrol on this module")
    assert page.url.endswith(taken.reading.url)
    assert "You are enrolled on Calm classrooms." in page.text_content("main")

    page.fill(f"#reflection-text-{taken.prompt_id}", REFLECTION)
    page.click("text=Save reflection")
    assert "Your reflection is saved" in page.text_content("main")
    page.click("text=Mark as complete")
    assert page.url.endswith(taken.quiz.url)

    quiz = taken.quiz_id
    page.check(f'[id="{quiz}-0-0"]')
    page.check(f'[id="{quiz}-1-0"]')
    page.click("text=Submit answers")
    assert "Not passed yet" in page.text_content("main")
    assert "You got 0 of 2 right (0%)." in page.text_content("main")

    page.check(f'[id="{quiz}-0-1"]')
    page.check(f'[id="{quiz}-1-0"]')
    page.check(f'[id="{quiz}-1-2"]')
    page.click("text=Submit answers")
    assert "You passed: 2 of 2 (100%)." in page.text_content("main")
    assert "Lesson complete" in page.text_content("main")

    page.click("a[rel=next]")
    page.click("text=Mark as complete")
    assert "You have completed Calm classrooms." in page.text_content("main")

    page.goto("/my-learning/")
    completed = page.text_content("table")
    assert "Calm classrooms" in completed
    certificate = Certificate.objects.get(learner__email="jo@example.org")
    assert certificate.code in completed
    assert ModuleCompletion.objects.count() == 1
    assert QuizAttempt.objects.count() == 2

    page.click("text=Read your reflective log")
    assert REFLECTION in page.text_content("main")
    with page.expect_download() as download_info:
        page.page.click("text=Download your reflective log (PDF)")
    saved = Path(tmp_path) / "log.pdf"
    download_info.value.save_as(saved)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(saved).pages).split())
    assert REFLECTION in text
    assert Reflection.objects.get().text == REFLECTION


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_learner_shares_a_reflection_and_the_mentor_reads_it(browser_page):
    learner = UserFactory(email="jo@example.org", first_name="Jo", last_name="Brown")
    UserFactory(email="sam@example.org", first_name="Sam", last_name="Mentor")
    taken = module_build(title="Calm classrooms", cpd_hours=3)
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.reflection_save(
        enrolment=enrolment, lesson=taken.reading, prompt_block_id=taken.prompt_id, text=REFLECTION
    )
    page = browser_page

    page.log_in("jo@example.org", PASSWORD)
    page.goto("/my-learning/reflections/")
    page.click("text=Share it with your mentor")
    page.click("main button[type=submit]")
    assert "Enter your mentor’s e-mail address." in page.text_content(".govuk-error-summary")
    page.fill("#id_mentor_email", "sam@example.org")
    page.click("main button[type=submit]")
    assert "Your reflection is shared with Sam Mentor." in page.text_content(
        ".govuk-notification-banner--success"
    )
    link = next(line for line in mail.outbox[0].body.splitlines() if "/my-learning/" in line)
    page.goto("/my-learning/reflections/")
    assert "Shared with Sam Mentor" in page.text_content("main")

    page.click("header button[type=submit]")  # sign out
    page.log_in("sam@example.org", PASSWORD)
    page.goto("/my-learning/reflections/shared-with-me/")
    assert "Jo Brown" in page.text_content("main table")
    page.click(f"main table >> text={taken.reading.reflection_prompts()[0].value['prompt']}")
    assert page.url.endswith(link.removeprefix("http://testserver"))
    assert REFLECTION in page.text_content("main")
    assert page.query_selector("main form") is None
    assert Reflection.objects.get().shared_with.email == "sam@example.org"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_failed_safeguarding_quiz_shows_no_right_answer(browser_page):
    UserFactory(email="jo@example.org", first_name="Jo", last_name="Brown")
    taken = module_build(title="Safeguarding refresher", cpd_hours=2, validity_months=12)
    page = browser_page

    page.log_in("jo@example.org", PASSWORD)
    page.goto(taken.module.url)
    page.click("text=Enrol on this module")
    page.goto(taken.quiz.url)
    quiz = taken.quiz_id
    first_order = page.eval_on_selector_all(
        '[name^="question-"]', "inputs => inputs.map(input => input.id)"
    )
    page.check(f'[id="{quiz}-0-0"]')
    page.check(f'[id="{quiz}-1-1"]')
    page.click("text=Submit answers")

    main = page.text_content("main")
    assert "Not passed yet" in main
    assert "You got 0 of 2 right (0%)." in main
    assert "Right answer" not in main
    assert "Because of" not in main
    assert page.query_selector(".academy-quiz__option--correct") is None
    assert "The right answers are shown once you pass." in main
    attempts = list(QuizAttempt.objects.order_by("pk"))
    assert [attempt.submitted_at is None for attempt in attempts] == [False, True]
    shown_ids = [
        f"{quiz}-{item['question']}-{option}"
        for attempt in attempts
        for item in attempt.shown
        for option in item["options"]
    ]
    assert shown_ids[:6] == first_order
    retry_order = page.eval_on_selector_all(
        '[name^="question-"]', "inputs => inputs.map(input => input.id)"
    )
    assert retry_order == shown_ids[6:]
