"""OpenSearch 3 with folding: ``SEARCH_URL`` with ``SEARCH_ENGINE=opensearch``
(or an OpenSearch host name). Same analysis and queries as ``elasticsearch9``."""

from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
)

from . import FoldingBackendMixin
from .elasticsearch9 import ExactBoostMixin


class OpenSearch3FoldingQueryCompiler(ExactBoostMixin, OpenSearch3SearchQueryCompiler):
    pass


class OpenSearch3FoldingAutocompleteQueryCompiler(
    ExactBoostMixin, OpenSearch3AutocompleteQueryCompiler
):
    pass


class OpenSearch3FoldingBackend(FoldingBackendMixin, OpenSearch3SearchBackend):
    query_compiler_class = OpenSearch3FoldingQueryCompiler
    autocomplete_query_compiler_class = OpenSearch3FoldingAutocompleteQueryCompiler


SearchBackend = OpenSearch3FoldingBackend
