"""Navigation: the menu pages under the home page of the active language, and the
footer's links to the other pages under it (About, Contact, Questions…), so that
every page an editor puts under the home page is linked from every page."""

from wagtail.models import Page, Site

from website.chrome import cached
from website.locales import language_code
from website.visibility import public_q


def home_for(request):
    """The home page of the request's site in the active language, or None."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return site.root_page.localized


def _children(home, in_menu):
    pages = Page.objects.child_of(home).live().filter(public_q())
    pages = pages.in_menu() if in_menu else pages.not_in_menu()
    return pages.only("id", "title", "url_path", "depth", "path", "locale_id")


def _build_menu(request):
    home = home_for(request)
    if home is None:
        return []
    return [
        {"pk": home.pk, "title": home.title, "url": home.get_url(request), "is_home": True},
        *[
            {"pk": item.pk, "title": item.title, "url": item.get_url(request), "is_home": False}
            for item in _children(home, in_menu=True)
        ],
    ]


def _build_footer(request):
    home = home_for(request)
    if home is None:
        return []
    return [
        {"pk": item.pk, "title": item.title, "url": item.get_url(request)}
        for item in _children(home, in_menu=False)
    ]


def menu_items(request):
    """[{pk, title, url, is_home}] for the menu, cached until content changes."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return cached("menu", [site.pk, language_code()], lambda: _build_menu(request))


def footer_items(request):
    """[{pk, title, url}] of the pages under the home page that are not in the menu,
    in the page tree's order, cached until content changes."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    return cached("footer", [site.pk, language_code()], lambda: _build_footer(request))
