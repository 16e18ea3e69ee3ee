"""Vietnamese-aware search for every page type.

Readers type Vietnamese with and without diacritics ("khuyen cong", "Đề án",
"QĐ-TTg"). Every page that subclasses ``BasePage`` indexes a *folded* copy of
its searchable text (``fold()``: lower case, đ → d, no marks), and every query
runs as typed OR folded, so both spellings find the page and pages whose
diacritics match the query rank first.

The public API, for every app:

- ``fold(text)``: the folded form of a text.
- ``search_pages(queryset_or_model, query, locale=None, ...)``: the one search
  helper; the site search, the apps' filters and the autocomplete call it.
- ``register_search_type("app.Model", label, order=...)``: a page type's label
  in the type facet of the site search (call it from ``AppConfig.ready()``).

``website`` imports nothing from the apps.
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.apps import apps
from django.utils.html import conditional_escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL, MATCH_NONE, And, Boost, Not, Or, Phrase, PlainText

# What a reader typed is cut to this many characters before anything else.
MAX_QUERY_LENGTH = 200
# At most this many words of a query are searched.
MAX_QUERY_WORDS = 12
# Words: letters and digits, as SQLite's unicode61 tokenizer sees them.
WORD_RE = re.compile(r"[^\W_]+")


def fold(text):
    """Unicode NFC, lower case, đ → d, combining marks removed.

    "Đề án Khuyến công" → "de an khuyen cong".
    """
    text = unicodedata.normalize("NFC", str(text or "")).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def clean_query(value, max_length=MAX_QUERY_LENGTH):
    """What a reader typed, made safe: no NUL, control characters or lone
    surrogates, NFC, single spaces, at most ``max_length`` characters."""
    if not isinstance(value, str):
        return ""
    value = value[: max_length * 4]
    value = value.encode("utf-8", "ignore").decode("utf-8")
    value = "".join(ch if ch.isprintable() else " " for ch in value)
    value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())[:max_length].strip()


def query_words(value):
    """The words of a query, lower case, in order: "1288/QĐ-TTg" → ["1288", "qđ", "ttg"]."""
    return WORD_RE.findall(clean_query(value).lower())[:MAX_QUERY_WORDS]


def index_text(value):
    """A folded copy of ``value`` for the index: folded words joined by spaces, so
    every backend's tokenizer splits it exactly as ``query_words`` splits a query."""
    return " ".join(WORD_RE.findall(fold(value)))


class FoldedQuery(Or):
    """The query as typed OR folded. ``exact`` (as typed) ranks above ``folded``."""

    def __init__(self, exact, folded):
        super().__init__([exact, folded])
        self.exact = exact
        self.folded = folded

    def __repr__(self):
        return f"<FoldedQuery {self.exact!r} {self.folded!r}>"


def _folded_pair(words, make):
    typed = " ".join(words)
    folded = fold(typed)
    if typed == folded:
        return make(folded)
    return FoldedQuery(make(typed), make(folded))


def build_query(value, operator="and"):
    """A search query object for what a reader typed, or None when no word is left."""
    words = query_words(value)
    if not words:
        return None
    return _folded_pair(words, lambda text: PlainText(text, operator=operator))


def fold_query(query, operator="and"):
    """Rewrite any query (a string, or Wagtail's query objects, e.g. the admin's
    parsed search) so each text part runs as typed OR folded."""
    if query is None or isinstance(query, FoldedQuery):
        return query
    if isinstance(query, str):
        built = build_query(query, operator)
        return built if built is not None else MATCH_NONE
    if isinstance(query, PlainText):
        words = query_words(query.query_string)
        if not words:
            return MATCH_NONE
        return _folded_pair(words, lambda text: PlainText(text, operator=query.operator))
    if isinstance(query, Phrase):
        words = query_words(query.query_string)
        if not words:
            return MATCH_NONE
        return _folded_pair(words, Phrase)
    if isinstance(query, And):
        return And([fold_query(sub, operator) for sub in query.subqueries])
    if isinstance(query, Or):
        return Or([fold_query(sub, operator) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(fold_query(query.subquery, operator))
    if isinstance(query, Boost):
        return Boost(fold_query(query.subquery, operator), query.boost)
    return query


def search_pages(
    queryset_or_model,
    query,
    locale=None,
    *,
    operator="and",
    fields=None,
    order_by_relevance=True,
    autocomplete=False,
    backend="default",
):
    """Search pages with Vietnamese folding; the one helper every app calls.

    ``queryset_or_model``: a page model or a queryset of pages, already filtered
    the way the caller wants (``.live().public()``, a category, a year); the
    fields it filters on must be ``index.FilterField``s of the model.
    ``query``: what the reader typed (any string: it is cleaned and truncated).
    ``locale``: a ``Locale`` to keep to (None keeps all languages).
    Returns lazy search results (sliceable, ``count()``, ``facet()``), ordered by
    relevance unless ``order_by_relevance=False`` (then the queryset's order).
    An empty query gives no results.
    """
    if isinstance(queryset_or_model, type):
        queryset = queryset_or_model._default_manager.all()
    else:
        queryset = queryset_or_model
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    built = build_query(query, operator)
    if built is None:
        built = MATCH_NONE
    search_backend = get_search_backend(backend)
    method = search_backend.autocomplete if autocomplete else search_backend.search
    pinned_ids = _exact_match_ids(query) if order_by_relevance and not autocomplete else []
    if pinned_ids:
        pinned = list(queryset.filter(pk__in=pinned_ids))
        if pinned:
            rest = method(
                built,
                queryset.exclude(pk__in=[page.pk for page in pinned]),
                fields=fields,
                order_by_relevance=order_by_relevance,
            )
            return PinnedResults(pinned, rest)
    return method(built, queryset, fields=fields, order_by_relevance=order_by_relevance)


# -- Exact identifiers first --------------------------------------------------

_EXACT_MATCHERS = []


def register_exact_match(matcher):
    """``matcher(query) → page ids`` whose identifier the query names exactly
    (a document number such as "45/2012/NĐ-CP"); those pages come first."""
    _EXACT_MATCHERS.append(matcher)


def _exact_match_ids(query):
    query = clean_query(query) if isinstance(query, str) else ""
    ids = []
    for matcher in _EXACT_MATCHERS:
        for pk in matcher(query):
            if pk not in ids:
                ids.append(pk)
    return ids


class PinnedResults:
    """Search results with some pages pinned in front (what the paginator,
    the facets and slicing need of Wagtail's lazy results)."""

    def __init__(self, pinned, rest):
        self.pinned = pinned
        self.rest = rest
        self.supports_facet = getattr(rest, "supports_facet", False)

    def count(self):
        return len(self.pinned) + self.rest.count()

    def __len__(self):
        return self.count()

    def facet(self, field_name):
        counts = dict(self.rest.facet(field_name))
        for page in self.pinned:
            value = getattr(page, field_name)
            counts[value] = counts.get(value, 0) + 1
        return counts

    def __getitem__(self, key):
        if isinstance(key, int):
            if key < 0:
                raise IndexError("negative indexing is not supported")
            items = self[key : key + 1]
            if not items:
                raise IndexError(key)
            return items[0]
        start = key.start or 0
        stop = key.stop if key.stop is not None else self.count()
        head = self.pinned[start:stop]
        rest_start = max(0, start - len(self.pinned))
        rest_stop = max(0, stop - len(self.pinned))
        tail = list(self.rest[rest_start:rest_stop]) if rest_stop > rest_start else []
        return head + tail

    def __iter__(self):
        yield from self.pinned
        yield from self.rest


# -- What pages index -------------------------------------------------------

FOLDED_FIELD_NAMES = {"search_folded_title", "search_folded_text"}


def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    if hasattr(value, "get_searchable_content") and hasattr(value, "stream_block"):
        return _as_text(value.stream_block.get_searchable_content(value))
    if hasattr(value, "all") and callable(value.all):  # a related manager
        return " ".join(str(item) for item in value.all())
    text = str(value)
    if "<" in text:
        text = strip_tags(text.replace("<", " <"))
    return " ".join(html.unescape(text).split())


def _field_values(obj, search_fields, related=True):
    from wagtail.search import index

    for field in search_fields:
        if isinstance(field, index.SearchField):
            if field.field_name == "title" or field.field_name in FOLDED_FIELD_NAMES:
                continue
            yield _as_text(field.get_value(obj))
        elif related and isinstance(field, index.RelatedFields):
            related_value = field.get_value(obj)
            if related_value is None:
                continue
            items = related_value.all() if hasattr(related_value, "all") else [related_value]
            for item in items:
                yield from _field_values(item, field.fields)


def searchable_text(obj, related=True):
    """The plain text of every SearchField of ``obj`` except its title (HTML and
    StreamField reduced to text); with ``related=False`` only the object's own fields,
    not those of its related objects (tags, author, attachments: a query each)."""
    fields = obj.get_search_fields()
    return " ".join(text for text in _field_values(obj, fields, related) if text)


# -- The type facet -----------------------------------------------------------


@dataclass(frozen=True)
class SearchType:
    model_label: str  # "news.newsarticlepage"
    label: object
    order: int


_SEARCH_TYPES: dict[str, SearchType] = {}


def register_search_type(model_label, label, *, order=100):
    """Name a page type in the site search's type facet:

    ``register_search_type("news.NewsArticlePage", _("Tin tức"), order=10)``
    """
    key = model_label.lower()
    _SEARCH_TYPES[key] = SearchType(model_label=key, label=label, order=order)


def search_type_for(content_type):
    """The registered SearchType of a content type, or one named after the model."""
    key = f"{content_type.app_label}.{content_type.model}"
    registered = _SEARCH_TYPES.get(key)
    if registered is not None:
        return registered
    # Every page type of the site registers its label (tests/website/test_search_views.py);
    # this is for a type added without one: its name, at least capitalised.
    model = content_type.model_class()
    label = capfirst(model._meta.verbose_name_plural if model is not None else content_type.model)
    return SearchType(model_label=key, label=label, order=1000)


def model_for_type(key):
    """The page model for a facet key ("news.newsarticlepage"), or None."""
    if not isinstance(key, str) or key.count(".") != 1:
        return None
    try:
        return apps.get_model(key)
    except (LookupError, ValueError):
        return None


# -- Snippets -----------------------------------------------------------------


class _OneCharFolds(dict):
    """str.translate table: each character to the first character of its folded form
    (ASCII: lower case), computed on first sight and kept (a few hundred entries)."""

    def __missing__(self, codepoint):
        ch = chr(codepoint)
        folded = ch.lower() if ch.isascii() else (fold(ch) or ch)[:1]
        self[codepoint] = folded
        return folded


_ONE_CHAR_FOLDS = _OneCharFolds()


def _folded_chars(text):
    """``fold(text)`` with one character per character of ``text``."""
    return text.translate(_ONE_CHAR_FOLDS)


def highlight(text, query, length=240):
    """A snippet of ``text`` around the first word of ``query`` it contains, with
    every query word (matched with or without diacritics) in ``<mark>``. Safe HTML."""
    text = " ".join(str(text or "").split())
    words = {fold(word) for word in query_words(query)}
    if not text:
        return ""
    folded = _folded_chars(text)
    spans = []
    if words:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        pattern = re.compile(r"(?<![^\W_])(" + alternatives + r")(?![^\W_])")
        spans = [match.span() for match in pattern.finditer(folded)]
    start = 0
    if spans and spans[0][0] > length // 4:
        start = text.rfind(" ", 0, spans[0][0] - length // 4) + 1
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < start or span_start >= end:
            continue
        pieces.append(conditional_escape(text[cursor:span_start]))
        pieces.append(f"<mark>{conditional_escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(conditional_escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return mark_safe("".join(str(piece) for piece in pieces))  # noqa: S308 - escaped above


__all__ = [
    "MATCH_ALL",
    "FoldedQuery",
    "build_query",
    "clean_query",
    "fold",
    "fold_query",
    "highlight",
    "index_text",
    "query_words",
    "register_exact_match",
    "register_search_type",
    "search_pages",
    "searchable_text",
]
