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
from collections import OrderedDict

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

from . import EXACT_TIER, FoldingBackendMixin, FoldingIndexerMixin, object_indexers
from .ranked import CANDIDATES, OnePassRankedResultsMixin, allowed_pks, bounded

# bm25 weights of the FTS5 columns, in table order: autocomplete, body, title.
COLUMN_WEIGHTS = (1.0, 1.0, 4.0)


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
        """(matching index entries with a bm25 "score", exact-diacritics entries or
        None), or None when the plain path must be taken (match-all, negation)."""
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
        matching = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(columns, self.build_search_query(normalized, config=config))
            )
            .alias(kcqg_type=type_column)
            .filter(**of_type)
            .annotate(score=WeightedBM25())
        )
        # Only ever asked about entries of ``matching`` (by FTS rowid): no type
        # filter, so no lookup of each bonus match's index entry.
        bonuses = [
            (
                SQLiteFTSIndexEntry.objects.filter(
                    MatchExpression(["title"], self.build_search_query(query.subquery, config))
                    if isinstance(query, InTitle)
                    else MatchExpression(columns, self.build_search_query(query, config=config))
                ),
                weight,
            )
            for query, weight in self._bonuses()
        ]
        return matching, bonuses

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


def _allowed_matches(queryset, matching, bonuses=None):
    """The ``BoundedRanked`` matches that ``queryset`` allows: counted by type, and the
    ``CANDIDATES`` best by bm25 (lower is better; then the newest, highest id) ranked
    by bm25 less ``weight × EXACT_TIER`` for each bonus tier of ``bonuses``
    [(FTS entries, weight)] they match (as typed, phrase, title).

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
    for query, weight in bonuses or ():
        # The bonus matches' FTS rowids are read once, from the full-text index alone
        # (SQLite builds a temporary index of them), only for the candidates.
        bonus_sql, bonus_params = (
            query.order_by().values_list("pk", flat=True).query.sql_with_params()
        )
        rank += f" + CASE WHEN c.rid IN ({bonus_sql}) THEN {float(EXACT_TIER * weight)} ELSE 0 END"
        rank_params.extend(bonus_params)
    candidates_sql = (
        f", c AS {materialized}(SELECT * FROM m "  # noqa: S608
        f"ORDER BY m.score, m.pk DESC LIMIT {CANDIDATES}) "
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
        matching, _exact = parts
        queryset = self.query_compiler.queryset.filter(
            pk__in=matching.values_list("index_entry__object_id", flat=True)
        )
        rows = queryset.order_by().values(field_name).annotate(count=Count("pk")).order_by("-count")
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class SQLiteFoldingBackend(FoldingBackendMixin, SQLiteSearchBackend):
    index_class = FoldingSQLiteIndex
    results_class = FastRankedResults
    query_compiler_class = SQLiteFoldingQueryCompiler
    autocomplete_query_compiler_class = SQLiteFoldingAutocompleteQueryCompiler
