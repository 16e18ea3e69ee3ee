"""What readers may see, as parts of one query."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from website import chrome


def public_q():
    """Not in a private section, as a subquery.

    Wagtail's ``.public()`` runs a query of its own each time it is called; this
    says the same inside the main query: no view restriction on the page or an
    ancestor, i.e. on a page whose path is a prefix of this page's path.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ~Exists(restricted)


def ancestor_view_restrictions(page):
    """The restrictions that apply to ``page``: its own and its ancestors', one query.

    An alias (the page or an ancestor) counts by its source page, as in Wagtail's
    ``Page.get_view_restrictions``, followed through up to three aliases of aliases;
    the restrictions an alias carries itself are not used (as in Wagtail). None at all,
    without a query, while no page of the site has a restriction (``any_restriction``).
    """
    if not any_restriction():
        return PageViewRestriction.objects.none()
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths)
        | Q(page__aliases__path__in=paths)
        | Q(page__aliases__aliases__path__in=paths)
        | Q(page__aliases__aliases__aliases__path__in=paths),
        page__alias_of__isnull=True,
    ).distinct()


def any_restriction():
    """Whether any page has a view restriction, from the chrome cache: saving or deleting
    a restriction renews it (``website.signals``), and a site without private pages
    then serves every page without asking for its restrictions."""
    return chrome.cached("any-view-restriction", [], lambda: PageViewRestriction.objects.exists())
