"""Correctness (always on): Wagtail's full URLs start with the configured origin.

Wagtail builds a page's full URL (canonical, og:url, feeds, sitemap, the API's
``html_url``, admin e-mails) from ``Site.root_url``, which reads the Site record's host
name and port: ``http://localhost`` unless someone edits the record, and never
``https`` on a port other than 443. ``install()`` replaces that property: the default
site's root URL is ``settings.SITE_ORIGIN`` (``website.origin``) whatever its record
says; another Site record, if someone adds one, keeps upstream's answer.
"""

from wagtail.models import Site

from website.origin import origin
from website.patches import original, replace

CHECKED_AGAINST = "Wagtail 8.0.1"
UPSTREAM = {
    "wagtail.models.sites:Site.root_url": "f8f1f29e909629bd",
}


def site_root_url(site):
    """``Site.root_url``: the origin for the default site, upstream's for any other."""
    if site.is_default_site:
        return origin()
    return original(Site, "root_url").fget(site)


def install():
    replace(Site, "root_url", property(site_root_url))
