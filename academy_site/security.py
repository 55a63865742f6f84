"""Security headers on every response: a Content-Security-Policy and a Permissions-Policy."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class SecurityHeadersMiddleware(CSPMiddleware):
    """The site's policy (scripts by nonce, never inline), the admin's own under ADMIN_PREFIXES
    (Wagtail's date pickers and inline panels write inline scripts), and a Permissions-Policy."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ACADEMY_ADMIN_PREFIXES):
            parts.config = settings.ACADEMY_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.nonce = None  # a nonce in the policy would make browsers ignore 'unsafe-inline'
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", settings.ACADEMY_PERMISSIONS_POLICY)
        return response
