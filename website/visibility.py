"""What readers may see, as parts of one query."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


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
