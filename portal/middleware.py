"""Content-Security-Policy: strict on public pages, looser for the admin.

Wagtail's admin relies on inline scripts and styles, so it gets its own
policy; public pages allow only our own files plus nonce-tagged inline
scripts. django-csp takes one policy from settings, so this subclass picks
the admin one by path.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            # A nonce would switch off 'unsafe-inline', which the admin needs.
            parts.nonce = None
        return parts
