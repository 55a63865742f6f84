"""A visitor browses the catalogue, opens a module and reads a lesson; axe checks every page."""

import pytest

from tests.factories import (
    LessonPageFactory,
    ModulePageFactory,
    ProviderIndexPageFactory,
    ProviderPageFactory,
    quiz_block,
)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_catalogue_to_module_to_lesson(browser_page):
    ProviderIndexPageFactory()
    provider = ProviderPageFactory(title="Daventry Meadows Teaching School Alliance")
    module = ModulePageFactory(
        parent=provider,
        title="Behaviour and restorative approaches",
        kind="early_career",
        summary="Calm classrooms through routines and restorative conversations.",
    )
    ModulePageFactory(parent=provider, title="Leading curriculum design", kind="leadership")
    LessonPageFactory(
        parent=module,
        title="Routines that make calm normal",
        body=[
            {"type": "heading", "value": {"text": "Why routines matter", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Routines free attention for learning.</p>"},
            {
                "type": "callout",
                "value": {
                    "kind": "tip",
                    "title": "Try this",
                    "text": "<p>Meet pupils at the door.</p>",
                },
            },
            quiz_block(
                ("What do routines free?", [("Attention", True), ("Time off", False)], "single")
            ),
        ],
    )
    LessonPageFactory(parent=module, title="Restorative conversations")

    browser_page.goto("/catalogue/?kind=early_career")
    assert "1 module found" in browser_page.text_content("main")
    browser_page.click("text=Behaviour and restorative approaches")
    assert "Routines that make calm normal" in browser_page.text_content("main")
    browser_page.click("text=Routines that make calm normal")

    main = browser_page.text_content("main")
    assert "Lesson 1 of 2" in main
    assert "What do routines free?" in main
    assert len(browser_page.checked_urls) == 3
