"""The same teacher's figures, read from each page's markup in a real browser (axe on each page):
My learning, My certificates, the pathway page and the pathway list agree."""

import pytest

from tests.factories import PASSWORD
from tests.pathways.factories import teacher_with_history

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_teachers_counts_agree_on_my_learning_certificates_and_the_pathway(
    browser_page, council_officer
):
    teacher, modules, pathway = teacher_with_history(council_officer)
    browser_page.goto("/account/login/")
    browser_page.fill("input[name=login]", teacher.email)
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.click("button[type=submit]")

    browser_page.goto("/my-learning/")
    on_my_learning = int(browser_page.text_content("[data-figure=modules-completed]"))
    listed = {
        title.strip()
        for title in browser_page.locator(
            "[data-completed-modules] [data-module-title]"
        ).all_inner_texts()
    }

    browser_page.goto("/my-certificates/")
    on_certificates = int(browser_page.text_content("[data-figure=modules-completed]"))

    browser_page.goto(pathway.url)
    on_pathway = int(browser_page.text_content("[data-figure=pathway-modules-completed]"))
    completed_on_pathway = {
        title.strip()
        for title in browser_page.locator(
            "li.academy-module--completed .academy-module__title"
        ).all_inner_texts()
    }
    stage_lines = browser_page.locator("[data-stage-progress]").all_inner_texts()

    browser_page.goto("/pathways/")
    on_list = int(browser_page.text_content("[data-figure=pathway-modules-completed]"))

    expected = {modules[key].title for key in ("done", "certified", "older")}
    assert on_my_learning == on_certificates == len(listed) == 3
    assert listed == expected
    # Every module on the pathway is on it, so its count is the same, module by module.
    assert completed_on_pathway == listed
    assert on_pathway == on_list == len(completed_on_pathway)
    assert stage_lines[0].strip() == "1 of 2 required modules done"
    assert stage_lines[1].strip() == "2 of 2 electives done"
