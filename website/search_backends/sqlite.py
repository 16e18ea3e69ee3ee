"""SQLite FTS5 with folding.

Wagtail's FTS5 table is recreated with ``tokenize='unicode61 remove_diacritics 0'``
(migration ``website/0004``), so "khuyến" and "khuyen" are different tokens: a
query as typed matches the page's own words, the folded query its folded copy.
On top of Wagtail's SQLite backend this one

- puts the folded title in the FTS ``title`` column (Wagtail puts only the
  field named ``title`` there), and ranks by bm25 with the title weighed above
  the body;
- ranks pages whose diacritics match the query first;
- accepts ``Boost`` queries (ignored), which Wagtail's SQLite backend rejects.
"""

from django.db.models import Case, FloatField, Value, When
from django.db.models.expressions import RawSQL
from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Not, Or, Phrase
from modelsearch.utils import get_content_type_pk

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


class SQLiteFoldingBackend(FoldingBackendMixin, SQLiteSearchBackend):
    index_class = FoldingSQLiteIndex
    query_compiler_class = SQLiteFoldingQueryCompiler
    autocomplete_query_compiler_class = SQLiteFoldingAutocompleteQueryCompiler
