"""A page someone may not see answers 404, and says so in plain words to those signed in."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_chair_opening_another_board_is_told_they_cannot_see_it(
    client, board_b, chair_a, settings
):
    settings.DEBUG = False
    client.force_login(chair_a)
    for url in (reverse("governors:board", args=[board_b.pk]), reverse("governors:council")):
        response = client.get(url)
        assert response.status_code == 404
        assert (
            '<h1 class="govuk-heading-l">You cannot see this page</h1>' in response.content.decode()
        )
        assert board_b.name not in response.content.decode()


def test_someone_signed_out_gets_page_not_found(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
