"""Main navigation: the menu pages under the home page of the active language."""

from wagtail.models import Page, Site


def home_for(request):
    """The home page of the request's site in the active language, or None."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return site.root_page.localized


def menu_items(request):
    home = home_for(request)
    if home is None:
        return []
    items = list(
        Page.objects.child_of(home)
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "depth", "path", "locale_id")
    )
    home.is_home = True
    return [home, *items]
