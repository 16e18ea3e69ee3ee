"""Small SQL helpers for query plans."""

from django.db.models import F, Func, IntegerField
from django.db.models.lookups import Exact


class Unindexed(Func):
    """The column as it is on PostgreSQL; ``+column`` on SQLite (see ``unindexed``)."""

    template = "%(expressions)s"
    output_field = IntegerField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="+%(expressions)s", **extra_context)


def unindexed(field):
    """``+field`` on SQLite: the same value, but SQLite may not drive the query
    from an index on it.

    SQLite has no statistics unless ANALYZE is run, and then assumes an equality
    on an indexed column is selective. For "the newest 20 articles of this
    language" it would read every article of the language through the locale
    index and sort them all (O(articles)) instead of walking the publish-date
    index backwards and stopping after 20. PostgreSQL keeps statistics and plans
    well with the plain column; ``+column`` there would hide the column from its
    estimates (it then guessed 51 of 10,000 articles and sorted them all).
    """
    return Unindexed(F(field))


def in_locale(locale):
    """A filter: pages (or other translatable rows) of ``locale`` (a Locale or its id),
    without letting SQLite drive the query from the locale index.

    The locale index matches about half of all pages; a query for a handful of
    case studies, policies or index pages would otherwise read every article of the
    language to find them (40 ms at 100,000 articles instead of under 1 ms).
    Not for querysets handed to a search backend (they take plain field filters).
    """
    locale_id = getattr(locale, "pk", locale)
    return Exact(unindexed("locale_id"), locale_id)
