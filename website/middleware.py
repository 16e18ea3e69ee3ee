"""Site-wide middleware."""

import errno
import logging

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from website.page_cache import BROTLI_QUALITY, accepted_encodings, brotli
from website.storage import MediaWriteError, record_saved_files, remove_saved_files

logger = logging.getLogger(__name__)


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


class UploadTransactionMiddleware:
    """An upload that fails leaves nothing behind and says why.

    A multipart POST (every upload of images and documents) runs in one transaction, and
    the files ``MediaStorage`` writes during it are noted. When a write fails
    (``MediaWriteError``: a full disk, a quota), or the request ends in a server error,
    the files already written (an original whose rendition then failed…) are deleted
    and the transaction is rolled back: no file, no row. The editor gets the reason: the
    multiple upload's JSON error, or the form's page again with a message."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.content_type.startswith("multipart/"):
            return self.get_response(request)
        with record_saved_files() as saved, transaction.atomic():
            request._kcqg_upload_failed = False
            response = self.get_response(request)
            if request._kcqg_upload_failed or response.status_code >= 500:
                transaction.set_rollback(True)
                remove_saved_files(default_storage, saved)
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, MediaWriteError):
            return None
        if not hasattr(request, "_kcqg_upload_failed"):
            return None  # not an upload: the error page as usual
        request._kcqg_upload_failed = True
        logger.error("upload not saved: %s", exception)
        if exception.errno in (errno.ENOSPC, errno.EDQUOT):
            message = _(
                "Không lưu được tệp: ổ đĩa của máy chủ đã đầy. Chưa có gì được lưu; xin báo "
                "quản trị viên giải phóng dung lượng rồi tải lên lại."
            )
        else:
            message = _(
                "Không lưu được tệp: máy chủ gặp lỗi khi ghi tệp. Chưa có gì được lưu; xin "
                "thử lại hoặc báo quản trị viên."
            )
        match = request.resolver_match
        if match is not None and "multiple" in (match.url_name or ""):
            # The multiple upload shows a file's error_message beside the file.
            return JsonResponse({"success": False, "error_message": message})
        messages.error(request, message)
        return redirect(request.get_full_path())


class BrotliMiddleware:
    """Brotli for responses the page cache did not answer (a miss, a page it does not
    keep, a search, the API) when the client accepts ``br``; Django's GZipMiddleware
    (outside this one) then leaves them alone and gzips the rest.

    As GZipMiddleware: not a body under 200 bytes, not one that already has a
    Content-Encoding (a page-cache hit), not when the result is no smaller; ``Vary:
    Accept-Encoding`` on every response it could have compressed; a strong ETag made
    weak; streamed responses compressed as they stream. Not a response that carries
    the CSRF token (it sets the CSRF cookie): gzip's random padding (Heal the Breach)
    is the site's answer to BREACH, and brotli has no place for it.
    """

    MIN_LENGTH = 200

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if brotli is None:
            return response
        if not response.streaming and len(response.content) < self.MIN_LENGTH:
            return response
        if response.has_header("Content-Encoding"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        if "br" not in accepted_encodings(request):
            return response
        if settings.CSRF_COOKIE_NAME in response.cookies:
            return response
        if response.streaming:
            response.streaming_content = self._stream(response)
            del response.headers["Content-Length"]
        else:
            compressed = brotli.compress(response.content, quality=BROTLI_QUALITY)
            if len(compressed) >= len(response.content):
                return response
            response.content = compressed
            response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "br"
        return response

    @staticmethod
    def _stream(response):
        chunks = response.streaming_content
        if response.is_async:

            async def compressed():
                compressor = brotli.Compressor(quality=BROTLI_QUALITY)
                async for chunk in chunks:
                    yield compressor.process(chunk) + compressor.flush()
                yield compressor.finish()

            return compressed()

        def compressed():
            compressor = brotli.Compressor(quality=BROTLI_QUALITY)
            for chunk in chunks:
                yield compressor.process(chunk) + compressor.flush()
            yield compressor.finish()

        return compressed()
