"""Elasticsearch 9 with folding: ``SEARCH_URL=https://host:9200``.

The index settings (``INDEX_SETTINGS`` in ``website/settings/base.py``) make the
default analyzer ``standard`` + ``lowercase`` + ``asciifolding`` with
``preserve_original``: "Khuyến" is indexed as "khuyến" and "khuyen" at one
position, so a query with diacritics matches both forms and ranks pages with
the same diacritics higher. Queries run as typed (boosted) OR folded.
"""

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.query import Boost, Or

from website.search import FoldedQuery, InTitle

from . import EXACT_BOOST, FoldingBackendMixin


def boost_exact(query):
    """A FoldedQuery as Or(Boost(as typed), folded), the form Elasticsearch scores."""
    if isinstance(query, FoldedQuery):
        boosted = [
            Boost(bonus, EXACT_BOOST * weight)
            for bonus, weight in query.bonuses
            # The title tier: the mapping already boosts the title fields.
            if bonus is not query.exact
            and bonus is not query.folded
            and not isinstance(bonus, InTitle)
        ]
        exact_weight = dict((id(q), w) for q, w in query.bonuses).get(id(query.exact), 1.0)
        return Or([Boost(query.exact, EXACT_BOOST * exact_weight), *boosted, query.folded])
    return query


class ExactBoostMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = boost_exact(self.query)


class Elasticsearch9FoldingQueryCompiler(ExactBoostMixin, Elasticsearch9SearchQueryCompiler):
    pass


class Elasticsearch9FoldingAutocompleteQueryCompiler(
    ExactBoostMixin, Elasticsearch9AutocompleteQueryCompiler
):
    pass


class Elasticsearch9FoldingBackend(FoldingBackendMixin, Elasticsearch9SearchBackend):
    query_compiler_class = Elasticsearch9FoldingQueryCompiler
    autocomplete_query_compiler_class = Elasticsearch9FoldingAutocompleteQueryCompiler


SearchBackend = Elasticsearch9FoldingBackend
