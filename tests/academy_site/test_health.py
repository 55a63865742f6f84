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
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["database"] == "unavailable"
    assert "certificates_waiting_for_pdf" not in body


def test_healthz_answers_within_a_second_when_the_broker_cannot_be_reached(client, db, settings):
    """A port nothing listens on, and an address that never answers (a frozen broker)."""
    import socket
    import time

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(0)  # accepts into the backlog, never replies: as a frozen Redis does
        port = silent.getsockname()[1]
        settings.CELERY_TASK_ALWAYS_EAGER = False
        for url in (f"redis://127.0.0.1:{port}/0", "redis://127.0.0.1:1/0"):
            settings.CELERY_BROKER_URL = url
            started = time.monotonic()
            response = client.get("/healthz")
            assert time.monotonic() - started < 1
            assert response.status_code == 200
            assert response.json()["broker"] == "unavailable"


def test_healthz_reports_storage_that_cannot_be_written(client, db):
    from django.core.files.storage import storages

    assert client.get("/healthz").json()["storage"] == "ok"
    with mock.patch.object(storages["private"], "save", side_effect=OSError(28, "No space left")):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["storage"] == "unavailable"


def test_healthz_reports_storage_low_on_space(client, db, settings):
    settings.ACADEMY_MEDIA_MIN_FREE_BYTES = 10**18
    assert client.get("/healthz").json()["storage"] == "low"


def test_healthz_counts_certificates_waiting_for_their_pdf(client, learner):
    from datetime import timedelta

    from django.utils import timezone

    from credentials.models import Certificate
    from credentials.services import certificate_issue
    from tests.factories import ModulePageFactory

    certificate = certificate_issue(
        learner=learner,
        page=ModulePageFactory(),
        source_key="health:waiting",
        completed_at=timezone.now(),
    )
    assert client.get("/healthz").json()["certificates_waiting_for_pdf"] == 0
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.now() - timedelta(hours=1)
    )
    assert client.get("/healthz").json()["certificates_waiting_for_pdf"] == 1


@pytest.mark.browser
def test_home_and_sign_in_pages_are_accessible(browser_page):
    browser_page.goto("/")
    assert "Grow as a teacher" in browser_page.text_content("h1")
    browser_page.click("text=Sign in >> nth=0")
    assert browser_page.url.endswith("/account/login/")
    browser_page.goto("/account/signup/")
    assert len(browser_page.checked_urls) == 3
