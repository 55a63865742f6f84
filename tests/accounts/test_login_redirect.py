"""Signing in lands on the person's own home, or where they were going."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def log_in(client, email, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": PASSWORD, **extra})


def test_a_learner_lands_on_my_learning(client):
    UserFactory(email="tom@example.org", job_role="teacher")
    assert log_in(client, "tom@example.org")["Location"] == reverse("learning:dashboard")


def test_a_governor_lands_on_their_governance_page(client):
    UserFactory(email="grace@example.org", job_role="governor")
    assert log_in(client, "grace@example.org")["Location"] == reverse("governors:dashboard")


def test_a_next_address_still_wins(client):
    UserFactory(email="tom@example.org", job_role="teacher")
    response = log_in(client, "tom@example.org", next="/pathways/")
    assert response["Location"] == "/pathways/"


def test_the_site_is_named_academy_not_its_host():
    assert Site.objects.get(is_default_site=True).site_name == "Academy"
