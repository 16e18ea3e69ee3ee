"""SQLite FTS5 with folding.

Wagtail's FTS5 table is recreated with ``tokenize='unicode61 remove_diacritics 0'``
(migration ``website/0004``), so "khuyến" and "khuyen" are different tokens: a
query as typed matches the page's own words, the folded query its folded copy.
On top of Wagtail's SQLite backend this one

- puts the folded title in the FTS ``title`` column (Wagtail puts only the
  field named ``title`` there), and ranks by bm25 with the title weighed above
  the body;
- ranks pages whose diacritics match the query first;
- accepts ``Boost`` queries (ignored), which Wagtail's SQLite backend rejects;
- ranks in a few linear passes instead of Wagtail's scalar subquery per matching
  row, which took minutes for a common word over 10,000 articles (see
  ``FastRankedResults``).
"""

from collections import OrderedDict

from django.db.models import Case, Count, FloatField, Value, When
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
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from website.search import FoldedQuery

from . import EXACT_TIER, FoldingBackendMixin

TITLE_FIELDS = {"title", "search_folded_title"}
# bm25 weights of the FTS5 columns, in table order: autocomplete, body, title.
COLUMN_WEIGHTS = (1.0, 1.0, 4.0)


class FoldingObjectIndexer(ObjectIndexer):
    def _texts(self, in_title):
        texts = []
        for field in self.search_fields:
            for current_field, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField) and (
                    (current_field.field_name in TITLE_FIELDS) == in_title
                ):
                    texts.append(value)
        return " ".join(texts)

    @property
    def title(self):
        return self._texts(in_title=True)

    @property
    def body(self):
        return self._texts(in_title=False)


class FoldingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        # Wagtail's add_items with FoldingObjectIndexer.
        if not model.get_search_fields():
            return
        indexers = [FoldingObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
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


class FoldingCompilerMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = _without_boost(self.query)

    def _match_string(self, query):
        """The FTS5 MATCH string of one cleaned PlainText or Phrase."""
        words = query.query_string.split()
        if isinstance(query, Phrase):
            body = '"' + " ".join(words) + '"'
        else:
            lexemes = [f'"{word}"' for word in words]
            if self.LAST_TERM_IS_PREFIX:
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
        matching = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(columns, self.build_search_query(normalized, config=config))
            )
            .filter(index_entry__content_type__in=content_types)
            .annotate(score=WeightedBM25())
        )
        exact = None
        if isinstance(self.query, FoldedQuery) and self.query.exact.query_string.split():
            exact = SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(columns, self.build_search_query(self.query.exact, config=config))
            ).filter(index_entry__content_type__in=content_types)
        return matching, exact

    def _build_rank_expression(self, vectors, config):
        # bm25 of the whole MATCH with column weights. Wagtail multiplies it by
        # the title's length norm, which lifts every short-titled page whatever
        # column matched; the title column's weight does that job here.
        rank = WeightedBM25()
        if isinstance(self.query, FoldedQuery) and self.query.exact.query_string.split():
            table = SQLiteFTSIndexEntry._meta.db_table
            # The table name is a constant; the MATCH string is a parameter.
            exact_rows = RawSQL(  # noqa: S611
                f"SELECT rowid FROM {table} WHERE {table} MATCH %s",  # noqa: S608
                [self._match_string(self.query.exact)],
            )
            tier = Case(
                When(pk__in=exact_rows, then=Value(-EXACT_TIER)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            rank = rank + tier
        return rank


class SQLiteFoldingQueryCompiler(FoldingCompilerMixin, SQLiteSearchQueryCompiler):
    pass


class SQLiteFoldingAutocompleteQueryCompiler(FoldingCompilerMixin, SQLiteAutocompleteQueryCompiler):
    pass


class FastRankedResults(SQLiteSearchResults):
    """Relevance-ordered results in linear passes.

    Wagtail scores each matching page with a scalar subquery that runs the FTS
    MATCH again, which is quadratic in the number of matches. Here: one pass
    gets every match's bm25, one the pages of the caller's queryset among the
    matches, one the exact-diacritics matches; Python sorts; one query loads
    the requested slice.
    """

    def _ranked_ids(self):
        compiler = self.query_compiler
        if not compiler.order_by_relevance or self._score_field is not None:
            return None
        parts = compiler.ranked_parts(compiler.get_config(self.backend))
        if parts is None:
            return None
        matching, exact = parts
        scores = {}
        for object_id, score in matching.values_list("index_entry__object_id", "score"):
            key = str(object_id)
            scores[key] = min(score, scores.get(key, score))
        if exact is not None:
            for object_id in exact.values_list("index_entry__object_id", flat=True):
                key = str(object_id)
                if key in scores:
                    scores[key] -= EXACT_TIER
        allowed = compiler.queryset.filter(
            pk__in=matching.values_list("index_entry__object_id", flat=True)
        ).values_list("pk", flat=True)
        return sorted(allowed, key=lambda pk: (scores.get(str(pk), 0.0), -pk))

    def _do_search(self):
        ranked = self._ranked_ids()
        if ranked is None:
            return super()._do_search()
        wanted = ranked[self.start : self.stop]
        if not wanted:
            return []
        objects = {obj.pk: obj for obj in self.query_compiler.queryset.filter(pk__in=wanted)}
        return [objects[pk] for pk in wanted if pk in objects]

    def _matching_queryset(self):
        parts = self.query_compiler.ranked_parts(self.query_compiler.get_config(self.backend))
        if parts is None:
            return None
        matching, _exact = parts
        return self.query_compiler.queryset.filter(
            pk__in=matching.values_list("index_entry__object_id", flat=True)
        )

    def _do_count(self):
        queryset = self._matching_queryset()
        if queryset is None:
            return super()._do_count()
        return queryset.count()

    def facet(self, field_name):
        queryset = self._matching_queryset()
        if queryset is None:
            return super().facet(field_name)
        field = self.query_compiler._get_filterable_field(field_name)
        if field is None:
            return super().facet(field_name)
        rows = queryset.order_by().values(field_name).annotate(count=Count("pk")).order_by("-count")
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class SQLiteFoldingBackend(FoldingBackendMixin, SQLiteSearchBackend):
    index_class = FoldingSQLiteIndex
    results_class = FastRankedResults
    query_compiler_class = SQLiteFoldingQueryCompiler
    autocomplete_query_compiler_class = SQLiteFoldingAutocompleteQueryCompiler
