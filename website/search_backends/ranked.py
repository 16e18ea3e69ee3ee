"""Relevance-ordered results, counts and facets of a search, bounded in cost.

Shared by the SQLite and PostgreSQL backends. Wagtail ranks, counts and facets a
search with a statement each (and its SQLite backend ranks each match with a scalar
subquery that runs the MATCH again). Here one statement gets every match joined to
the pages of the caller's queryset and

- counts them by type in the database (the total and the type facet);
- keeps the ``CANDIDATES`` best by the cheap score (bm25, ts_rank), and only those
  get the bonuses of the query's tiers (the words as typed, as a phrase, in the
  title: ``FoldedQuery.bonuses``), which decide their order. Past the candidates
  (a reader paging beyond result 1,000) the order is the cheap score's, read by a
  statement of its own for the slice asked for.

So a common word costs one ranking pass over its matches in the database, a count,
and a thousand rows to Python, instead of every match to Python with a full-text
subquery per bonus over all of them (~400 ms at 10,000 articles).

A search with more than ``COMMON`` matches (more than the candidates: a common word
at 100,000 articles, where a ranking pass and a count over every match took ~0.4 s)
is not scored or counted in full: a walk over its matches, newest first (the order
they were indexed in), stops after ``COMMON + 1``; its count reads "more than 1,000"
and its facets are the walk's. Its candidates are the ``CANDIDATES`` newest matches
and, when fewer than ``TITLE_ENOUGH`` of them have the query in their title, the
``TITLE_CANDIDATES`` newest older ones that do, ranked by the bonus tiers, then newest
first (``BoundedRanked.capped``).

A backend's results class sets ``allowed_matches``: a function
``(queryset, matching, bonuses) → BoundedRanked``, and its query compiler has
``ranked_parts(config)``: the matching index entries (with their cheap ``score``) and
the bonus tiers, or None where Wagtail's own path must run (match-all, negation,
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
# The matches that get the bonuses of the query's tiers: the best by the cheap score.
CANDIDATES = 1000
# Past this many matches a search is "common": counted up to here, its candidates the
# newest matches and the newest older title matches (module docstring). As many as the
# candidates: a search is scored in full exactly when every match is a candidate.
COMMON = 1000
TITLE_CANDIDATES = 200
# Older title candidates are looked for only when fewer of the newest candidates than
# this (a page of results) have the query in their title.
TITLE_ENOUGH = 10


def fetch(queryset, sql, params, planner_off=()):
    """Run a statement on ``queryset``'s database and yield its rows (read in batches).

    ``planner_off``: PostgreSQL planner settings (``enable_indexscan``, ``jit``, …)
    turned off for this statement only, where the planner's estimate of a full-text
    match is known to mislead it (``postgres.py``), and given their former values after
    it."""
    with connections[queryset.db].cursor() as cursor:
        if not planner_off:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(BATCH):
                yield from rows
            return
        # One round trip each way: the former values are read as the settings are
        # turned off (a SELECT list is evaluated in order).
        names = list(planner_off)
        former = ", ".join(f"current_setting('{name}')" for name in names)
        turn = ", ".join(f"set_config('{name}', %s, false)" for name in names)
        cursor.execute(f"SELECT {former}, {turn}", ["off"] * len(names))
        values = list(cursor.fetchone()[: len(names)])
        try:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        finally:
            cursor.execute(f"SELECT {turn}", values)
    yield from rows


def bounded(queryset, base, candidates, more_sql, planner_off=()):
    """The ``BoundedRanked`` of one ranking statement: ``base`` (SQL, params) defines
    the CTE ``m`` (pk, ctype, score, …: every allowed match); ``candidates`` (SQL,
    params) selects
    (pk, ctype, final score, position) of the candidates, higher final score first,
    and the statement adds (NULL, ctype, NULL, NULL, count) rows of ``m`` by type;
    ``more_sql`` (with ``{limit}`` and ``{offset}``) gives (pk, ctype) in the cheap
    order past the candidates. ``planner_off``: as ``fetch``'s, for the ranking
    statement."""
    base_sql, base_params = base
    candidates_sql, candidates_params = candidates
    sql = (
        f"{base_sql} {candidates_sql} "  # noqa: S608 - SQL compiled by the ORM
        "UNION ALL SELECT NULL, m.ctype, NULL, NULL, COUNT(*) FROM m GROUP BY m.ctype"
    )
    rows = []
    counts = Counter()
    for pk, content_type, final, position, count in fetch(
        queryset, sql, [*base_params, *candidates_params], planner_off
    ):
        if pk is None:
            counts[content_type] += count
        else:
            rows.append((-final, position, pk, content_type))
    rows.sort(key=lambda row: row[:2])

    def more(offset, limit):
        statement = f"{base_sql} " + more_sql.format(limit=int(limit), offset=int(offset))
        return list(fetch(queryset, statement, base_params))

    return BoundedRanked([(pk, ctype) for *_key, pk, ctype in rows], counts, more)


def walked_counts(rows):
    """({content type: matches}, the oldest entry id) of a probe's rows (content type,
    matches, oldest entry id): the walk's counts by type."""
    rows = list(rows)
    counts = Counter({ctype: count for ctype, count, _oldest in rows})
    return counts, min((oldest for _ctype, _count, oldest in rows), default=0)


def newest_ranked(candidates, finals, counts, walked_to, walk_past):
    """The ``BoundedRanked`` of a common search.

    ``candidates`` [(pk, content type, entry id, older)]: the newest matches, and the
    older title candidates (``older`` true); ``finals`` {entry id: final score}, higher
    first, then the newest; ``counts``: the walk's, which reached back to entry
    ``walked_to`` (a title candidate older than that is counted here);
    ``walk_past(below, skipped, offset, limit)``: [(pk, content type)] of the walk below
    entry id ``below`` without the entries ``skipped``, for the slices past the
    candidates."""
    rows, newest, older = [], [], []
    for pk, content_type, entry, old in candidates:
        rows.append((-finals.get(entry, 0.0), -entry, pk, content_type))
        if old:
            older.append(entry)
            if entry < walked_to:
                counts[content_type] += 1
        else:
            newest.append(entry)
    rows.sort(key=lambda row: row[:2])
    top = [(pk, content_type) for *_key, pk, content_type in rows]
    lowest = min(newest, default=0)

    def more(offset, limit):
        return walk_past(lowest, older, offset - len(top), limit)

    return BoundedRanked(top, counts, more, capped=True)


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


class BoundedRanked:
    """The matches of a search: the candidates best first (``Ranked``, each object
    once), the count of every match by type, and ``more(offset, limit)`` for the rows
    past the candidates, in the cheap score's order.

    ``capped``: there were more than ``COMMON`` matches; the counts are those of the
    first ``COMMON + 1`` (newest first), none above ``COMMON``, and the total is
    ``COMMON``."""

    def __init__(self, candidates, counts, more=None, capped=False):
        self.top = Ranked(candidates)
        self.counts = Counter({key: value for key, value in counts.items() if value})
        self.capped = capped
        self.total = max(sum(self.counts.values()), len(self.top))
        if capped:
            self.total = max(COMMON, len(self.top))
            # Each type's count as far as the walk went: none is above the total.
            self.counts = Counter({key: min(value, COMMON) for key, value in self.counts.items()})
        self.more = more

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        """A slice: [(pk, content_type_id)]."""
        start, stop, _step = index.indices(self.total)
        head = self.top[start:stop]
        shown = len(self.top)
        if stop <= shown or self.more is None:
            return head
        offset = max(start, shown)
        return head + [tuple(row) for row in self.more(offset, stop - offset)]

    def type_counts(self):
        return Counter(self.counts)


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

    def _rank(self):
        """The matches as ``BoundedRanked``, or None for the plain path."""
        parts = self._ranked_parts()
        if parts is None:
            return None
        matching, bonuses = parts
        try:
            return type(self).allowed_matches(self.query_compiler.queryset, matching, bonuses)
        except EmptyResultSet:
            # A queryset that can match nothing compiles to no SQL at all: e.g. the pages
            # an admin user may explore, for one who may explore none (a comment
            # moderator searching pages in the admin).
            return BoundedRanked((), {})

    def _do_search(self):
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

    @property
    def capped(self):
        """Whether the search had more matches than it counted (``COMMON``)."""
        ranked = self._ranked()
        return bool(ranked is not None and ranked.capped)

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
