"""Every log-in address leads to allauth's form, with its rate limits and two-factor step."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import PASSWORD, UserFactory, home_page, totp_code

pytestmark = pytest.mark.django_db

OTHER_LOG_IN_ROUTES = ["/admin/login/", "/_util/login/", "/django-admin/login/"]
PROTECTED = {"/admin/login/": "/admin/", "/django-admin/login/": "/django-admin/"}


@pytest.fixture
def rate_limits(settings):
    from academy_site.settings import base

    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS


@pytest.fixture
def officer(council_officer):
    """A council officer (Wagtail admin access) with an authenticator app, as all must have."""
    from courses.services import council_officers_setup

    council_officers_setup()
    return council_officer


def locked_out(response) -> bool:
    """allauth refuses with its form's message (failed log-ins) or a 429 (too many attempts)."""
    return response.status_code == 429 or (
        "Too many failed login attempts" in response.content.decode()
    )


def follow_to_allauth(client, route: str, next_url: str = "/admin/") -> str:
    """Where a person is sent who opens `route`: allauth's log-in form, with `next` kept."""
    response = client.get(f"{route}?next={next_url}")
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login")), response.url
    return response.url


@pytest.mark.parametrize("route", OTHER_LOG_IN_ROUTES)
def test_other_log_in_forms_send_people_to_allauth(client, route):
    url = follow_to_allauth(client, route)
    assert url == f"{reverse('account_login')}?next=%2Fadmin%2F"
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("route", OTHER_LOG_IN_ROUTES)
def test_posting_a_password_to_other_log_in_forms_gives_no_session(client, route, officer):
    response = client.post(route, {"username": officer.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("area", ["/admin/", "/django-admin/"])
def test_the_admins_send_anonymous_visitors_to_allauth(client, area):
    response = client.get(area, follow=True)
    assert response.redirect_chain[-1][0].replace("%2F", "/") == f"/account/login/?next={area}"


def test_a_private_page_asks_for_the_allauth_log_in(client):
    page = home_page()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_wagtails_password_reset_is_switched_off(client):
    assert client.get("/admin/password_reset/").status_code == 404
    assert client.post("/admin/password_reset/", {"email": "x@example.org"}).status_code == 404


@pytest.mark.parametrize("route", [reverse("account_login"), *OTHER_LOG_IN_ROUTES])
def test_with_totp_on_every_log_in_route_asks_for_the_code(client, officer, route):
    url = follow_to_allauth(client, route) if route != reverse("account_login") else route
    response = client.post(url, {"login": officer.email, "password": PASSWORD})
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert client.session["_auth_user_id"] == str(officer.pk)
    assert response.url == "/admin/" if route != reverse("account_login") else "/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.usefixtures("rate_limits")
def test_thirty_wrong_passwords_lock_every_log_in_route(client, officer):
    for _ in range(30):
        client.post(reverse("account_login"), {"login": officer.email, "password": "wrong"})
    for route in [reverse("account_login"), *OTHER_LOG_IN_ROUTES]:
        url = follow_to_allauth(client, route) if route != reverse("account_login") else route
        response = client.post(url, {"login": officer.email, "password": PASSWORD})
        assert locked_out(response), route
        assert "_auth_user_id" not in client.session
    # Another address, same person: the limit is on the account too, not only the address.
    other = client.__class__(REMOTE_ADDR="10.0.0.9")
    response = other.post(reverse("account_login"), {"login": officer.email, "password": PASSWORD})
    assert locked_out(response)
    assert "_auth_user_id" not in other.session


@pytest.mark.usefixtures("rate_limits")
def test_allauths_password_reset_is_rate_limited(client):
    UserFactory(email="someone@example.org")
    pages = [
        client.post(reverse("account_reset_password"), {"email": "someone@example.org"})
        for _ in range(6)
    ]
    assert pages[0].status_code == 302
    assert pages[-1].status_code == 429
