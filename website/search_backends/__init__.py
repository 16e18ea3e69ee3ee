"""Search backends that fold Vietnamese: Wagtail's own, each with one mixin.

Set in ``WAGTAILSEARCH_BACKENDS`` (see ``website/settings/base.py``):
``website.search_backends.database`` (SQLite FTS5, PostgreSQL, MySQL or the
fallback, chosen by the database like Wagtail's), ``.elasticsearch9`` and
``.opensearch3``. Every search through them (the site search, the apps'
filters, ``Page.objects.search()``, the admin's page search) runs each text
part of the query as typed OR folded (``website.search.fold_query``).

The database backends also fold at index time, for every model that has no folded
field of its own (Wagtail's images and documents, any other indexed model): each
text of an index entry's title, body and autocomplete gets its folded copy beside
it (``FoldingIndexerMixin``). Pages fold themselves (``search_folded_title`` and
``search_folded_text``, ``website.models.mixins.BasePage``). Elasticsearch and
OpenSearch fold in their analyzers (``asciifolding``) for every model.
"""

from functools import cached_property

from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

from website.search import WORD_RE, fold_query, index_text
from website.search_words import canonical_text

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


# A model that indexes one of these folds itself; the others get folded copies.
OWN_FOLDED_FIELDS = {"search_folded_title", "search_folded_text"}


def folds_itself(search_fields):
    """Whether a model's search fields include a folded copy of its own."""
    return any(getattr(field, "field_name", None) in OWN_FOLDED_FIELDS for field in search_fields)


def folded_copy(text):
    """The folded copy of an index text ("Đắk Lắk" → "dak lak"), or "" when folding
    changes none of its words (the text then matches a folded query as it is)."""
    folded = index_text(text)
    return "" if folded == " ".join(WORD_RE.findall(str(text).lower())) else folded


class FoldingIndexerMixin:
    """An index entry's texts, each followed by its folded copy when the model has
    none of its own. ``prepare_field`` yields (field, value) on SQLite and (field,
    weight, value) on PostgreSQL: the copy keeps the weight."""

    TITLE_FIELDS = frozenset({"title"})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.adds_folded = not folds_itself(self.search_fields)

    def folded_items(self, wanted):
        """The prepared (…, value) items of the fields ``wanted(field)`` picks, with the
        folded copies after them."""
        # Every text in its canonical spelling (NFC, one tone placement, i/y): the
        # queries' words are (website.search_words.canonical_word).
        items = [
            (*item[:-1], canonical_text(item[-1])) if isinstance(item[-1], str) else item
            for field in self.search_fields
            for item in self.prepare_field(self.obj, field)
            if wanted(item[0])
        ]
        if self.adds_folded:
            copies = [(*item[:-1], folded_copy(item[-1])) for item in items]
            items += [copy for copy in copies if copy[-1]]
        return items

    def in_title(self, field):
        return isinstance(field, SearchField) and field.field_name in self.TITLE_FIELDS

    def in_body(self, field):
        return isinstance(field, SearchField) and field.field_name not in self.TITLE_FIELDS

    @staticmethod
    def in_autocomplete(field):
        return isinstance(field, AutocompleteField)

    def entry_value(self, wanted, for_autocomplete=False):
        """An index entry column's value from the items ``wanted(field)`` picks."""
        raise NotImplementedError

    @cached_property
    def title(self):
        return self.entry_value(self.in_title)

    @cached_property
    def body(self):
        return self.entry_value(self.in_body)

    @cached_property
    def autocomplete(self):
        return self.entry_value(self.in_autocomplete, for_autocomplete=True)


def object_indexers(indexer_class, backend, model, objs):
    """The start of Wagtail's ``add_items``: (the objects' indexers, the model's content
    type pk), no indexers for a model without search fields."""
    if not model.get_search_fields():
        return [], None
    return [indexer_class(obj, backend) for obj in objs], get_content_type_pk(model)
