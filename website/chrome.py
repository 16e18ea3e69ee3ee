"""The parts of every page around the content (menu, language links, breadcrumbs,
site settings: ``website.models.settings.cached_site_settings``), cached until
anything readers can see changes.

They cost a dozen queries a page when built afresh; the keys carry the page
cache's site-wide version (website.page_cache), which every publish, unpublish,
move and content save bumps, so they are never stale.
"""

from django.core.cache import cache
from django.http.request import split_domain_port

from website.page_cache import current_version

TTL = 60 * 60


def cached(name, parts, builder):
    """``builder()``'s value, from the cache while nothing changed. When the cache is down
    every look-up misses (website/cache.py) and the value is built afresh."""
    key = ":".join(["chrome", current_version(), name, *[str(part) for part in parts]])
    value = cache.get(key)
    if value is None:
        value = builder()
        cache.set(key, value, TTL)
    return value


def site_for_request(request):
    """``Site.find_for_request``, from the chrome cache; kept on the request where
    Wagtail keeps it, so settings, ``pageurl`` and menus find it there."""
    if not hasattr(request, "_wagtail_site"):
        from wagtail.models import Site

        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        request._wagtail_site = cached(
            "site", [hostname, port], lambda: Site._find_for_request(request)
        )
    return request._wagtail_site
