"""Error pages that work without the database, in the language of the URL."""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation


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
    return _render_error(request, "errors/500.html", 500)
