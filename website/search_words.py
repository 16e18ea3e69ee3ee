"""The words of a search, at index and at query time: one spelling per word.

- ``canonical_word``: Vietnamese spelling variants as one word: NFC, the tone mark
  of a final "oa", "oe", "uy" on its first vowel whether it was typed the old way or
  the new ("hoá"/"hóa", "thuỷ"/"thủy", "khoẻ"/"khỏe"), and a syllable's lone final
  "y" after a consonant written "i" ("kỹ"/"kĩ", "mỹ"/"mĩ", "lý"/"lí", "quý"/"quí").
  Every backend indexes and queries the canonical form.
- ``FILLER_WORDS``: question and filler words that a query need not match (and
  ``ENGLISH_FILLER_WORDS`` on the English site).
- ``english_stem``: the Snowball English stem of a word (the English site's index
  and queries), with hyphenated words also joined ("co-operative" → "cooperative").
- ``synonym_groups``: the editors' synonyms and abbreviations
  (``website.models.SearchSynonym``), cached until one is saved or deleted.
"""

import functools
import re
import unicodedata

import snowballstemmer
from django.core.cache import cache

# The five tone marks (combining); the other marks (circumflex, breve, horn) stay.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# A syllable of one consonant onset and a lone "i"/"y" ("kỹ", "lí", "quý").
_ONSET_IY = re.compile(r"(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)[iy]")
# A final "oa", "oe", "uy" after a consonant onset (not "qu": in "quý" the "u" is the onset).
_FINAL_PAIR = re.compile(r"[^aeiouyăâêôơư]*(?<!q)(?:oa|oe|uy)")
WORD_RE = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=50_000)
def canonical_word(word):
    """One spelling of a lower-case word: "Hoá" → "hóa", "kỹ" → "kĩ", "thuỷ" → "thủy"."""
    word = unicodedata.normalize("NFC", word.lower())
    if word.isascii():
        return word[:-1] + "i" if word.endswith("y") and _ONSET_IY.fullmatch(word) else word
    tone = None
    position = None
    base = []
    for index, char in enumerate(word):
        parts = unicodedata.normalize("NFD", char)
        marks = [mark for mark in parts if mark in TONE_MARKS]
        if marks and tone is None:
            tone, position = marks[0], index
        base.append(unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS)))
    plain = "".join(base)
    if plain.endswith("y") and _ONSET_IY.fullmatch(plain):
        base[-1] = "i"
    if tone is None:
        return "".join(base)
    if _FINAL_PAIR.fullmatch(plain):
        position = len(base) - 2
    base[position] = unicodedata.normalize("NFC", base[position] + tone)
    return "".join(base)


def canonical_text(text):
    """The words of ``text``, each in its canonical spelling, joined by spaces."""
    return " ".join(canonical_word(word) for word in WORD_RE.findall(str(text or "")))


# Question and filler words: a query need not match them ("… gồm những gì").
# With diacritics, as typed; without, only those that fold to no other common word
# ("cho" may be "chợ", "co" "cơ", "ve" "vé").
FILLER_WORDS = frozenset(
    [
        "gì",
        "nào",
        "những",
        "như",
        "thế",
        "có",
        "được",
        "không",
        "về",
        "cho",
        "là",
        "các",
        "của",
        "và",
        "thì",
        "ở",
        "nhiêu",
        "đâu",
        "nhé",
        "ạ",
        "vậy",
        "tôi",
        "muốn",
        "mình",
        "hoặc",
    ]
)
FOLDED_FILLER_WORDS = frozenset(["nhung", "duoc", "khong", "nhieu", "nhe", "vay"])
# The English site's: articles, prepositions, pronouns, auxiliaries and question words
# ("how do I apply for support"). Not "about": "About the programme" is a title.
ENGLISH_FILLER_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "it",
        "its",
        "there",
        "this",
        "that",
        "these",
        "those",
        "what",
        "which",
        "who",
        "whom",
        "how",
        "when",
        "where",
        "why",
    ]
)


def is_filler(word, query_has_marks, language="vi"):
    """Whether a (lower-case) query word is a filler word."""
    if language == "en" and word in ENGLISH_FILLER_WORDS:
        return True
    if query_has_marks:
        return word in FILLER_WORDS
    return word in FOLDED_FILLER_WORDS


_STEMMER = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=50_000)
def english_stem(word):
    """The Snowball English stem of a lower-case word ("presses" → "press")."""
    return _STEMMER.stemWord(word)


# "co-operative", "e-commerce": letters, a hyphen, letters (no digits: "QĐ-TTg" is
# a document number's part, kept as it is).
HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")


def english_index_text(text):
    """English text for the index: each word's stem, and the stem of each hyphenated
    word joined ("co-operative" → "co oper cooper")."""
    text = str(text or "").lower()
    joined = [a + b for a, b in HYPHENATED.findall(text)]
    words = WORD_RE.findall(text) + joined
    return " ".join(english_stem(word) for word in words)


def fold(text):
    """Unicode NFC, lower case, đ → d, combining marks removed.

    "Đề án Khuyến công" → "de an khuyen cong".
    """
    text = unicodedata.normalize("NFC", str(text or "")).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


# -- Synonyms -----------------------------------------------------------------

SYNONYMS_CACHE_KEY = "search-synonyms-v1"


def _compact(words):
    return "".join(words)


def synonym_groups():
    """The editors' synonym groups: a list of tuples of spellings, each spelling a
    tuple of folded canonical words; cached until a synonym is saved or deleted."""
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        from django.apps import apps

        model = apps.get_model("website", "SearchSynonym")
        groups = []
        for terms in model.objects.values_list("terms", flat=True):
            spellings = []
            for line in re.split(r"[\n,;]+", terms or ""):
                words = tuple(canonical_word(w) for w in WORD_RE.findall(fold(line)))
                if words and words not in spellings:
                    spellings.append(words)
            if len(spellings) > 1:
                groups.append(tuple(spellings))
        cache.set(SYNONYMS_CACHE_KEY, groups, 3600)
    return groups


def forget_synonyms(**_kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def synonym_spans(folded_words):
    """[(start, end, spellings)] of the query's words that spell a synonym, longest
    first, not overlapping: "tphcm" and "tp hcm" both name Hồ Chí Minh."""
    groups = synonym_groups()
    if not groups:
        return []
    by_compact = {}
    for spellings in groups:
        for spelling in spellings:
            by_compact.setdefault(_compact(spelling), spellings)
    spans = []
    index = 0
    count = len(folded_words)
    while index < count:
        for end in range(min(count, index + 4), index, -1):
            spellings = by_compact.get(_compact(folded_words[index:end]))
            if spellings is not None:
                spans.append((index, end, spellings))
                index = end
                break
        else:
            index += 1
    return spans
