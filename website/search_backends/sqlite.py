"""SQLite FTS5 with folding.

Wagtail's FTS5 table is recreated with ``tokenize='unicode61 remove_diacritics 0'``
(migration ``website/0001_squashed_0006``), so "khuyến" and "khuyen" are different tokens: a
query as typed matches the page's own words, the folded query its folded copy.
On top of Wagtail's SQLite backend this one

- puts the folded title in the FTS ``title`` column (Wagtail puts only the
  field named ``title`` there) and, for models without folded fields of their
  own (images, documents), each text's folded copy beside it; ranks by bm25 with the title weighed above
  the body;
- ranks pages whose diacritics match the query first;
- accepts ``Boost`` queries (ignored), which Wagtail's SQLite backend rejects;
- ranks in a few linear passes instead of Wagtail's scalar subquery per matching
  row, which took minutes for a common word over 10,000 articles (see
  ``FastRankedResults``).
"""

import sqlite3
from collections import Counter, OrderedDict
from dataclasses import dataclass

from django.db.models import (
    Case,
    Count,
    FloatField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase
from modelsearch.utils import get_descendants_content_types_pks

from website.search import FoldedQuery, InTitle, PrefixText
from website.sql import unindexed

from . import EXACT_TIER, FoldingBackendMixin, FoldingIndexerMixin, object_indexers, ranked
from .ranked import (
    OnePassRankedResultsMixin,
    allowed_pks,
    bounded,
    fetch,
    newest_ranked,
    walked_counts,
)

# bm25 weights of the FTS5 columns, in table order: autocomplete, body, title.
COLUMN_WEIGHTS = (1.0, 1.0, 4.0)
FTS = SQLiteFTSIndexEntry._meta.db_table
ENTRIES = IndexEntry._meta.db_table


@dataclass
class FTSMatching:
    """The index entries a search matches: ``entries`` (FTS rows with their bm25
    ``score``), their MATCH string, the content types searched, and the MATCH string
    of those with the words in the title (None without a title tier)."""

    entries: object
    match: str
    content_types: list
    title: str | None


@dataclass
class FTSBonus:
    """A bonus tier: its FTS rows, weight, MATCH string, and MATCH string in the title
    only (for a common search's older title candidates)."""

    entries: object
    weight: float
    match: str
    in_title: str
    title_tier: bool = False


class FoldingObjectIndexer(FoldingIndexerMixin, ObjectIndexer):
    """The folded title (``search_folded_title``) in the title column; for models
    without folded fields, each text's folded copy beside it."""

    TITLE_FIELDS = frozenset({"title", "search_folded_title"})

    def entry_value(self, wanted, for_autocomplete=False):
        return " ".join(value for _field, value in self.folded_items(wanted))


class FoldingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        # Wagtail's add_items with FoldingObjectIndexer.
        indexers, content_type_pk = object_indexers(FoldingObjectIndexer, self.backend, model, objs)
        if not indexers:
            return
        data = {
            indexer.id: (indexer.title, indexer.autocomplete, indexer.body) for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = set(
            entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
        )
        for object_id in existing:
            title, autocomplete, body = data[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            [
                IndexEntry(
                    content_type_id=content_type_pk,
                    object_id=object_id,
                    title=title,
                    autocomplete=autocomplete,
                    body=body,
                )
                for object_id, (title, autocomplete, body) in data.items()
                if object_id not in existing
            ]
        )
        self._refresh_title_norms()


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


def _without_boost(query):
    if isinstance(query, Boost):
        return _without_boost(query.subquery)
    if isinstance(query, FoldedQuery):
        return query
    if isinstance(query, And):
        return And([_without_boost(sub) for sub in query.subqueries])
    if isinstance(query, Or):
        return Or([_without_boost(sub) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(_without_boost(query.subquery))
    return query


def _has_words(query):
    """Whether a (cleaned) query has any word to match."""
    if isinstance(query, InTitle):
        return _has_words(query.subquery)
    if isinstance(query, And | Or):
        return any(_has_words(sub) for sub in query.subqueries)
    return bool(getattr(query, "query_string", "").split())


class FoldingCompilerMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = _without_boost(self.query)

    def _match_string(self, query):
        """The FTS5 MATCH string of a cleaned PlainText, Phrase, And/Or of them, or
        InTitle of one (the title column only)."""
        if isinstance(query, InTitle):
            return "{title} : " + self._match_string(query.subquery).split(" : ", 1)[1]
        if isinstance(query, And | Or):
            joiner = " AND " if isinstance(query, And) else " OR "
            parts = [self._match_string(sub).split(" : ", 1)[1] for sub in query.subqueries]
            columns = " ".join(self.fields or self.FTS_TABLE_FIELDS)
            return f"{{{columns}}} : ({joiner.join(parts)})"
        words = query.query_string.split()
        if isinstance(query, Phrase):
            body = '"' + " ".join(words) + '"'
        else:
            lexemes = [f'"{word}"' for word in words]
            if self.LAST_TERM_IS_PREFIX or isinstance(query, PrefixText):
                lexemes[-1] += "*"
            body = (" OR " if query.operator == "or" else " AND ").join(lexemes)
        columns = " ".join(self.fields or self.FTS_TABLE_FIELDS)
        return f"{{{columns}}} : ({body})"

    def ranked_parts(self, config):
        """(``FTSMatching`` of the query, [``FTSBonus``] of its tiers), or None when the
        plain path must be taken (match-all, negation)."""
        normalized = normalize(self.query)
        if isinstance(normalized, MatchAll | Not):
            return None
        columns = self.fields or self.FTS_TABLE_FIELDS
        content_types = get_descendants_content_types_pks(self.queryset.model)
        # "+column": SQLite then may not drive the query from the content-type
        # index. With one content type (a search among news articles only) it
        # otherwise scans every entry of that type and runs the MATCH for each:
        # 3.5 s instead of 4 ms at 10,000 articles.
        of_type = {"kcqg_type__in": content_types}
        type_column = unindexed("index_entry__content_type_id")
        expression = MatchExpression(columns, self.build_search_query(normalized, config=config))
        entries = (
            SQLiteFTSIndexEntry.objects.filter(expression)
            .alias(kcqg_type=type_column)
            .filter(**of_type)
            .annotate(score=WeightedBM25())
        )
        match = self._match_param(expression)
        title = None
        bonuses = []
        # Only ever asked about entries of ``matching`` (by FTS rowid): no type
        # filter, so no lookup of each bonus match's index entry.
        for query, weight in self._bonuses():
            if isinstance(query, InTitle):
                bonus = MatchExpression(["title"], self.build_search_query(query.subquery, config))
                in_title = bonus
                # A common search's older candidates (ranked.COMMON): the query in the
                # title column, a part of both the matches and this tier, and one pass
                # over the words' entries where "tier AND query" took two.
                title = self._match_param(
                    MatchExpression(["title"], self.build_search_query(normalized, config))
                )
            else:
                bonus = MatchExpression(columns, self.build_search_query(query, config=config))
                in_title = MatchExpression(["title"], self.build_search_query(query, config))
            bonuses.append(
                FTSBonus(
                    SQLiteFTSIndexEntry.objects.filter(bonus),
                    weight,
                    self._match_param(bonus),
                    self._match_param(in_title),
                    isinstance(query, InTitle),
                )
            )
        return FTSMatching(entries, match, list(content_types), title), bonuses

    def _match_param(self, expression):
        """The MATCH string of a ``MatchExpression``."""
        query = SQLiteFTSIndexEntry.objects.all().query
        _sql, params = expression.as_sql(query.get_compiler(using=self.queryset.db), None)
        return params[0]

    def _bonuses(self):
        """[(query, weight)] of the FoldedQuery's bonus tiers (none for other queries)."""
        if not isinstance(self.query, FoldedQuery):
            return []
        return [(query, weight) for query, weight in self.query.bonuses if _has_words(query)]

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PrefixText):
            # The last word as a prefix, as the autocomplete compiler does it.
            saved = self.LAST_TERM_IS_PREFIX
            self.LAST_TERM_IS_PREFIX = True
            try:
                return super().build_search_query_content(query, config=config)
            finally:
                self.LAST_TERM_IS_PREFIX = saved
        return super().build_search_query_content(query, config=config)

    def _build_rank_expression(self, vectors, config):
        # bm25 of the whole MATCH with column weights. Wagtail multiplies it by
        # the title's length norm, which lifts every short-titled page whatever
        # column matched; the title column's weight does that job here.
        rank = WeightedBM25()
        table = SQLiteFTSIndexEntry._meta.db_table
        for query, weight in self._bonuses():
            # The table name is a constant; the MATCH string is a parameter.
            rows = RawSQL(  # noqa: S611
                f"SELECT rowid FROM {table} WHERE {table} MATCH %s",  # noqa: S608
                [self._match_string(query)],
            )
            tier = Case(
                When(pk__in=rows, then=Value(-EXACT_TIER * weight)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            rank = rank + tier
        return rank


class SQLiteFoldingQueryCompiler(FoldingCompilerMixin, SQLiteSearchQueryCompiler):
    pass


class SQLiteFoldingAutocompleteQueryCompiler(FoldingCompilerMixin, SQLiteAutocompleteQueryCompiler):
    pass


def _walk_sql(match_sql, content_types, allowed_sql, where=""):
    """(pk, ctype, rid) of the allowed pages whose index entries match ``match_sql``
    (a %s for a MATCH string), newest first: the FTS table gives its rows in rowid
    order, which is the order the entries were written in, and each row costs one
    look-up of its entry and one of its page."""
    types = ", ".join(str(int(pk)) for pk in content_types)
    return (
        f'SELECT a."kcqg_pk" AS pk, e."content_type_id" AS ctype, "{FTS}".rowid AS rid '  # noqa: S608
        f'FROM "{FTS}" INNER JOIN "{ENTRIES}" e ON e."id" = "{FTS}".rowid '
        f'INNER JOIN ({allowed_sql}) a ON a."kcqg_pk" = e."object_id" '
        f'WHERE "{FTS}" MATCH {match_sql} AND +e."content_type_id" IN ({types}) {where} '
        f'ORDER BY "{FTS}".rowid DESC'
    )


def _allowed_matches(queryset, matching, bonuses=None):
    """The ``BoundedRanked`` matches that ``queryset`` allows.

    First a walk over the matches, newest first, that stops after ``COMMON + 1``: up to
    ``COMMON`` they are all ranked (``_ranked_in_full``), past it the search is common
    and only its newest matches and older title matches are (``_ranked_newest``)."""
    allowed_sql, allowed_params = allowed_pks(queryset)
    walk = _walk_sql("%s", matching.content_types, allowed_sql)
    probe = (
        f"WITH w AS ({walk} LIMIT {ranked.COMMON + 1}) "  # noqa: S608
        "SELECT w.ctype, COUNT(*), MIN(w.rid) FROM w GROUP BY w.ctype"
    )
    counts, walked_to = walked_counts(fetch(queryset, probe, [*allowed_params, matching.match]))
    if sum(counts.values()) <= ranked.COMMON:
        return _ranked_in_full(queryset, matching.entries, bonuses, walked_to)
    allowed = (allowed_sql, allowed_params)
    return _ranked_newest(queryset, matching, bonuses or [], allowed, counts, walked_to)


def _ranked_newest(queryset, matching, bonuses, allowed, counts, walked_to):
    """The ``BoundedRanked`` of a common search: the candidates are its ``CANDIDATES``
    newest allowed matches (FTS rowid ``lowest`` and up) and, when fewer than
    ``TITLE_ENOUGH`` of those have the query in the title, the ``TITLE_CANDIDATES``
    newest older ones that do. They are ranked by the bonus tiers they match (for the
    older ones, each tier in the title), then newest first.

    The tiers are read from the FTS table in rowid ranges given as constants (FTS5
    then seeks to them; a bound from a subquery made it read the words' whole lists).
    bm25 is not used: it counts each of the query's phrases over the whole table first
    (~0.2 s for a common word at 100,000 articles), whatever rows it is asked about.
    Past the candidates: the walk's order, newest first."""
    allowed_sql, allowed_params = allowed

    def walk(match, where="", limit=ranked.CANDIDATES, offset=0):
        statement = _walk_sql("%s", matching.content_types, allowed_sql, where)
        statement += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return list(fetch(queryset, statement, [*allowed_params, match]))

    newest = walk(matching.match)
    lowest = min((rid for _pk, _ctype, rid in newest), default=0)
    finals, titled = _tiers_in_range(queryset, bonuses, lowest)
    candidates = [(pk, ctype, rid, False) for pk, ctype, rid in newest]
    # The range holds other pages' entries too (another language's): count the newest.
    titled &= {rid for _pk, _ctype, rid in newest}
    if matching.title and len(titled) < ranked.TITLE_ENOUGH:
        below = f'AND "{FTS}".rowid < {int(lowest)}'
        older = walk(matching.title, below, ranked.TITLE_CANDIDATES)
        if older:
            oldest = min(rid for _pk, _ctype, rid in older)
            finals.update(_tiers_in_range(queryset, bonuses, oldest, lowest, in_title=True)[0])
            candidates += [(pk, ctype, rid, True) for pk, ctype, rid in older]

    def walk_past(below, skipped, offset, limit):
        where = f'AND "{FTS}".rowid < {int(below)}'
        if skipped:
            where += f' AND "{FTS}".rowid NOT IN ({", ".join(str(int(r)) for r in skipped)})'
        return [row[:2] for row in walk(matching.match, where, limit, offset)]

    return newest_ranked(candidates, finals, counts, walked_to, walk_past)


def _tiers_in_range(queryset, bonuses, low, high=None, in_title=False):
    """({FTS rowid: the bonus of the tiers it matches}, {rowids in the title tier}) for
    rowids from ``low`` to ``high`` (None: the last); ``in_title``: each tier in the
    title only."""
    bound = f"AND rowid >= {int(low)}" + ("" if high is None else f" AND rowid < {int(high)}")
    parts = [
        f'SELECT rowid, {number} FROM "{FTS}" WHERE "{FTS}" MATCH %s {bound}'  # noqa: S608
        for number in range(len(bonuses))
    ]
    params = [bonus.in_title if in_title else bonus.match for bonus in bonuses]
    scores, titled = Counter(), set()
    if parts:
        for rid, number in fetch(queryset, " UNION ALL ".join(parts), params):
            scores[rid] += EXACT_TIER * bonuses[number].weight
            if bonuses[number].title_tier:
                titled.add(rid)
    return scores, titled


def _ranked_in_full(queryset, matching, bonuses=None, lowest=0):
    """The ``BoundedRanked`` matches that ``queryset`` allows: counted by type, and the
    ``CANDIDATES`` best by bm25 (lower is better; then the newest, highest id) ranked
    by bm25 less ``weight × EXACT_TIER`` for each bonus tier of ``bonuses``
    [``FTSBonus``] they match (as typed, phrase, title). ``lowest``: the oldest
    match's FTS rowid (the walk read them all).

    One statement: the FTS matches joined to the caller's page queryset by primary
    key, so the MATCH runs once and each match costs one index lookup (an
    ``IN (subquery)`` would run the MATCH a second time). Both halves are compiled by
    the ORM; only the join is written here.
    """
    allowed_sql, allowed_params = allowed_pks(queryset)
    # The entry's content type is the object's specific type (also for models
    # that have no content_type field, such as images).
    matching_sql, matching_params = (
        matching.order_by()
        .values_list("index_entry__object_id", "score", "index_entry__content_type_id", "pk")
        .query.sql_with_params()
    )
    # The matches are computed once, first (MATERIALIZED): left to itself, the
    # planner may run the MATCH again for every allowed page (seconds, not ms).
    materialized = "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""
    base_sql = (
        f"WITH x AS {materialized}({matching_sql}), "  # noqa: S608
        f"m AS {materialized}("
        'SELECT a."kcqg_pk" AS pk, x."index_entry__content_type_id" AS ctype, '
        'x."score" AS score, x."pk" AS rid '
        f"FROM x INNER JOIN ({allowed_sql}) a "
        'ON a."kcqg_pk" = x."index_entry__object_id")'
    )
    rank = "-c.score"
    rank_params = []
    for bonus in bonuses or ():
        # The bonus matches' FTS rowids are read once, from the full-text index alone
        # (SQLite builds a temporary index of them), only for the candidates, and only
        # from the oldest match's rowid on (a constant, so FTS5 seeks to it).
        weight = float(EXACT_TIER * bonus.weight)
        rank += (
            f' + CASE WHEN c.rid IN (SELECT rowid FROM "{FTS}" WHERE "{FTS}" MATCH %s '  # noqa: S608
            f"AND rowid >= {int(lowest)}) THEN {weight} ELSE 0 END"
        )
        rank_params.append(bonus.match)
    candidates_sql = (
        f", c AS {materialized}(SELECT * FROM m "  # noqa: S608
        f"ORDER BY m.score, m.pk DESC LIMIT {ranked.CANDIDATES}) "
        f"SELECT c.pk, c.ctype, {rank}, "
        "ROW_NUMBER() OVER (ORDER BY c.score, c.pk DESC), NULL FROM c"
    )
    more_sql = (
        "SELECT m.pk, m.ctype FROM m ORDER BY m.score, m.pk DESC LIMIT {limit} OFFSET {offset}"
    )
    base = (base_sql, [*matching_params, *allowed_params])
    return bounded(queryset, base, (candidates_sql, rank_params), more_sql)


class FastRankedResults(OnePassRankedResultsMixin, SQLiteSearchResults):
    """Relevance-ordered results, counts and facets from one linear pass
    (``website.search_backends.ranked``).

    Wagtail scores each matching page with a scalar subquery that runs the FTS
    MATCH again, which is quadratic in the number of matches: minutes for a common
    word over 10,000 articles.
    """

    allowed_matches = staticmethod(_allowed_matches)

    def facet(self, field_name):
        if field_name in ("content_type", "content_type_id"):
            return super().facet(field_name)
        parts = self._ranked_parts()
        if parts is None or self.query_compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)
        matching, _bonuses = parts
        queryset = self.query_compiler.queryset.filter(
            pk__in=matching.entries.values_list("index_entry__object_id", flat=True)
        )
        rows = queryset.order_by().values(field_name).annotate(count=Count("pk")).order_by("-count")
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class SQLiteFoldingBackend(FoldingBackendMixin, SQLiteSearchBackend):
    index_class = FoldingSQLiteIndex
    results_class = FastRankedResults
    query_compiler_class = SQLiteFoldingQueryCompiler
    autocomplete_query_compiler_class = SQLiteFoldingAutocompleteQueryCompiler
