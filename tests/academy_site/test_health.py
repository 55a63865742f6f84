from unittest import mock

import pytest
from django.db import connection
from django.db.utils import OperationalError


def test_healthz_reports_database_and_broker(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["status"] == "ok"
    assert "broker" in body


def test_healthz_is_503_when_the_database_is_down(client, db):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "unavailable",
        "broker": response.json()["broker"],
    }


@pytest.mark.browser
def test_home_and_sign_in_pages_are_accessible(browser_page):
    browser_page.goto("/")
    assert "Grow as a teacher" in browser_page.text_content("h1")
    browser_page.click("text=Sign in >> nth=0")
    assert browser_page.url.endswith("/account/login/")
    browser_page.goto("/account/signup/")
    assert len(browser_page.checked_urls) == 3
