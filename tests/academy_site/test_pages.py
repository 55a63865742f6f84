"""Help, the accessibility statement and service status: pages for people, linked from every page."""

import json
from unittest import mock

import pytest
from django.db import connection
from django.db.utils import OperationalError
from django.http import JsonResponse

pytestmark = pytest.mark.django_db


def test_every_page_links_to_help_accessibility_and_service_status_in_the_footer(client):
    html = client.get("/catalogue/").content.decode()
    footer = html[html.index('<footer class="govuk-footer"') :]

    assert '<a class="govuk-footer__link" href="/help/">Help</a>' in footer
    assert (
        '<a class="govuk-footer__link" href="/accessibility/">Accessibility statement</a>' in footer
    )
    assert '<a class="govuk-footer__link" href="/service-status/">Service status</a>' in footer
    assert 'href="/healthz"' not in footer


def test_the_accessibility_statement_has_what_the_regulations_require(client, settings):
    settings.ACADEMY_SUPPORT_EMAIL = "access@example.org"
    response = client.get("/accessibility/")

    assert response.status_code == 200
    for heading in [
        "How accessible this website is",
        "Feedback and contact information",
        "Reporting accessibility problems with this website",
        "Enforcement procedure",
        "Compliance status",
        "Non-accessible content",
        "Preparation of this accessibility statement",
    ]:
        assert heading in response.content.decode()
    html = response.content.decode()
    assert "Equality and Human Rights Commission" in html
    assert "Equality Advisory and Support Service" in html
    assert "(No. 2) Accessibility Regulations 2018" in html
    assert 'href="mailto:access@example.org"' in html


def test_the_help_page_answers_each_kind_of_user(client, settings):
    settings.ACADEMY_RENEWAL_WINDOW_DAYS = 60
    html = client.get("/help/").content.decode()

    for section in ("learners", "governors", "schools", "providers", "account", "contact"):
        assert f'id="{section}"' in html
        assert f'href="#{section}"' in html
    assert "Renewal opens 60 days before a certificate expires." in html
    assert 'href="/verify/"' in html
    assert 'href="/volunteer/"' in html


def test_the_home_page_links_to_the_volunteer_sign_up(client):
    html = client.get("/").content.decode()
    assert '<a class="govuk-link" href="/volunteer/">Offer to volunteer</a>' in html


def test_service_status_says_in_words_that_everything_works(client):
    response = client.get("/service-status/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Academy is working normally" in html
    assert "Accounts, progress and certificates" in html
    assert "Background tasks" in html
    assert "no-cache" in response["Cache-Control"]


def test_service_status_reads_the_same_checks_as_healthz_when_the_database_is_down(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get("/service-status/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Academy is not working at the moment." in html
    assert '<strong class="govuk-tag govuk-tag--red">Not working</strong>' in html


def test_service_status_shows_checks_healthz_adds_later(client):
    """Whatever /healthz reports, the page shows it, so the two never disagree."""
    report = {"status": "ok", "database": "ok", "broker": "ok", "storage": "low", "search": "ok"}
    report["certificates_waiting_for_pdf"] = 3
    with mock.patch("academy_site.views.healthz", return_value=JsonResponse(report)):
        html = client.get("/service-status/").content.decode()

    assert "Part of Academy is not working properly." in html
    assert "File storage" in html
    assert "Running low on space" in html
    assert "Search" in html
    assert "3 waiting" in html
    assert json.loads(client.get("/healthz").content)["database"] == "ok"


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 375])
def test_the_new_pages_are_accessible_and_fit_a_phone(chromium, live_server, width):
    from tests.browser import CheckedPage

    context = chromium.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    page = CheckedPage(context.new_page(), live_server.url)
    try:
        for path in ("/help/", "/accessibility/", "/service-status/"):
            page.goto(path)
            assert not page.overflows_sideways(), f"{path} scrolls sideways at {width}px"
        page.goto("/")
        page.click("footer >> text=Accessibility statement")
        assert page.url.endswith("/accessibility/")
    finally:
        context.close()
