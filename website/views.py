"""Error pages that work without the database, in the language of the URL; the health
check; uploaded images served from /media/."""

import functools
import logging
import mimetypes
import os
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.http import http_date
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.static import was_modified_since
from wagtail import views as wagtail_views
from wagtail.admin.views.account import LogoutView
from wagtail.documents.views import serve as document_views

from website.antispam import rate_limit_allows, rate_limited_response
from website.locales import language_code

logger = logging.getLogger(__name__)


def _language_from_path(path):
    """The language of the path's first segment ("/en/…"), else the default one."""
    segment = path.split("/")[1] if path.startswith("/") else ""
    return language_code(segment or settings.LANGUAGE_CODE)


def _render_error(request, template_name, status):
    language = _language_from_path(getattr(request, "path", "/"))
    with translation.override(language):
        # A bare context: no context processors, so no database queries.
        html = loader.get_template(template_name).render(
            {"LANGUAGE_CODE": language, "home_url": "/" if language == "vi" else f"/{language}/"}
        )
    return HttpResponse(html, status=status, content_type="text/html; charset=utf-8")


def page_not_found(request, exception=None):
    return _render_error(request, "errors/404.html", 404)


def server_error(request):
    # A database that is down or restarting is a 503 the client may retry,
    # not a bug: say so, and tell proxies when to come back.
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = _render_error(request, "errors/503.html", 503)
        response["Retry-After"] = "30"
        return response
    return _render_error(request, "errors/500.html", 500)


def login_locked_out(request, credentials=None, *args, **kwargs):
    """django-axes: too many failed logins for this user from this address."""
    language = _language_from_path(getattr(request, "path", "/"))
    with translation.override(language):
        html = loader.get_template("errors/lockout.html").render(
            {
                "LANGUAGE_CODE": language,
                "home_url": "/",
                "minutes": int(settings.AXES_COOLOFF_TIME * 60),
            }
        )
    return HttpResponse(html, status=429, content_type="text/html; charset=utf-8")


@never_cache
def healthz(request):
    """Liveness and readiness: the database and the cache answer. No secrets."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        logger.exception("health check: database unavailable")
        checks["database"] = "error"
    try:
        key = "healthz:probe"
        cache.set(key, "1", 10)
        checks["cache"] = "ok" if cache.get(key) == "1" else "error"
    except Exception:  # noqa: BLE001
        logger.exception("health check: cache unavailable")
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks},
        status=200 if healthy else 503,
    )


# The only folders of MEDIA_ROOT served from /media/: original images and renditions.
# Documents (MEDIA_ROOT/documents/) go through Wagtail's document view, which checks the
# collection's privacy and sends them as downloads.
MEDIA_SERVED_FOLDERS = ("images", "original_images")
MEDIA_CACHE_CONTROL = "public, max-age=31536000, immutable"


def _served_image_types():
    """{".jpg": "image/jpeg", ...} for the image formats Wagtail accepts and renders."""
    types = {}
    for extension in settings.WAGTAILIMAGES_EXTENSIONS:
        content_type, _encoding = mimetypes.guess_type(f"x.{extension}")
        if content_type and content_type.startswith("image/") and content_type != "image/svg+xml":
            types[f".{extension.lower()}"] = content_type
    return types


def media_file(path):
    """(real path, content type) of an image under MEDIA_ROOT/images or
    MEDIA_ROOT/original_images, or None for anything else.

    ``path`` is the URL path after /media/, as the server decoded it: ``%2e%2e`` and
    ``%2f`` arrive here as ``..`` and ``/``. The check is on that path's segments (no
    ``.``, ``..``, empty segment, backslash or NUL: a real file's URL never has one),
    then again on the resolved real path, so neither a symbolic link nor anything the
    normalisation of another layer does can lead out of the two folders."""
    segments = path.split("/")
    if len(segments) < 2 or segments[0] not in MEDIA_SERVED_FOLDERS:
        return None
    if any(s in {"", ".", ".."} or "\\" in s or "\x00" in s for s in segments):
        return None
    content_type = _served_image_types().get(os.path.splitext(path)[1].lower())
    if content_type is None:
        return None
    media_root = os.path.realpath(settings.MEDIA_ROOT)
    folder = os.path.realpath(os.path.join(media_root, segments[0]))
    real = os.path.realpath(os.path.join(media_root, *segments))
    if os.path.commonpath([folder, real]) != folder or folder == real:
        return None
    if not os.path.isfile(real):
        return None
    return real, content_type


def serve_media(request, path):
    """Uploaded images and their renditions, when no web server in front serves them.

    Nothing else under MEDIA_ROOT is ever served from here (see ``media_file``). Their
    names are never reused (website/storage.py, MediaStorage), so each is cached for a
    year as immutable; docs/deployment.md gives nginx the same headers."""
    found = media_file(path)
    if found is None:
        raise Http404("not served")
    real, content_type = found
    stat = os.stat(real)
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), stat.st_mtime):
        return HttpResponseNotModified()
    response = FileResponse(open(real, "rb"), content_type=content_type)  # noqa: SIM115
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Cache-Control"] = MEDIA_CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    return response


def limit_password_attempts(kind, restriction_argument):
    """Wrap one of Wagtail's "enter the password" views: after the ``"password"`` rate
    limit's number of wrong passwords for one restriction from one address (10 in
    15 minutes), further tries are answered 429 until the window ends. A right password
    is never counted; each restriction has its own count."""

    def decorator(view):
        @functools.wraps(view)
        def limited(request, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            scope = f"password:{kind}:{kwargs[restriction_argument]}"
            if not rate_limit_allows(request, scope, count=False):
                return rate_limited_response(
                    request, scope, template="errors/password_attempts.html"
                )
            response = view(request, *args, **kwargs)
            if response.status_code != 302:  # the form again: a wrong password
                rate_limit_allows(request, scope)
            return response

        return limited

    return decorator


page_password = limit_password_attempts("page", "page_view_restriction_id")(
    wagtail_views.authenticate_with_password
)
document_password = limit_password_attempts("collection", "restriction_id")(
    document_views.authenticate_with_password
)


# The admin's "log out": only a POST (the admin's menu sends one) logs out. Wagtail's view
# answers a GET with 405 but deletes the session cookie all the same, so any page could
# log an editor out with <img src="/admin/logout/">; here a GET changes nothing.
admin_logout = require_POST(LogoutView.as_view())
