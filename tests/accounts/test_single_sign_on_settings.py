"""Single sign-on is switched on by environment variables; half a configuration, or one that
would trust addresses nobody verified, stops the site with a message saying what to set."""

import environ
import pytest
from allauth.socialaccount.adapter import get_adapter
from django.core.exceptions import ImproperlyConfigured

from academy_site.settings.single_sign_on import socialaccount_providers

SSO_VARIABLES = ("MICROSOFT_", "GOOGLE_", "OIDC_")


@pytest.fixture
def environment(monkeypatch):
    """An environment with no single sign-on variables; set(**names) adds some."""
    import os

    for name in list(os.environ):
        if name.startswith(SSO_VARIABLES):
            monkeypatch.delenv(name)

    def configure(**variables) -> dict:
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        return socialaccount_providers(environ.Env())

    return configure


def test_no_variables_means_no_providers(environment):
    assert environment() == {}


def test_each_configured_provider_gets_an_app_with_pkce(environment):
    providers = environment(
        MICROSOFT_CLIENT_ID="ms-id",
        MICROSOFT_CLIENT_SECRET="ms-secret",
        GOOGLE_CLIENT_ID="g-id",
        GOOGLE_CLIENT_SECRET="g-secret",
        OIDC_PROVIDERS="nene-trust,ise-trust",
        OIDC_NENE_TRUST_NAME="Nene Trust",
        OIDC_NENE_TRUST_SERVER_URL="https://id.nene.example/o",
        OIDC_NENE_TRUST_CLIENT_ID="nene-id",
        OIDC_NENE_TRUST_CLIENT_SECRET="nene-secret",
        OIDC_ISE_TRUST_NAME="Ise Trust",
        OIDC_ISE_TRUST_SERVER_URL="https://login.ise.example",
        OIDC_ISE_TRUST_CLIENT_ID="ise-id",
        OIDC_ISE_TRUST_CLIENT_SECRET="ise-secret",
    )
    assert set(providers) == {"microsoft", "google", "openid_connect"}
    assert all(provider["OAUTH_PKCE_ENABLED"] for provider in providers.values())
    assert providers["microsoft"]["APPS"][0]["settings"] == {
        "tenant": "organizations",
        "verified_email": False,
    }
    trusts = providers["openid_connect"]["APPS"]
    assert [(app["provider_id"], app["name"]) for app in trusts] == [
        ("nene-trust", "Nene Trust"),
        ("ise-trust", "Ise Trust"),
    ]
    assert trusts[1]["settings"] == {"server_url": "https://login.ise.example"}


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"MICROSOFT_CLIENT_ID": "ms-id"}, "Set MICROSOFT_CLIENT_SECRET"),
        ({"GOOGLE_CLIENT_ID": "g-id"}, "Set GOOGLE_CLIENT_SECRET"),
        ({"OIDC_PROVIDERS": "nene"}, "Set OIDC_NENE_SERVER_URL"),
        ({"OIDC_PROVIDERS": "Nene Trust"}, "is not a valid ID"),
        (
            {
                "OIDC_PROVIDERS": "nene",
                "OIDC_NENE_SERVER_URL": "http://id.nene.example/o",
                "OIDC_NENE_NAME": "Nene",
                "OIDC_NENE_CLIENT_ID": "id",
                "OIDC_NENE_CLIENT_SECRET": "secret",
            },
            "must start with https://",
        ),
        (
            {
                "MICROSOFT_CLIENT_ID": "ms-id",
                "MICROSOFT_CLIENT_SECRET": "ms-secret",
                "MICROSOFT_VERIFIED_EMAIL_DOMAINS": "abington.sch.uk",
            },
            "needs MICROSOFT_TENANT set to your own tenant's ID",
        ),
    ],
)
def test_an_incomplete_or_unsafe_configuration_is_refused(environment, variables, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        environment(**variables)


@pytest.mark.django_db
def test_microsoft_addresses_count_as_verified_only_in_listed_domains_of_one_tenant(
    environment, settings, rf
):
    settings.SOCIALACCOUNT_PROVIDERS = environment(
        MICROSOFT_CLIENT_ID="ms-id",
        MICROSOFT_CLIENT_SECRET="ms-secret",
        MICROSOFT_TENANT="0b5c3f6e-8f1e-4c47-9a55-3d0f4c1d2e7a",
        MICROSOFT_VERIFIED_EMAIL_DOMAINS="Abington.sch.uk",
    )
    request = rf.get("/")
    provider = get_adapter().get_provider(request, "microsoft")

    def verified(address: str) -> bool:
        login = provider.sociallogin_from_response(request, {"id": "1", "mail": address})
        return login.email_addresses[0].verified

    assert verified("head@abington.sch.uk")
    assert not verified("head@gmail.example")


@pytest.mark.django_db
def test_microsoft_addresses_are_unverified_without_a_domain_list(environment, settings, rf):
    settings.SOCIALACCOUNT_PROVIDERS = environment(
        MICROSOFT_CLIENT_ID="ms-id", MICROSOFT_CLIENT_SECRET="ms-secret"
    )
    request = rf.get("/")
    provider = get_adapter().get_provider(request, "microsoft")
    login = provider.sociallogin_from_response(request, {"id": "1", "mail": "head@abington.sch.uk"})
    assert not login.email_addresses[0].verified


@pytest.mark.django_db
def test_google_addresses_are_verified_only_when_google_says_so(environment, settings, rf):
    settings.SOCIALACCOUNT_PROVIDERS = environment(
        GOOGLE_CLIENT_ID="g-id", GOOGLE_CLIENT_SECRET="g-secret"
    )
    request = rf.get("/")
    provider = get_adapter().get_provider(request, "google")
    for claimed, expected in [(True, True), (False, False)]:
        login = provider.sociallogin_from_response(
            request, {"sub": "1", "email": "head@abington.sch.uk", "email_verified": claimed}
        )
        assert login.email_addresses[0].verified is expected
