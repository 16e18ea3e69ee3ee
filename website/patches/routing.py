"""Performance: routing a page request with fewer queries than Wagtail's default.

Wagtail finds the page for a URL from ``site.root_page.localized.specific``:
a query for the Site, one for the active Locale, one for the home page's
translation, one for its specific type, then two for each level of the tree
(the child, then its specific type). Here the Site, the home page of the active
language and the home page's children (the sections: news, case studies,
policies…) come from the chrome cache (website.chrome: keyed by the site-wide
version that every publish, unpublish, move and Site change bumps), so a
request starts at its section without a query; the section's own ``route()``
walks on. The result goes where Wagtail's ``Page.route_for_request`` keeps it
(``request._wagtail_route_for_request``), so the serve view, hooks, previews
and ``Page.find_for_request`` work unchanged. Anything unusual (no site, no live
home page in the language, a home page type with its own ``route()``) is left
to Wagtail.

Replaces nothing: ``PageRouteMiddleware`` (in ``MIDDLEWARE``) fills Wagtail's own
per-request route cache before Wagtail's ``serve`` view asks for it. It relies on
``Page.route`` (the walk and ``_cached_parent_obj``), ``Page.route_for_request`` (the
``_wagtail_route_for_request`` attribute) and ``wagtail.views.serve``. Off
(``KCQG_PATCHES``), the middleware steps aside (``MiddlewareNotUsed``) and Wagtail
routes every request itself.
"""

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import Http404
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from website import chrome, patches
from website.chrome import site_for_request
from website.locales import language_code

CHECKED_AGAINST = "Wagtail 8.0.1"
UPSTREAM = {
    "wagtail.models.pages:AbstractPage.route": "643c9afcc2deb381",
    "wagtail.models.pages:AbstractPage.route_for_request": "5530d229b2de42ba",
    "wagtail.models.pages:AbstractPage.find_for_request": "fe310e4b0ea4d282",
    "wagtail.views:serve": "eab2a9d475a33843",
}


def home_for_request(request):
    """The live home page of the request's language as its specific type, or None."""
    site = site_for_request(request)
    if site is None:
        return None
    language = language_code() if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else ""
    return chrome.cached("home", [site.pk, language], lambda: _home(site, language))


def _home(site, language):
    root = site.root_page
    model = root.specific_class
    if model is None:
        return None
    queryset = model.objects.filter(translation_key=root.translation_key, live=True)
    if language:
        queryset = queryset.filter(locale__language_code=language)
    else:
        queryset = queryset.filter(pk=root.pk)
    return queryset.select_related("locale").first()


def sections(home):
    """{slug: child page as its specific type} of the home page, live or not (as
    Wagtail's ``route()`` walks through drafts and lets the last page decide)."""

    def build():
        children = home.get_children().select_related("locale").specific()
        return {child.slug: child for child in children}

    return chrome.cached("sections", [home.pk], build)


def route(request, home, components):
    """Wagtail's ``Page.route`` from the home page, its first step from the cache."""
    if not components or type(home).route is not Page.route:
        return home.route(request, components)
    section = sections(home).get(components[0])
    if section is None:
        raise Http404
    section._cached_parent_obj = home  # as Wagtail's route() does
    return section.route(request, components[1:])


class PageRouteMiddleware:
    """Route requests for the page tree through ``home_for_request``."""

    def __init__(self, get_response):
        if not patches.enabled("routing"):
            raise MiddlewareNotUsed
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
            request._wagtail_route_for_request = route(request, home, components)
        except Http404:
            request._wagtail_route_for_request = None
        return None


def install():
    """Nothing to apply: the middleware is listed in ``MIDDLEWARE`` and reads the setting."""
