from datetime import date, datetime
from decimal import Decimal
from unittest import mock

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks

from credentials.models import CreditEntry
from learning import services
from learning.hooks import DASHBOARD_PANELS
from learning.selectors import academic_year_start
from tests.factories import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db

# Learning's own part is 6 queries (user, the person's roles for the menu, the enrolments, the
# progress in them, the year's CPD hours, the completed modules; sessions, the site and the
# modules' outlines come from the cache); the panels other apps add (credits, pathways,
# workforce, evaluation's questionnaires; the credits panel, the CPD-hours chart and the year's
# hours share one read of the ledger, and mentoring asks nothing of someone the menu's roles
# query found in no pair) bring the page to 10.
LEARNING_QUERY_BOUND = 6
DASHBOARD_QUERY_BOUND = 10


def enrol_on_modules(learner, count: int, django_capture_on_commit_callbacks) -> None:
    """Half the modules in progress, half completed (with their certificates)."""
    for number in range(count):
        module = ModulePageFactory(title=f"Dashboard module {number}", cpd_hours=2)
        first = LessonPageFactory(parent=module)
        LessonPageFactory(parent=module)
        enrolment = services.enrolment_create(learner=learner, module=module)
        services.lesson_complete(enrolment=enrolment, lesson=first)
        if number % 2:
            with django_capture_on_commit_callbacks(execute=True):
                for lesson in module.lessons():
                    services.lesson_complete(enrolment=enrolment, lesson=lesson)


def dashboard_queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/my-learning/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_dashboard_runs_the_same_queries_for_2_and_20_enrolments(
    client, learner, other_learner, django_capture_on_commit_callbacks
):
    enrol_on_modules(learner, 2, django_capture_on_commit_callbacks)
    enrol_on_modules(other_learner, 20, django_capture_on_commit_callbacks)

    client.force_login(learner)
    cache.clear()
    client.get("/my-learning/")  # warm the caches (site, root paths, these modules' outlines)
    few, few_page = dashboard_queries(client)
    client.force_login(other_learner)
    many_cold, _ = dashboard_queries(client)
    many, many_page = dashboard_queries(client)

    print(f"dashboard queries: {few} for 2 enrolments, {many} for 20 ({many_cold} cold)")
    assert few == many
    assert many_cold <= many + 6  # the outlines of its 10 modules in progress, read in one batch
    assert many <= DASHBOARD_QUERY_BOUND
    with (
        mock.patch("learning.views.my_credits_panel", return_value=None),
        mock.patch.dict(hooks._hooks, {DASHBOARD_PANELS: []}),
    ):
        own, _ = dashboard_queries(client)
    print(f"learning's own dashboard queries: {own}")
    assert own <= LEARNING_QUERY_BOUND
    # The 8 modules in progress enrolled in most recently, the rest a link away.
    assert many_page.count("Continue<span") == 8
    assert 'data-figure="modules-in-progress">10</span> modules in progress' in many_page
    assert "See all 10 modules in progress" in many_page
    assert "Dashboard module 18<" in many_page
    assert "Dashboard module 0<" not in many_page
    everything = client.get("/my-learning/in-progress/").content.decode()
    assert everything.count("Continue<span") == 10
    assert "Dashboard module 0<" in everything
    # ...and the 8 completed most recently, the rest on a page of their own.
    assert many_page.count('/">Certificate ') == 8
    assert "See all 10 modules completed" in many_page
    assert 'data-figure="modules-completed">10</span>' in many_page
    completed = client.get("/my-learning/completed/").content.decode()
    assert completed.count('/">Certificate ') == 10
    assert '<span class="academy-stat__figure">20</span> CPD hours' in many_page


def test_in_progress_shows_progress_and_a_resume_link(
    client, learner, taken, django_capture_on_commit_callbacks
):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)
    client.force_login(learner)

    page = client.get("/my-learning/").content.decode()

    assert "1 of 3 lessons done" in page
    assert f'href="{taken.quiz.url}">Continue' in page
    assert "You have not completed a module yet." in page


def test_left_modules_are_not_listed(client, learner, taken):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.enrolment_withdraw(enrolment=enrolment)
    client.force_login(learner)
    assert taken.module.title not in client.get("/my-learning/").content.decode()


@pytest.mark.parametrize(
    ("today", "start"),
    [
        (date(2026, 9, 1), date(2026, 9, 1)),
        (date(2026, 8, 31), date(2025, 9, 1)),
        (date(2027, 1, 15), date(2026, 9, 1)),
    ],
)
def test_the_academic_year_runs_from_september_to_august(today, start):
    assert academic_year_start(today) == start


def test_cpd_hours_count_this_academic_year_only(client, learner):
    def entry(key, hours, when):
        CreditEntry.objects.create(
            learner=learner,
            source=CreditEntry.Source.PRIOR_LEARNING,
            source_key=key,
            description=key,
            cpd_hours=Decimal(hours),
            awarded_at=timezone.make_aware(when),
        )

    entry("last-year", "5", datetime(2026, 8, 31, 23, 0))
    entry("this-year-a", "1.5", datetime(2026, 9, 1, 0, 30))
    entry("this-year-b", "3", datetime(2027, 3, 1, 12, 0))
    entry("next-year", "7", datetime(2027, 9, 1, 9, 0))

    with time_machine.travel(datetime(2027, 4, 1, 12, 0), tick=False):
        client.force_login(learner)
        page = client.get("/my-learning/").content.decode()

    assert '<span class="academy-stat__figure">4.5</span> CPD hours' in page
    assert "1 September 2026 to 31 August 2027" in page


def panel_hello(request):
    return format_html('<h2 class="govuk-heading-l">Pathways for {}</h2>', request.user.first_name)


def panel_nothing(request):
    return None


def test_panels_registered_by_other_apps_are_shown_in_their_order(client, learner):
    client.force_login(learner)
    with (
        hooks.register_temporarily(DASHBOARD_PANELS, panel_nothing, order=-2),
        hooks.register_temporarily(DASHBOARD_PANELS, panel_hello, order=-1),
    ):
        page = client.get("/my-learning/").content.decode()
    hello = page.index('<h2 class="govuk-heading-l">Pathways for Lee</h2>')
    assert page.index('id="my-credits-heading"') < hello < page.index('id="my-pathways-heading"')


def test_my_learning_needs_a_sign_in(client):
    response = client.get("/my-learning/")
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_a_module_closed_after_enrolment_shows_without_links_and_keeps_progress(
    client, learner, django_capture_on_commit_callbacks
):
    open_module = ModulePageFactory(title="Still open", cpd_hours=2)
    LessonPageFactory(parent=open_module)
    closing = ModulePageFactory(title="Closing soon", cpd_hours=2)
    first = LessonPageFactory(parent=closing)
    LessonPageFactory(parent=closing)
    services.enrolment_create(learner=learner, module=open_module)
    enrolment = services.enrolment_create(learner=learner, module=closing)
    services.lesson_complete(enrolment=enrolment, lesson=first)

    closing_url, first_url = closing.url, first.url
    closing.unpublish()
    client.force_login(learner)
    html = client.get("/my-learning/").content.decode()

    assert "Closing soon" in html
    assert "Not open" in html
    assert "Your progress is kept" in html
    assert f'href="{closing_url}"' not in html
    assert f'href="{first_url}"' not in html
    assert "Continue" not in html.split("Closing soon", 1)[1].split("</li>", 1)[0]
    assert "Still open" in html
