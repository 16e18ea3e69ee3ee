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
