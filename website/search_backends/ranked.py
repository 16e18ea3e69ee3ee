"""Relevance-ordered results, counts and facets from one pass over the matches.

Shared by the SQLite and PostgreSQL backends. Wagtail ranks, counts and facets a
search with a statement each (and its SQLite backend ranks each match with a scalar
subquery that runs the MATCH again). Here one statement gets every match joined to
the pages of the caller's queryset, ranked and sorted by the database; Python counts
and facets by type from that list, and one query loads the requested slice. The pass
is kept on the query compiler, which the sliced copies (the paginator's) share.

A backend's results class sets ``allowed_matches``: a function
``(queryset, matching, exact, limit)`` giving ``(pk, content_type_id)`` rows, best first
(``allowed_pks`` and ``fetch`` below are the parts both write alike), and its query
compiler has ``ranked_parts(config)``: the matching index entries (and, for SQLite, the
exact-diacritics ones), or None where Wagtail's own path must run (match-all, negation,
fuzzy, a search on named fields).
"""

from array import array
from collections import Counter, OrderedDict

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import F


def allowed_pks(queryset):
    """(SQL, params) of the pks ``queryset`` allows, as column ``kcqg_pk``."""
    return (
        queryset.order_by().annotate(kcqg_pk=F("pk")).values_list("kcqg_pk").query.sql_with_params()
    )


BATCH = 2000


def fetch(queryset, sql, params, limit=None):
    """Run a ranking statement on ``queryset``'s database and yield its rows; only the
    ``limit`` best when given (a slice asked for before any count or facet).

    Read in batches: a word in every article gives 100,000 rows, which as one list of
    tuples took ~20 MB of a worker's memory at its peak (see ``Ranked``)."""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(BATCH):
            yield from rows


class Ranked:
    """The matches of a search, best first, each object once (at its best place): their
    primary keys and content types, as arrays of machine integers (16 bytes a match,
    not ~120 as a list of tuples), or as lists for keys that are not integers."""

    def __init__(self, rows):
        self.pks, self.types = array("q"), array("q")
        seen = set()
        for pk, content_type in rows:
            if pk in seen:
                continue
            seen.add(pk)
            try:
                self.pks.append(pk)
            except TypeError:  # a text or UUID key
                self.pks = list(self.pks)
                self.pks.append(pk)
            self.types.append(content_type)

    def __len__(self):
        return len(self.pks)

    def __getitem__(self, index):
        """A slice: [(pk, content_type_id)]."""
        return list(zip(self.pks[index], self.types[index], strict=True))

    def type_counts(self):
        return Counter(self.types)


class OnePassRankedResultsMixin:
    allowed_matches = None  # set by each backend's results class

    def _ranked(self):
        """[(pk, content_type_id)] in relevance order, or None for the plain path."""
        compiler = self.query_compiler
        cached = getattr(compiler, "_kcqg_ranked", False)
        if cached is not False:
            return cached
        compiler._kcqg_ranked = self._rank()
        return compiler._kcqg_ranked

    def _ranked_parts(self):
        """(matching, exact) index entries for a relevance-ordered search, else None."""
        compiler = self.query_compiler
        ranked_parts = getattr(compiler, "ranked_parts", None)
        if ranked_parts is None or not compiler.order_by_relevance:
            return None
        if self._score_field is not None:
            return None
        return ranked_parts(compiler.get_config(self.backend))

    def _matches(self, limit=None):
        """The matches as ``Ranked`` (best first; an object with more than one entry
        keeps its best), or None for the plain path."""
        parts = self._ranked_parts()
        if parts is None:
            return None
        matching, exact = parts
        try:
            return Ranked(
                type(self).allowed_matches(self.query_compiler.queryset, matching, exact, limit)
            )
        except EmptyResultSet:
            # A queryset that can match nothing compiles to no SQL at all: e.g. the pages
            # an admin user may explore, for one who may explore none (a comment
            # moderator searching pages in the admin).
            return Ranked(())

    def _top(self, limit):
        """The ``limit`` best matches, ranked by the database: for a slice asked for
        before any count (e.g. "news about this case study"), so a common word costs
        no Python pass over all its matches."""
        return self._matches(limit)

    def _rank(self):
        return self._matches()

    def _do_search(self):
        if self.stop is not None and getattr(self.query_compiler, "_kcqg_ranked", False) is False:
            ranked = self._top(self.stop)
        else:
            ranked = self._ranked()
        if ranked is None:
            return super()._do_search()
        wanted = [pk for pk, _type in ranked[self.start : self.stop]]
        if not wanted:
            return []
        # No ORDER BY: they are put in relevance order here.
        loaded = self.query_compiler.queryset.filter(pk__in=wanted).order_by()
        objects = {obj.pk: obj for obj in loaded}
        return [objects[pk] for pk in wanted if pk in objects]

    def _do_count(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_count()
        return len(range(len(ranked))[self.start : self.stop])

    def facet(self, field_name):
        if field_name in ("content_type", "content_type_id"):
            ranked = self._ranked()
            if ranked is not None and self.query_compiler._get_filterable_field(field_name):
                return OrderedDict(ranked.type_counts().most_common())
        return super().facet(field_name)
