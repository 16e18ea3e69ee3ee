"""Relevance-ordered results, counts and facets from one pass over the matches.

Shared by the SQLite and PostgreSQL backends. Wagtail ranks, counts and facets a
search with a statement each (and its SQLite backend ranks each match with a scalar
subquery that runs the MATCH again). Here one statement gets every match joined to
the pages of the caller's queryset, ranked and sorted by the database; Python counts
and facets by type from that list, and one query loads the requested slice. The pass
is kept on the query compiler, which the sliced copies (the paginator's) share.

A backend's results class sets ``allowed_matches``: a function
``(queryset, matching, exact, limit)`` giving ``(pk, content_type_id)`` rows, best first
(``allowed_pks`` and ``fetch`` below are the parts both write alike), and its query compiler has ``ranked_parts(config)``: the matching index entries (and,
for SQLite, the exact-diacritics ones), or None where Wagtail's own path must run
(match-all, negation, fuzzy, a search on named fields).
"""

from collections import Counter, OrderedDict

from django.db import connections
from django.db.models import F


def allowed_pks(queryset):
    """(SQL, params) of the pks ``queryset`` allows, as column ``kcqg_pk``."""
    return (
        queryset.order_by().annotate(kcqg_pk=F("pk")).values_list("kcqg_pk").query.sql_with_params()
    )


def fetch(queryset, sql, params, limit=None):
    """Run a ranking statement on ``queryset``'s database; only the ``limit`` best rows
    when given (a slice asked for before any count or facet)."""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


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
        parts = self._ranked_parts()
        if parts is None:
            return None
        matching, exact = parts
        return type(self).allowed_matches(self.query_compiler.queryset, matching, exact, limit)

    def _top(self, limit):
        """The ``limit`` best [(pk, content_type_id)], ranked by the database: for a
        slice asked for before any count (e.g. "news about this case study"), so a
        common word costs no Python pass over all its matches."""
        return self._matches(limit)

    def _rank(self):
        rows = self._matches()
        if rows is None:
            return None
        ranked, seen = [], set()
        # Best first; an object with more than one entry keeps its best.
        for pk, content_type in rows:
            if pk not in seen:
                seen.add(pk)
                ranked.append((pk, content_type))
        return ranked

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
        return len(ranked[self.start : self.stop])

    def facet(self, field_name):
        if field_name in ("content_type", "content_type_id"):
            ranked = self._ranked()
            if ranked is not None and self.query_compiler._get_filterable_field(field_name):
                return OrderedDict(
                    Counter(content_type for _pk, content_type in ranked).most_common()
                )
        return super().facet(field_name)
