"""Single sign-on providers for allauth, each switched on by its own environment variables."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

# Tenants any Microsoft organisation can sign in through; each one can give its users any address.
MICROSOFT_MULTI_TENANT = {"common", "organizations", "consumers"}
OIDC_PROVIDER_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def socialaccount_providers(env) -> dict:
    """SOCIALACCOUNT_PROVIDERS with an app for each provider the environment configures."""
    providers = {}
    if microsoft := _microsoft(env):
        providers["microsoft"] = microsoft
    if google := _google(env):
        providers["google"] = google
    if openid_connect := _openid_connect(env):
        providers["openid_connect"] = openid_connect
    return providers


def _required(env, name: str, because: str) -> str:
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"Set {name}: {because} is set, so single sign-on needs it.")
    return value


def _microsoft(env) -> dict | None:
    client_id = env("MICROSOFT_CLIENT_ID", default="")
    if not client_id:
        return None
    secret = _required(env, "MICROSOFT_CLIENT_SECRET", "MICROSOFT_CLIENT_ID")
    tenant = env("MICROSOFT_TENANT", default="organizations")
    domains = [
        domain.lower() for domain in env.list("MICROSOFT_VERIFIED_EMAIL_DOMAINS", default=[])
    ]
    if domains and tenant.lower() in MICROSOFT_MULTI_TENANT:
        raise ImproperlyConfigured(
            "MICROSOFT_VERIFIED_EMAIL_DOMAINS needs MICROSOFT_TENANT set to your own tenant's ID:"
            f" with the {tenant!r} tenant, any Microsoft organisation can give its users any"
            " address, so no address from it can be trusted."
        )
    return {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [
            {
                "client_id": client_id,
                "secret": secret,
                # Microsoft Graph does not say whether an address is verified: only the
                # listed domains, in a single tenant, count as verified.
                "settings": {"tenant": tenant, "verified_email": domains or False},
            }
        ],
    }


def _google(env) -> dict | None:
    client_id = env("GOOGLE_CLIENT_ID", default="")
    if not client_id:
        return None
    secret = _required(env, "GOOGLE_CLIENT_SECRET", "GOOGLE_CLIENT_ID")
    return {
        "SCOPE": ["profile", "email"],
        "AUTH_PARAMS": {"access_type": "online"},
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [{"client_id": client_id, "secret": secret, "settings": {}}],
    }


def _openid_connect(env) -> dict | None:
    ids = env.list("OIDC_PROVIDERS", default=[])
    apps = []
    for provider_id in ids:
        if not OIDC_PROVIDER_ID.match(provider_id):
            raise ImproperlyConfigured(
                f"OIDC_PROVIDERS: {provider_id!r} is not a valid ID. Use lower-case letters,"
                " digits and hyphens, for example 'nene-trust'."
            )
        prefix = "OIDC_" + provider_id.upper().replace("-", "_") + "_"
        because = f"OIDC_PROVIDERS lists {provider_id!r}"
        server_url = _required(env, prefix + "SERVER_URL", because)
        parts = urlsplit(server_url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
        ):
            raise ImproperlyConfigured(
                f"{prefix}SERVER_URL must start with https:// (plain http is allowed only on"
                " this machine, for testing)."
            )
        apps.append(
            {
                "provider_id": provider_id,
                "name": _required(env, prefix + "NAME", because),
                "client_id": _required(env, prefix + "CLIENT_ID", because),
                "secret": _required(env, prefix + "CLIENT_SECRET", because),
                "settings": {"server_url": server_url},
            }
        )
    if not apps:
        return None
    return {"OAUTH_PKCE_ENABLED": True, "APPS": apps}
