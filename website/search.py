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
from django.utils import translation
from django.utils.html import conditional_escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL, MATCH_NONE, And, Boost, Not, Or, Phrase, PlainText

from website.search_words import (
    HYPHENATED,
    canonical_word,
    english_index_text,
    english_stem,
    fold,
    is_filler,
    synonym_spans,
)

# What a reader typed is cut to this many characters before anything else.
MAX_QUERY_LENGTH = 200
# At most this many words of a query are searched.
MAX_QUERY_WORDS = 12
# Words: letters and digits, as SQLite's unicode61 tokenizer sees them.
WORD_RE = re.compile(r"[^\W_]+")


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
    """The words of a query, lower case, each in its canonical spelling
    (``website.search_words.canonical_word``), in order:
    "1288/QĐ-TTg" → ["1288", "qđ", "ttg"], "kỹ thuật" → ["kĩ", "thuật"]."""
    words = WORD_RE.findall(clean_query(value).lower())[:MAX_QUERY_WORDS]
    return [canonical_word(word) for word in words]


def index_text(value):
    """A folded copy of ``value`` for the index: folded words in their canonical
    spelling joined by spaces, so every backend's tokenizer splits it exactly as
    ``query_words`` splits a query."""
    return " ".join(canonical_word(word) for word in WORD_RE.findall(fold(value)))


def folded_word(word):
    """A query word's folded canonical form ("kĩ" → "ki", "lý" → "li")."""
    return canonical_word(fold(word))


class FoldedQuery(Or):
    """The query as typed OR folded. ``exact`` (as typed) ranks above ``folded``.

    ``bonuses``: [(query, weight)]: a match of ``query`` ranks ``weight`` tiers
    higher (the database backends add ``weight × EXACT_TIER`` to its score,
    Elasticsearch boosts it). By default the match as typed is worth one tier."""

    def __init__(self, exact, folded, bonuses=None):
        super().__init__([exact, folded])
        self.exact = exact
        self.folded = folded
        self.bonuses = [(exact, 1.0)] if bonuses is None else list(bonuses)

    def __repr__(self):
        return f"<FoldedQuery {self.exact!r} {self.folded!r} {self.bonuses!r}>"


class InTitle:
    """A bonus tier: ``subquery``'s words in the page's title (its title column or
    vector, which holds the folded title and, on the English site, its stems)."""

    def __init__(self, subquery):
        self.subquery = subquery

    def __repr__(self):
        return f"<InTitle {self.subquery!r}>"


class PrefixText(PlainText):
    """Words of which the last may be the start of a word ("thảo qu" finds "thảo quả")."""


def _folded_pair(words, make):
    typed = " ".join(words)
    folded = " ".join(folded_word(word) for word in words)
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


# A match of every word as typed (with its diacritics) ranks this many tiers up; the
# words next to each other (folded) this many; every word in the title this many. The
# tiers add up: as typed beats a phrase beats the title, and each breaks the others' ties.
EXACT_BONUS = 4.0
PHRASE_BONUS = 2.0
TITLE_BONUS = 1.0
# Partial matches (no page has every word): the best of this many, by bm25, are
# re-ranked by how many of the query's words they contain.
PARTIAL_CANDIDATES = 100


@dataclass
class SearchPlan:
    """What to run for a query: ``tiers`` [(kind, query)] in order, the first that
    finds anything wins ("all": every word; "prefix": the last word may be a word's
    start; "partial": some of the words); ``units`` [(folded words)] of the partial
    count."""

    tiers: list
    units: list


def language_of(locale=None):
    """The language a search runs in: the locale's, else the active language."""
    code = getattr(locale, "language_code", None) or translation.get_language() or "vi"
    return code.split("-")[0].lower()


def _english_words(cleaned, words):
    """The query's words with each hyphenated pair joined ("co-operative" →
    "cooperative"): the English index holds both forms."""
    joined = list(words)
    for first, second in HYPHENATED.findall(cleaned.lower()):
        for index in range(len(joined) - 1):
            if joined[index] == first and joined[index + 1] == second:
                joined[index : index + 2] = [first + second]
                break
    return joined


def _units(typed, folded):
    """[(exact query, folded query, folded words)] per word, a synonym group as one unit
    (any of its spellings, as a phrase)."""
    units = []
    spans = {start: (end, spellings) for start, end, spellings in synonym_spans(folded)}
    index = 0
    while index < len(folded):
        if index in spans:
            end, spellings = spans[index]
            alternatives = Or(
                [Phrase(" ".join(s)) if len(s) > 1 else PlainText(s[0]) for s in spellings]
            )
            units.append((alternatives, alternatives, spellings))
            index = end
            continue
        units.append((PlainText(typed[index]), PlainText(folded[index]), ((folded[index],),)))
        index += 1
    return units


def plan_search(value, language="vi"):
    """The SearchPlan of what a reader typed, or None when no word is left."""
    cleaned = clean_query(value)
    words = query_words(cleaned)
    if not words:
        return None
    has_marks = any(word != folded_word(word) for word in words)
    content = [word for word in words if not is_filler(word, has_marks, language)] or words
    if language == "en":
        content = _english_words(cleaned, content)
        typed, folded = content, [english_stem(folded_word(word)) for word in content]
    else:
        typed, folded = content, [folded_word(word) for word in content]
    units = _units(typed, folded)
    if all(isinstance(exact, PlainText) for exact, _f, _w in units):
        exact, loose = PlainText(" ".join(typed)), PlainText(" ".join(folded))
    else:
        exact = And([unit[0] for unit in units])
        loose = And([unit[1] for unit in units])
    phrase = None
    if len(words) > 1 and language != "en":
        phrase = Phrase(" ".join(folded_word(word) for word in words))
    elif len(content) > 1:
        phrase = Phrase(" ".join(folded))
    bonuses = []
    # As typed counts where diacritics were typed; an English word's inflection
    # ("cooperatives") is no signal: its stem is the word.
    if typed != folded and (language != "en" or has_marks):
        bonuses.append((exact, EXACT_BONUS))
    if phrase is not None:
        bonuses.append((phrase, PHRASE_BONUS))
    # The title as typed or folded: PostgreSQL's title vector holds a page's title as
    # typed (its folded copy is in the body), other models' both.
    bonuses.append((InTitle(Or([exact, loose]) if typed != folded else loose), TITLE_BONUS))
    tiers = []
    if has_marks and language != "en":
        # Diacritics typed: a page must have the words as typed, or (more evidence for
        # a match that only folding makes) the folded words next to each other.
        tiers.append(("all", FoldedQuery(exact, phrase or exact, bonuses)))
    tiers.append(("all", FoldedQuery(exact, loose, bonuses)))
    last = content[-1]
    # A lone letter as a prefix ("a") would match most words of every page.
    long_enough = len(content) > 1 or len(last) > 1
    if all(isinstance(unit[0], PlainText) for unit in units) and not last.isdigit() and long_enough:
        tiers.append(
            ("prefix", FoldedQuery(PrefixText(" ".join(typed)), PrefixText(" ".join(folded))))
        )
    if len(units) > 2:
        anything = Or([unit[1] for unit in units] + [unit[0] for unit in units if typed != folded])
        tiers.append(("partial", FoldedQuery(exact, anything, bonuses)))
    return SearchPlan(tiers=tiers, units=[unit[2] for unit in units])


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
    language=None,
):
    """Search pages with Vietnamese folding; the one helper every app calls.

    ``queryset_or_model``: a page model or a queryset of pages, already filtered
    the way the caller wants (``.live().public()``, a category, a year); the
    fields it filters on must be ``index.FilterField``s of the model.
    ``query``: what the reader typed (any string: it is cleaned and truncated).
    ``locale``: a ``Locale`` to keep to (None keeps all languages).
    ``language``: the language of the query's words ("en": English stems); by default
    the locale's, else the active language.
    Returns lazy search results (sliceable, ``count()``, ``facet()``), ordered by
    relevance unless ``order_by_relevance=False`` (then the queryset's order). A
    relevance-ordered search that found no page with every word falls back to the last
    word as a prefix, then to the pages with most of the words: the results'
    ``match_kind`` says which ("all", "prefix", "partial").
    An empty query gives no results.
    """
    if isinstance(queryset_or_model, type):
        queryset = queryset_or_model._default_manager.all()
    else:
        queryset = queryset_or_model
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    search_backend = get_search_backend(backend)
    if autocomplete or operator != "and" or fields is not None:
        built = build_query(query, operator) or MATCH_NONE
        method = search_backend.autocomplete if autocomplete else search_backend.search
        return method(built, queryset, fields=fields, order_by_relevance=order_by_relevance)
    language = language or language_of(locale)
    plan = plan_search(query, language)
    if plan is None:
        return search_backend.search(MATCH_NONE, queryset, order_by_relevance=order_by_relevance)
    if not order_by_relevance:
        built = [query for kind, query in plan.tiers if kind == "all"][-1]
        return search_backend.search(built, queryset, order_by_relevance=False)
    pinned = []
    pinned_ids = _exact_match_ids(query)
    if pinned_ids:
        pinned = list(queryset.filter(pk__in=pinned_ids))
        pinned.sort(key=lambda page: pinned_ids.index(page.pk))
        if pinned:
            queryset = queryset.exclude(pk__in=[page.pk for page in pinned])
    results = None
    for kind, built in plan.tiers:
        if pinned and kind != "all":
            break
        if kind == "partial":
            results = _partial(search_backend, built, queryset, plan.units, language)
        else:
            results = search_backend.search(built, queryset, order_by_relevance=True)
        results.match_kind = kind
        if results.count():
            break
    if pinned:
        combined = PinnedResults(pinned, results)
        combined.match_kind = "all"
        return combined
    return results


def _words_of(text, language):
    return f" {english_index_text(text) if language == 'en' else index_text(text)} "


def _partial(search_backend, built, queryset, units, language):
    """The pages with most of the query's words: the best candidates by bm25, re-ranked
    by how many of the words (or synonym groups) each contains, two neighbouring words
    of the query found together counting once more (a Vietnamese word is often two
    syllables: "hồ sơ", "trình diễn"), and as much again for the title."""
    candidates = list(search_backend.search(built, queryset)[:PARTIAL_CANDIDATES])
    pairs = [
        (first, second)
        for first, second in zip(units, units[1:], strict=False)
        if len(first) == 1 and len(second) == 1
    ]

    def score(text):
        found = sum(any(f" {' '.join(s)} " in text for s in unit) for unit in units)
        together = sum(f" {' '.join(a[0])} {' '.join(b[0])} " in text for a, b in pairs)
        return found, together

    def rank(page):
        text = _words_of(f"{page.title} {searchable_text(page, related=False)}", language)
        found, together = score(text)
        title_found, title_together = score(_words_of(page.title, language))
        return found, found + together + title_found + title_together

    # More than half of the words (at least two): one common word in common is no match.
    enough = max(2, len(units) // 2 + 1)
    counted = [(*rank(page), index, page) for index, page in enumerate(candidates)]
    counted.sort(key=lambda item: (-item[1], item[2]))
    return StaticResults([page for found, _score, _index, page in counted if found >= enough])


class StaticResults:
    """A list of pages with what the paginator, the facets and the API need of
    Wagtail's lazy results."""

    supports_facet = True

    def __init__(self, pages):
        self.pages = list(pages)

    def count(self):
        return len(self.pages)

    def __len__(self):
        return len(self.pages)

    def facet(self, field_name):
        counts = {}
        for page in self.pages:
            value = getattr(page, field_name)
            counts[value] = counts.get(value, 0) + 1
        return counts

    def __getitem__(self, key):
        return self.pages[key]

    def __iter__(self):
        return iter(self.pages)


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

    @property
    def capped(self):
        return bool(getattr(self.rest, "capped", False))

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


def _highlight_terms(query, language):
    """(words to mark as typed, folded words to mark, English stems to mark): the words
    the ranking matches. A word typed with diacritics is marked as typed; only when the
    text has it nowhere as typed, folded (see ``highlight``)."""
    words = query_words(query)
    has_marks = any(word != folded_word(word) for word in words)
    content = [word for word in words if not is_filler(word, has_marks, language)] or words
    folded = [folded_word(word) for word in content]
    spans = synonym_spans(folded)
    for _start, _end, spellings in spans:
        folded.extend(spelling[0] for spelling in spellings if len(spelling) == 1)
    exact = {word for word in content if word != folded_word(word)}
    stems = {english_stem(word) for word in folded} if language == "en" else set()
    return exact, set(folded), stems


def highlight(text, query, length=240, language=None):
    """A snippet of ``text`` around the first word of ``query`` it contains, with the
    words the ranking matched in ``<mark>``: a word typed with diacritics where the
    text has it as typed ("Hóa", "hoá": not "hòa", "hoa"), or folded when the text has
    it nowhere as typed; a word typed without them however it is written; on the
    English site, any word of the same stem. Safe HTML."""
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    language = language or language_of()
    exact, folded_words, stems = _highlight_terms(query, language)
    tokens = [(match.span(), canonical_word(match.group(0))) for match in WORD_RE.finditer(text)]
    present = {word for _span, word in tokens if word in exact}
    marked_exact = {folded_word(word) for word in present}
    spans = []
    for span, word in tokens:
        folded = folded_word(word)
        if word in present:
            spans.append(span)
        elif folded in folded_words and folded not in marked_exact:
            # A word typed without diacritics, or with them but nowhere in the text
            # as typed.
            spans.append(span)
        elif stems and english_stem(folded) in stems:
            spans.append(span)
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
