"""The site's one public address: every absolute URL it emits starts with
``settings.SITE_ORIGIN`` (the ``SITE_ORIGIN`` environment variable).

Two sources used to disagree: Wagtail builds a page's full URL from the Site record
(``http://localhost`` unless someone edits it), and templates, feeds and robots.txt
built theirs from the request's host. Both go through here now:

- ``absolute(path)`` for a URL the site builds itself (an image rendition, a static
  file, a route of a listing, robots.txt's sitemap);
- Wagtail's ``Site.root_url``, replaced by ``website.patches.site_root_url``, for every
  full URL Wagtail builds: canonical, og:url, feeds, sitemap, the API's ``html_url``,
  admin e-mails. The default site's root URL is the configured origin whatever its
  record says; another Site record, if someone adds one, keeps its own host name and
  port.

``write_to_site()`` (``manage.py set_site_origin``, run by ``make setup`` and at
deployment) writes the origin's host name and port into the default Site record too,
so that the admin's Sites page and Wagtail's request-to-site matching agree with it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def parse(value):
    """``value`` as a normalised origin ("https://khuyencong.gov.vn", no slash at the
    end); ImproperlyConfigured when it is not a bare http(s) scheme and host."""
    parts = urlsplit((value or "").strip())
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path not in {"", "/"}
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise ImproperlyConfigured(
            f"SITE_ORIGIN must be a scheme and host, e.g. https://khuyencong.gov.vn "
            f"or http://127.0.0.1:8000, not {value!r}."
        )
    return f"{parts.scheme}://{parts.netloc.lower()}"


def origin():
    """The configured origin, e.g. "https://khuyencong.gov.vn"."""
    return settings.SITE_ORIGIN


def absolute(url):
    """``url`` (a path of this site, "/tin-tuc/") at the configured origin; a URL that
    already has a scheme (a file on another host, say) is returned unchanged."""
    if not url:
        return ""
    if urlsplit(url).scheme:
        return url
    return origin() + (url if url.startswith("/") else f"/{url}")


def host_and_port():
    """(host name, port) of the origin, as Wagtail's Site record stores them."""
    parts = urlsplit(origin())
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def write_to_site():
    """Write the origin's host name and port into the default Site record; returns
    the record, or None when there is no default site yet."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = host_and_port()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()  # Wagtail's signal clears its cached site root paths
    return site
