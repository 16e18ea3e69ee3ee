"""Main navigation: the menu pages under the home page of the active language."""

from django.utils.translation import get_language
from wagtail.models import Page, Site

from website.chrome import cached
from website.visibility import public_q


def home_for(request):
    """The home page of the request's site in the active language, or None."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return site.root_page.localized


def _build_menu(request):
    home = home_for(request)
    if home is None:
        return []
    items = list(
        Page.objects.child_of(home)
        .live()
        .filter(public_q())
        .in_menu()
        .only("id", "title", "url_path", "depth", "path", "locale_id")
    )
    return [
        {"pk": home.pk, "title": home.title, "url": home.get_url(request), "is_home": True},
        *[
            {"pk": item.pk, "title": item.title, "url": item.get_url(request), "is_home": False}
            for item in items
        ],
    ]


def menu_items(request):
    """[{pk, title, url, is_home}] for the menu, cached until content changes."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return cached("menu", [site.pk, get_language()], lambda: _build_menu(request))
