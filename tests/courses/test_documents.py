"""A document is served only to someone allowed to see it, whatever its id."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def download(client, document):
    response = client.get(document.url)
    if response.status_code == 200:
        assert b"".join(response.streaming_content) == b"Notes"
    return response.status_code


def used_on_lesson(document, parent, **extra):
    return LessonPageFactory(
        parent=parent,
        title="Reading list",
        body=[{"type": "document", "value": {"document": document.pk, "description": ""}}],
        **extra,
    )


def test_documents_are_served_through_wagtails_view(alliance):
    assert alliance.document.url == (
        f"/documents/{alliance.document.pk}/{alliance.document.filename}"
    )


def test_an_anonymous_request_for_an_unused_document_is_refused(client, alliance):
    assert download(client, alliance.document) == 404


def test_another_providers_lead_cannot_download_its_documents(client, alliance, other_alliance):
    client.force_login(other_alliance.lead)
    assert download(client, alliance.document) == 404
    client.force_login(alliance.lead)
    assert download(client, alliance.document) == 200


def test_a_document_on_a_live_public_page_is_served_to_anyone(client, alliance):
    used_on_lesson(alliance.document, alliance.module)
    assert download(client, alliance.document) == 200


def test_a_document_on_a_draft_page_stays_private(client, alliance):
    used_on_lesson(alliance.document, alliance.module, live=False)
    assert download(client, alliance.document) == 404


def test_a_document_on_a_private_page_is_served_only_to_those_who_may_see_it(client, alliance):
    lesson = used_on_lesson(alliance.document, alliance.module)
    PageViewRestriction.objects.create(
        page=alliance.module, restriction_type=PageViewRestriction.LOGIN
    )
    assert download(client, alliance.document) == 404
    client.force_login(UserFactory())
    assert download(client, alliance.document) == 200
    assert client.get(lesson.url).status_code == 200


def test_council_officers_download_any_providers_documents(client, alliance, officer):
    client.force_login(officer)
    assert download(client, alliance.document) == 200
