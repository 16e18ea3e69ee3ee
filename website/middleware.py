"""Site-wide middleware."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.utils.functional import cached_property


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy for the public site, a looser one for the admin.

    Wagtail's admin, previews and the userbar shown to logged-in editors use
    inline scripts and styles; readers never get 'unsafe-inline'.
    """

    @cached_property
    def admin_prefix(self):
        return f"/{settings.ADMIN_URL}/"

    def _needs_admin_policy(self, request):
        if request.path_info.startswith(self.admin_prefix):
            return True
        user = getattr(request, "user", None)
        return bool(
            user is not None
            and user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self._needs_admin_policy(request):
            return PolicyParts(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts


def _allowlist(origins):
    return " ".join(origin if origin == "self" else f'"{origin}"' for origin in origins)


def permissions_policy_header(policy):
    """'camera=(), fullscreen=(self "https://www.youtube.com")' from {feature: [origins]}."""
    return ", ".join(f"{feature}=({_allowlist(origins)})" for feature, origins in policy.items())


class PermissionsPolicyMiddleware:
    """The Permissions-Policy header (settings.PERMISSIONS_POLICY) on every response,
    cached pages and static files included: the site asks for no camera, microphone,
    location or payment, so no script on it (or in a frame) can."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
