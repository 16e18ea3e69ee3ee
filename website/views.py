"""Error pages that work without the database, in the language of the URL."""

import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.static import serve as static_serve

logger = logging.getLogger(__name__)


def _language_from_path(path):
    for code, _name in settings.LANGUAGES:
        if path == f"/{code}" or path.startswith(f"/{code}/"):
            return code
    return settings.LANGUAGE_CODE


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


MEDIA_SERVED_PREFIXES = ("images/", "original_images/")


def serve_media(request, path):
    """Uploaded images, when no web server in front serves /media/.

    Documents are never served from here: they go through Wagtail's document
    view, which checks privacy and sends them as downloads.
    """
    if not path.startswith(MEDIA_SERVED_PREFIXES):
        raise Http404("not served")
    response = static_serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=2592000"
    return response
