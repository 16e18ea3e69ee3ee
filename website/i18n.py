"""Language alternates: the same page in the other language, or that language's home."""

from django.conf import settings
from django.urls import NoReverseMatch, translate_url
from wagtail.models import Page, Site

from website.chrome import cached
from website.locales import language_code
from website.visibility import public_q


def _home_url(request, language_code):
    site = Site.find_for_request(request) if request else None
    if site is not None:
        home = (
            Page.objects.filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=language_code,
            )
            .live()
            .first()
        )
        if home is not None:
            return home.get_url(request)
    return "/" if language_code == settings.LANGUAGE_CODE else f"/{language_code}/"


def current_route(request, page):
    """(url name, kwargs) of the route of a routable ``page`` (RoutablePageMixin) that
    serves this request, e.g. ("category", {"slug": "dao-tao"}); None when the
    request shows the page itself (its "" route, or a page without routes)."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not match.route:
        return None
    served_by = getattr(match.func, "__self__", None)
    if getattr(served_by, "pk", None) != page.pk:
        return None
    return match.url_name, dict(match.kwargs)


def alternates_for(request, page=None):
    """One entry per language: code, name, url, current, translated, default. On a route of a
    routable page (a news category, the policy guide) the url is the same route of
    the page's translation, as the page's ``route_for_translation`` names it."""
    current = language_code()
    if isinstance(page, Page) and page.pk:
        site = Site.find_for_request(request) if request is not None else None
        route = current_route(request, page) if request is not None else None
        route_key = (
            [] if route is None else [route[0], *(f"{k}={v}" for k, v in sorted(route[1].items()))]
        )
        links = cached(
            "alternates",
            [getattr(site, "pk", ""), page.translation_key, *route_key],
            lambda: _alternates(request, page, route),
        )
        return [{**link, "current": link["code"] == current} for link in links]
    return [{**link, "current": link["code"] == current} for link in _alternates(request, page)]


def _route_url(request, page, other, route):
    """The URL of ``route`` of ``page`` on ``other`` (a translation of it), or None
    when that route has no counterpart there (a category nobody translated)."""
    url = other.get_url(request)
    if url is None:
        return None
    if route is None:
        return url
    translate = getattr(page, "route_for_translation", None)
    counterpart = translate(other, *route) if translate is not None else route
    if counterpart is None:
        return None
    name, kwargs = counterpart
    try:
        return url + page.reverse_subpage(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def _alternates(request, page, route=None):
    translations = {}
    if isinstance(page, Page) and page.pk:
        for other in (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .filter(public_q())
            .select_related("locale")
        ):
            translations[other.locale.language_code] = other
    result = []
    for code, name in settings.LANGUAGES:
        url = None
        translated = False
        if code in translations:
            url = _route_url(request, page, translations[code], route)
            translated = url is not None
            if url is None:
                url = translations[code].get_url(request)
        elif isinstance(page, Page):
            url = _home_url(request, code)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
            translated = True
        if not url:
            url = _home_url(request, code)
        result.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "translated": translated,
                # hreflang="x-default": the Vietnamese page, for readers of any other language
                "default": code == settings.LANGUAGE_CODE,
            }
        )
    return result
