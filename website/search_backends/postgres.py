"""PostgreSQL full-text search with folding; use ``SEARCH_CONFIG = "simple"``
(no stemming, no stopwords: the ``english`` configuration drops Vietnamese
syllables such as "an", "do", "to")."""

from django.db.models import Case, FloatField, Q, Value, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

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


class PostgresFoldingQueryCompiler(ExactFirstMixin, PostgresSearchQueryCompiler):
    pass


class PostgresFoldingAutocompleteQueryCompiler(ExactFirstMixin, PostgresAutocompleteQueryCompiler):
    pass


class PostgresFoldingBackend(FoldingBackendMixin, PostgresSearchBackend):
    query_compiler_class = PostgresFoldingQueryCompiler
    autocomplete_query_compiler_class = PostgresFoldingAutocompleteQueryCompiler
