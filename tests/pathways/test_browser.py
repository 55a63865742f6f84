"""The pathway map in a real browser: axe on every page, keyboard focus reaching module links,
and leaving only after saying yes."""

import pytest

from pathways.models import PathwayEnrolment
from pathways.services import pathway_join
from tests.factories import PASSWORD, ModulePageFactory, ProviderPageFactory, UserFactory
from tests.pathways.factories import PathwayPageFactory, module_complete, module_start, stage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def alliance_modules():
    """Behaviour, assessment, coaching, inclusion and middle leadership, from one alliance."""
    provider = ProviderPageFactory(title="Kettering Park Teaching School Alliance")
    return [
        ModulePageFactory(title=title, parent=provider)
        for title in (
            "Behaviour in the classroom",
            "Assessment and feedback",
            "Coaching colleagues",
            "Inclusive practice",
            "Middle leadership",
        )
    ]


def test_visitor_joins_and_finds_their_way_by_keyboard(browser_page):
    behaviour, assessment, coaching, inclusion, leading = alliance_modules()
    pathway = PathwayPageFactory(
        title="Early career to middle leadership",
        stages=[
            stage("Early career", required=[behaviour, assessment]),
            stage("CPD", electives=[coaching, inclusion], rule="count", number=1),
            stage("Middle leadership", required=[leading], locked=True),
        ],
    )
    learner = UserFactory(email="tom@example.org", first_name="Tom", last_name="Teacher")
    module_complete(learner, behaviour)
    module_start(learner, assessment)

    # A visitor sees the route, and joining leads to signing in.
    browser_page.goto(pathway.url)
    assert browser_page.locator("ol.academy-route > li").count() == 4
    assert browser_page.locator("text=You are here").count() == 0
    browser_page.click("a:has-text('Join this pathway')")
    assert "/account/login/" in browser_page.url
    browser_page.fill("input[name=login]", learner.email)
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.click("button[type=submit]")
    assert browser_page.url.endswith(pathway.url)

    browser_page.click("button:has-text('Join this pathway')")
    current = browser_page.locator("[aria-current=step]")
    assert "You are here" in current.inner_text()
    assert "Early career" in current.inner_text()
    assert "Continue: Assessment and feedback" in browser_page.text_content(".academy-position")
    statuses = browser_page.locator("#stage-1 .academy-tag").all_inner_texts()
    assert [s.strip() for s in statuses] == ["In progress", "Completed", "In progress"]
    assert "Locked" in browser_page.text_content("#stage-3 .academy-tag")

    # Tabbing from the top of the page reaches every module link, in route order.
    module_links = browser_page.locator(".academy-module a").evaluate_all(
        "links => links.map(a => a.href)"
    )
    assert len(module_links) == 5
    reached = []
    browser_page.locator("body").focus()
    for _ in range(60):
        browser_page.keyboard.press("Tab")
        href = browser_page.evaluate(
            "() => document.activeElement.closest('.academy-module') ? document.activeElement.href : null"
        )
        if href and href not in reached:
            reached.append(href)
    assert reached == module_links

    # The index shows where they are too.
    browser_page.goto("/pathways/")
    assert "You are here" in browser_page.text_content(".academy-pathway-card")


def test_map_on_a_phone_keeps_every_stage_readable(browser_page):
    module = ModulePageFactory(title="Governor induction")
    pathway = PathwayPageFactory(title="Governors", stages=[stage("Induction", required=[module])])
    browser_page.set_viewport_size({"width": 375, "height": 800})
    browser_page.goto(pathway.url)
    overflow = browser_page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert not overflow
    assert browser_page.locator(".academy-module a").is_visible()


def test_learner_is_asked_before_leaving_and_can_cancel(browser_page):
    module = ModulePageFactory(title="Behaviour in the classroom")
    pathway = PathwayPageFactory(
        title="Early career", stages=[stage("Early career", required=[module])]
    )
    learner = UserFactory(email="tom@example.org")
    module_start(learner, module)
    pathway_join(learner=learner, pathway=pathway)
    browser_page.log_in(learner.email, PASSWORD)

    browser_page.goto(pathway.url)
    browser_page.click("a:has-text('Leave this pathway')")
    assert browser_page.locator("h1").inner_text() == "Are you sure you want to leave this pathway?"
    browser_page.click("main a:has-text('Cancel')")
    assert browser_page.url.endswith(pathway.url)
    assert "Where you are" in browser_page.text_content(".academy-position")

    browser_page.click("a:has-text('Leave this pathway')")
    browser_page.click("main button[type=submit]")
    assert browser_page.url.endswith(pathway.url)
    assert "You have left Early career." in browser_page.text_content("main")
    assert browser_page.locator("button:has-text('Join this pathway')").is_visible()
    assert PathwayEnrolment.objects.get(learner=learner).left_at is not None


def test_map_with_a_module_not_open_yet(browser_page):
    behaviour, assessment, coaching, inclusion, _ = alliance_modules()
    assessment.unpublish()
    inclusion.unpublish()
    pathway = PathwayPageFactory(
        title="Early career",
        stages=[
            stage("Early career", required=[behaviour, assessment]),
            stage("CPD", electives=[coaching, inclusion], rule="count", number=1),
        ],
    )
    learner = UserFactory(email="tom@example.org")
    module_complete(learner, behaviour)
    pathway_join(learner=learner, pathway=pathway)
    browser_page.log_in(learner.email, PASSWORD)

    for width in (1280, 375):
        browser_page.set_viewport_size({"width": width, "height": 900})
        browser_page.goto(pathway.url)
        position = browser_page.text_content(".academy-position")
        assert "This stage cannot be finished until Assessment and feedback opens." in position
        assert "Start: Coaching colleagues" in position
        assert browser_page.text_content("#stage-1 .academy-tag").strip() == (
            "Cannot be finished yet"
        )
        not_open = browser_page.locator(".academy-module--not_open")
        assert not_open.count() == 2
        assert not_open.locator("a").count() == 0
        assert "Not open yet" in not_open.first.inner_text()
        overflow = browser_page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
        )
        assert not overflow
