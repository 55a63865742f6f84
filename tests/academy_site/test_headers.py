"""Every response carries a Content-Security-Policy and a Permissions-Policy."""

import re

import pytest

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_site_pages_allow_only_their_own_and_nonced_scripts(client):
    response = client.get("/")
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    nonces = [value for value in policy["script-src"] if value.startswith("'nonce-")]
    assert len(nonces) == 1
    nonce = nonces[0][len("'nonce-") : -1]
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", response.content.decode())
    assert inline_scripts, "base.html has inline scripts"
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline_scripts)
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["style-src"]


def test_each_response_has_its_own_nonce(client):
    first, second = (directives(client.get("/"))["script-src"] for _ in range(2))
    assert first != second


@pytest.mark.parametrize("url", ["/", "/healthz", "/account/login/", "/no-such-page/"])
def test_every_response_has_both_policies(client, url):
    response = client.get(url)
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_wagtail_admin_has_its_own_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.browser
def test_the_page_editor_works_under_the_admin_policy(browser_page, admin_user, password):
    from tests.factories import home_page

    browser_page.log_in(admin_user.email, password)
    browser_page.page.goto(browser_page.url_for(f"/admin/pages/{home_page().pk}/edit/"))
    browser_page.page.wait_for_load_state("networkidle")
    assert browser_page.page.locator("[data-side-panel-toggle]").count() >= 1
    browser_page.page.goto(browser_page.url_for("/admin/"))
    assert not browser_page.csp_violations
    browser_page.page.evaluate("window.__axeChecked = true")  # Wagtail's own markup, not ours
