"""Security headers on every response: a Content-Security-Policy and a Permissions-Policy."""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

# Where the single sign-on buttons send the browser: Chrome applies form-action to the redirect
# that follows a form's POST, so each configured provider's sign-in origin must be allowed.
SIGN_IN_ORIGINS = {
    "microsoft": "https://login.microsoftonline.com",
    "google": "https://accounts.google.com",
}


def sign_in_origins() -> list[str]:
    """The origins of the single sign-on providers this deployment has configured."""
    origins = []
    for provider, config in getattr(settings, "SOCIALACCOUNT_PROVIDERS", {}).items():
        if provider in SIGN_IN_ORIGINS:
            origins.append(SIGN_IN_ORIGINS[provider])
        for app in config.get("APPS", []):
            server_url = app.get("settings", {}).get("server_url")
            if server_url:
                parts = urlsplit(server_url)
                origins.append(f"{parts.scheme}://{parts.netloc}")
    return sorted(set(origins))


class SecurityHeadersMiddleware(CSPMiddleware):
    """The site's policy (scripts by nonce, never inline), the admin's own under ADMIN_PREFIXES
    (Wagtail's date pickers and inline panels write inline scripts), and a Permissions-Policy."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ACADEMY_ADMIN_PREFIXES):
            parts.config = settings.ACADEMY_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.nonce = None  # a nonce in the policy would make browsers ignore 'unsafe-inline'
        elif not report_only and (origins := sign_in_origins()):
            directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.replace = {"form-action": [*directives["form-action"], *origins]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", settings.ACADEMY_PERMISSIONS_POLICY)
        return response
