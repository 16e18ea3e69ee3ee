"""Routing a page request with fewer queries than Wagtail's default.

Wagtail finds the page for a URL from ``site.root_page.localized.specific``:
one query for the active Locale, one (English) for the home page's
translation, one for its specific type, before walking down the tree. Here the
home page of the active language is fetched as its specific type in one query
(its locale joined in), then Wagtail's own ``route()`` walks down from it. The
result goes where Wagtail's ``Page.route_for_request`` keeps it
(``request._wagtail_route_for_request``), so the serve view, hooks, previews
and ``Page.find_for_request`` work unchanged. Anything unusual (no site, no live
home page in the language) is left to Wagtail.
"""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve


def home_for_request(request):
    """The live home page of the request's language as its specific type, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    model = root.specific_class
    if model is None:
        return None
    queryset = model.objects.filter(translation_key=root.translation_key, live=True)
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        try:
            language = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            return None
        queryset = queryset.filter(locale__language_code=language)
    else:
        queryset = queryset.filter(pk=root.pk)
    return queryset.select_related("locale").first()


class PageRouteMiddleware:
    """Route requests for the page tree through ``home_for_request``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        home = home_for_request(request)
        if home is None:
            return None  # Wagtail routes it the usual way
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = home.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
        return None
