"""PostgreSQL full-text search with folding; use ``SEARCH_CONFIG = "simple"``
(no stemming, no stopwords: the ``english`` configuration drops Vietnamese
syllables such as "an", "do", "to").

Matching reads each index entry's ``title || body`` from the stored column
``kcqg_vector`` (website migration 0008, GIN-indexed) instead of concatenating the
two vectors per entry; ranking is Wagtail's, from the title and body vectors.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import Case, F, FloatField, Func, Q, Value, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not

from website.search import FoldedQuery

from . import EXACT_TIER, FoldingBackendMixin


class ExactFirstMixin:
    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        if isinstance(self.query, FoldedQuery):
            exact = self.build_tsquery(self.query.exact, config=config)
            tier = Case(
                When(Q(_vector_=exact), then=Value(EXACT_TIER)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            rank = rank + tier
        return rank


class StoredVector(Func):
    """The joined index entry's ``title || body``, read from its stored column."""

    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("index_entries__title"))

    def as_sql(self, compiler, connection, **extra_context):
        # Compiling the title column gives the join's alias; the stored vector is the
        # column beside it.
        sql, params = compiler.compile(self.source_expressions[0])
        if not sql.endswith('"title"'):  # pragma: no cover - Django quotes columns
            raise ValueError(f"unexpected column SQL: {sql}")
        return sql.removesuffix('"title"') + '"kcqg_vector"', params


class PostgresFoldingQueryCompiler(ExactFirstMixin, PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        # Wagtail's search with the stored vector in place of ``title || body``; other
        # cases (match-all, fuzzy, a search on named fields) as Wagtail does them.
        if (
            self.fields is not None
            or isinstance(self.query, MatchAll | Fuzzy)
            or (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll))
        ):
            return super().search(config, start, stop, score_field, backend)
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        queryset = self.queryset.annotate(_vector_=StoredVector()).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class PostgresFoldingAutocompleteQueryCompiler(ExactFirstMixin, PostgresAutocompleteQueryCompiler):
    pass


class PostgresFoldingBackend(FoldingBackendMixin, PostgresSearchBackend):
    query_compiler_class = PostgresFoldingQueryCompiler
    autocomplete_query_compiler_class = PostgresFoldingAutocompleteQueryCompiler
