"""Search backends that fold Vietnamese: Wagtail's own, each with one mixin.

Set in ``WAGTAILSEARCH_BACKENDS`` (see ``website/settings/base.py``):
``website.search_backends.database`` (SQLite FTS5, PostgreSQL, MySQL or the
fallback, chosen by the database like Wagtail's), ``.elasticsearch9`` and
``.opensearch3``. Every search through them (the site search, the apps'
filters, ``Page.objects.search()``, the admin's page search) runs each text
part of the query as typed OR folded (``website.search.fold_query``).
"""

from website.search import fold_query

# Pages whose diacritics match the query rank above folded-only matches:
# their score gets this much added (or, for bm25, subtracted).
EXACT_TIER = 1_000_000.0
# Elasticsearch and OpenSearch: the boost of the as-typed half of a query.
EXACT_BOOST = 4.0


class FoldingBackendMixin:
    """Folds every query before the backend sees it."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        operator = kwargs.get("operator") or "and"
        query = fold_query(query, operator)
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
