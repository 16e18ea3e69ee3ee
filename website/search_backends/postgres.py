"""PostgreSQL full-text search with folding; use ``SEARCH_CONFIG = "simple"``
(no stemming, no stopwords: the ``english`` configuration drops Vietnamese
syllables such as "an", "do", "to").

Index entries of models without folded fields of their own (images, documents) get
each text's folded copy beside it (``FoldingObjectIndexer``, ``FoldingPostgresIndex``).

Matching reads each index entry's ``title || body`` from the stored column
``kcqg_vector`` (website migration 0007_squashed_0009, GIN-indexed) instead of concatenating the
two vectors per entry. Ranking is Wagtail's formula (title rank + body rank) with the
stored ``title || body`` in place of the body: the same migration keeps ``title`` and
``kcqg_vector`` in the table's rows and leaves ``body`` out of line, so a search reads no
vector through the TOAST table. (A title's words thereby count in the second term too: a
page that has the query in its title ranks a little higher.) Wagtail multiplies the title
rank by a norm that favours short titles; here the title tier (``website.search.InTitle``)
says whether the words are in the title, and the norm is left out: it put a podcast's
short "Podcast: …?" title above the pages about the same words.

A relevance-ordered search ranks, counts and facets in one statement
(``website.search_backends.ranked``): the matching index entries are ranked on their
own, then joined to the pages the caller allows. Wagtail's statement joins first and
ranks afterwards, so the join carried every match's vectors (~5 KB each), and it
counted and faceted with a second statement.
"""

import re
from collections import Counter

from django.contrib.postgres.search import (
    SearchQueryCombinable,
    SearchQueryField,
    SearchVectorExact,
    SearchVectorField,
)
from django.db import connections
from django.db.models import Case, F, FloatField, Func, Q, Value, When
from django.db.models.sql import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not, Phrase
from modelsearch.utils import get_descendants_content_types_pks

from website.search import FoldedQuery, InTitle, PrefixText

from . import (
    EXACT_TIER,
    FoldingBackendMixin,
    FoldingIndexerMixin,
    object_indexers,
    ranked,
    tsquery_stats,
)
from .ranked import (
    OnePassRankedResultsMixin,
    allowed_pks,
    bounded,
    fetch,
    newest_ranked,
)


class ExactFirstMixin:
    """Each bonus tier of a FoldedQuery (as typed, the words as a phrase) adds
    ``weight × EXACT_TIER`` to a match's rank; a PrefixText's last word is a prefix."""

    def _build_rank_expression(self, vectors, config, bonuses=True):
        rank = super()._build_rank_expression(vectors, config)
        if not bonuses:
            return rank
        for bonus, weight, in_title in self.bonus_queries(config):
            # The title vector is the first of the ranked vectors (get_index_vectors).
            test = SearchVectorExact(vectors[0][0], bonus) if in_title else Q(_vector_=bonus)
            tier = Case(
                When(test, then=Value(EXACT_TIER * weight)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            rank = rank + tier
        return rank

    def bonus_queries(self, config):
        """[(tsquery, weight, in the title only)] of the FoldedQuery's bonus tiers (none
        for other queries; no title tier for the autocomplete, which has no title)."""
        if not isinstance(self.query, FoldedQuery):
            return []
        built = []
        for query, weight in self.query.bonuses:
            in_title = isinstance(query, InTitle)
            if in_title and isinstance(self, PostgresAutocompleteQueryCompiler):
                continue
            bonus = self.build_tsquery(query.subquery if in_title else query, config=config)
            if bonus is not None:
                built.append((bonus, weight, in_title))
        return built

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PrefixText):
            saved = self.LAST_TERM_IS_PREFIX
            self.LAST_TERM_IS_PREFIX = True
            try:
                return super().build_tsquery_content(query, config=config, invert=invert)
            finally:
                self.LAST_TERM_IS_PREFIX = saved
        return super().build_tsquery_content(query, config=config, invert=invert)


# A phrase's folded words as a pair lexeme each need plain ASCII words (the pairs
# kept by migration 0015's ``kcqg_word_pairs``).
PAIRED_WORD = re.compile(r"[a-z0-9]+")


def word_pairs(phrase):
    """The tsquery text of a phrase's neighbouring word pairs ("che bien che" →
    "'che bien' & 'bien che'"), or None when the phrase has no pair the stored vector
    holds (a single word, or a word that is not plain ASCII)."""
    words = phrase.lower().split()
    if len(words) < 2 or not all(PAIRED_WORD.fullmatch(word) for word in words):
        return None
    pairs = dict.fromkeys(
        f"'{first} {second}'" for first, second in zip(words, words[1:], strict=False)
    )
    return " & ".join(pairs)


class WordPairs(SearchQueryCombinable, Func):
    """A tsquery of pair lexemes, cast as it is: ``to_tsquery`` would split each pair
    into a phrase of its two words."""

    output_field = SearchQueryField()
    template = "%(expressions)s::tsquery"
    config = None

    def __init__(self, text):
        super().__init__(Value(text))


class StoredVector(Func):
    """An index entry's ``title || body``, read from its stored column: the joined
    entry's (``index_entries__title``, by default) or, on IndexEntry, its own."""

    output_field = SearchVectorField()

    def __init__(self, title="index_entries__title"):
        super().__init__(F(title))

    def as_sql(self, compiler, connection, **extra_context):
        # Compiling the title column gives the join's alias; the stored vector is the
        # column beside it.
        sql, params = compiler.compile(self.source_expressions[0])
        if not sql.endswith('"title"'):  # pragma: no cover - Django quotes columns
            raise ValueError(f"unexpected column SQL: {sql}")
        return sql.removesuffix('"title"') + '"kcqg_vector"', params


def _plain_path(compiler):
    """Cases that Wagtail's own statements handle: match-all, fuzzy, a search on named
    fields."""
    query = compiler.query
    return (
        compiler.fields is not None
        or isinstance(query, MatchAll | Fuzzy)
        or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
    )


class PostgresFoldingQueryCompiler(ExactFirstMixin, PostgresSearchQueryCompiler):
    # Whether a phrase also asks for its word pairs: for matching only (the pairs are
    # implied by the phrase; ranking never names them).
    pairs_for_phrases = False

    def build_tsquery_content(self, query, config=None, invert=False):
        built = super().build_tsquery_content(query, config=config, invert=invert)
        if self.pairs_for_phrases and isinstance(query, Phrase) and not invert:
            pairs = word_pairs(query.query_string)
            if pairs is not None and built is not None:
                # Two words: their pair is the phrase (both read the same positions),
                # and the index answers it without reading a row.
                if " & " not in pairs and len(query.query_string.split()) == 2:
                    return WordPairs(pairs)
                return WordPairs(pairs) & built
        return built

    def matching_tsquery(self, config):
        """The tsquery that picks the matching entries: each folded phrase with its word
        pairs, which the GIN index answers without reading the rows (migration 0015)."""
        self.pairs_for_phrases = True
        try:
            return self.build_tsquery(self.query, config=config)
        finally:
            self.pairs_for_phrases = False

    def ranked_parts(self, config):
        """(the matching index entries with their rank without bonuses as ``score``,
        the bonus tiers [(tsquery, weight)]), or None where Wagtail's own statements
        must run."""
        if _plain_path(self) or isinstance(self.query, Not):
            return None
        search_query = self.matching_tsquery(config)
        # get_index_vectors, read on the index entry itself.
        rank = self._build_rank_expression(
            [(F("title"), 1.0), (StoredVector("title"), 1.0)], config, bonuses=False
        )
        matching = (
            IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(_vector_=StoredVector("title"))
            .filter(_vector_=search_query)
            .annotate(
                score=rank,
                kcqg_object=F("object_id"),
                kcqg_type=F("content_type_id"),
                kcqg_entry=F("pk"),
            )
        )
        # For the probe's bound of how many entries match (``_top_and_share``).
        matching.kcqg_tsquery = search_query
        return matching, self.bonus_queries(config)

    def get_index_vectors(self, search_query):
        # Wagtail's, with the stored title || body in place of the body vector (kept
        # out of the row by migration 0007_squashed_0009).
        return [
            (F("index_entries__title"), 1.0),
            (StoredVector(), 1.0),
        ]

    def search(self, config, start, stop, score_field=None, backend=None):
        # Wagtail's search with the stored vector in place of ``title || body``; other
        # cases (match-all, fuzzy, a search on named fields) as Wagtail does them.
        if _plain_path(self):
            return super().search(config, start, stop, score_field, backend)
        search_query = self.matching_tsquery(config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        queryset = self.queryset.annotate(_vector_=StoredVector()).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


def _bonus_sql(queryset, bonuses):
    """SQL (and params) of the candidates' bonus: ``weight × EXACT_TIER`` for each
    tier's tsquery that the candidate's stored vector (``e``), or its title vector for
    a title tier, matches."""
    query = IndexEntry.objects.all().query
    compiler = query.get_compiler(using=queryset.db)
    parts, params = [], []
    for bonus, weight, in_title in bonuses or ():
        sql, bonus_params = compiler.compile(bonus.resolve_expression(query))
        column = "title" if in_title else "kcqg_vector"
        parts.append(
            f'CASE WHEN e."{column}" @@ {sql} THEN {float(EXACT_TIER * weight)} ELSE 0 END'
        )
        params.extend(bonus_params)
    return " + ".join(parts) or "0", params


# The planner guesses how many entries a tsquery matches from each word's frequency;
# for several common words, or a phrase, it was off by 500 times both ways ("mô hình
# trình diễn": 11,439 guessed, 20 found; a backward walk over every entry took 330 ms
# where the GIN index took 1). Each statement here is therefore told its plan: the GIN
# index (a bitmap; each match then joined to its page one by one, not by hashing every
# page of the language). JIT is off for them too (a statement the planner thinks
# costly spent 20 ms compiling itself).
BITMAP = ("enable_indexscan", "enable_seqscan", "enable_hashjoin", "enable_mergejoin", "jit")
# A common search's newest candidates are read from a window of the newest entries,
# through the GIN index and the primary key's together (PostgreSQL then reads only the
# rows of the matches in the window: 9–14 ms for "lò sấy" or "gốm sứ" at 100,000
# articles, where reading every match, or walking the entries newest first and testing
# each, took 60–170 ms: an entry's row fills a page). The window holds the wanted number
# of matches at the density the probe saw, times this margin and plus WINDOW_MIN; a
# window that held too few is made four times wider, up to every entry.
WINDOW_MARGIN = 1.5
WINDOW_MIN = 2_000
# A search expected in at least this share of the entries is probed newest first by
# primary key, over at most this many of the newest entries (``_newest_probe``): no
# bitmap and no sort, so that the walk stops at its last wanted match.
DENSE_SHARE = 0.8
DENSE_WINDOW = 3 * ranked.COMMON
NEWEST_FIRST = ("enable_bitmapscan", "enable_seqscan", "enable_sort", "jit")


def _walk_sql(entries, allowed_sql, pk_type, where="", newest_first=True):
    """(SQL, params) of (pk, ctype, eid) of the allowed pages whose index entries are in
    ``entries`` (a queryset of IndexEntry), newest entry first."""
    entries_sql, entries_params = (
        entries.order_by()
        .values_list("kcqg_object", "kcqg_type", "kcqg_entry")
        .query.sql_with_params()
    )
    sql = (
        'SELECT a."kcqg_pk" AS pk, x."kcqg_type" AS ctype, x."kcqg_entry" AS eid '  # noqa: S608
        f"FROM ({entries_sql}) x INNER JOIN ({allowed_sql}) a "
        f'ON (x."kcqg_object")::{pk_type} = a."kcqg_pk" {where} '
    )
    if newest_first:
        sql += 'ORDER BY x."kcqg_entry" DESC'
    return sql, list(entries_params)


def _walk(allowed, entries, where="", limit=ranked.CANDIDATES, offset=0):
    """(SQL, params) of ``_walk_sql``'s walk newest first of the pages that ``allowed``
    (the probe's (SQL, params, primary key type, highest entry id)) allows."""
    allowed_sql, allowed_params, pk_type, _top = allowed
    sql, params = _walk_sql(entries, allowed_sql, pk_type, where)
    sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return sql, [*params, *allowed_params]


def _newest_rows(queryset, matching, allowed, below, want, window, offset=0, **options):
    """([(pk, ctype, entry id)] newest first: the allowed matches below entry ``below``
    from the ``offset``-th, ``want`` of them if there are so many; whether they are all
    there are), read from windows of entries: the ``window`` entries below ``below``,
    then each next window below the last, sized by the density of matches seen so far
    (four times what was read while none was seen; at least half of it), until enough
    are read or the first entry is. Options: ``skipped``, entry ids left out; ``plan``, the first window's
    planner settings (BITMAP: the GIN and primary-key indexes together, for the others
    too)."""
    skipped = options.get("skipped", ())
    plan = options.get("plan", BITMAP)
    needed = offset + want
    rows = []
    start = below
    while True:
        lowest = below - window
        conditions = [f'x."kcqg_entry" < {int(below)}']
        if lowest > 0:
            conditions.append(f'x."kcqg_entry" >= {int(lowest)}')
        if skipped:
            conditions.append(f'x."kcqg_entry" NOT IN ({", ".join(str(int(e)) for e in skipped)})')
        where = "WHERE " + " AND ".join(conditions)
        sql, params = _walk(allowed, matching, where, needed - len(rows))
        rows += fetch(queryset, sql, params, plan)
        if len(rows) >= needed or lowest <= 0:
            return rows[offset:], len(rows) < needed
        below, plan = lowest, BITMAP
        read = start - below
        if rows:
            window = int((needed - len(rows)) * read / len(rows) * WINDOW_MARGIN) + WINDOW_MIN
        else:
            window = 4 * read
        # At least half of what was read: a few statements reach the first entry
        # whatever the density said.
        window = max(window, read // 2 + 1)


def _allowed_matches(queryset, matching, bonuses=None):
    """The ``BoundedRanked`` matches that ``queryset`` allows: first a probe that stops
    after ``COMMON + 1`` matches (``_newest_probe``, else in the table's order through
    the GIN index); up to ``COMMON`` they are all ranked (``_ranked_in_full``), past it
    the newest and the older title matches are (``_ranked_newest``)."""
    allowed_sql, allowed_params = allowed_pks(queryset)
    pk_type = queryset.model._meta.pk.rel_db_type(connections[queryset.db])
    top, share = _top_and_share(queryset, matching)
    allowed = (allowed_sql, allowed_params, pk_type, top)
    probed = _newest_probe(queryset, matching, allowed, share)
    if probed is None:
        walk_sql, walk_params = _walk_sql(matching, allowed_sql, pk_type, newest_first=False)
        probe = f"{walk_sql} LIMIT {ranked.COMMON + 1}"
        walked = list(fetch(queryset, probe, [*walk_params, *allowed_params], BITMAP))
        whole, newest = True, None
    else:
        walked, whole = probed
        # The probe read the newest candidates.
        newest = walked[: ranked.CANDIDATES]
    counts = Counter(ctype for _pk, ctype, _eid in walked)
    entries = [eid for _pk, _ctype, eid in walked]
    if len(walked) <= ranked.COMMON and whole:
        # Every match is known: ranked by primary key, not matched again (a phrase of
        # common words is checked on each entry that has its words: ~0.1 s at 100,000).
        return _ranked_in_full(queryset, matching.filter(pk__in=entries), bonuses)
    # Either probe read the entries about in their order (the bitmap reads the table in
    # its physical order): the entries its matches spread over say how dense they are.
    per_match = (max(entries) - min(entries) + 1) / len(entries)
    return _ranked_newest(queryset, matching, bonuses or [], counts, per_match, allowed, newest)


def _top_and_share(queryset, matching):
    """(the highest index entry id, the estimated share of entries the search matches,
    or None to ask the planner): one statement reads the id and the matching tsquery's
    text, the estimate comes from the column's statistics (``tsquery_stats``)."""
    table = IndexEntry._meta.db_table
    tsquery = getattr(matching, "kcqg_tsquery", None)
    if tsquery is None:
        ((top,),) = fetch(queryset, f'SELECT coalesce(max("id"), 0) FROM "{table}"', [])  # noqa: S608
        return top, None
    compiler = matching.query.get_compiler(queryset.db)
    tsquery_sql, tsquery_params = compiler.compile(tsquery.resolve_expression(matching.query))
    sql = f'SELECT coalesce(max("id"), 0), ({tsquery_sql})::text FROM "{table}"'  # noqa: S608
    ((top, text),) = fetch(queryset, sql, tsquery_params)
    frequencies = tsquery_stats.statistics(queryset.db, table)
    if frequencies is None or not text:
        return top, None
    try:
        return top, tsquery_stats.estimate(text, frequencies)
    except ValueError:  # pragma: no cover - PostgreSQL's own text form
        return top, None


def _newest_probe(queryset, matching, allowed, share=None):
    """(the newest ``COMMON + 1`` matches, newest first, and whether they are all the
    matches) read from windows of the newest entries, the first sized by the expected
    matches; None when that window would hold every entry (a rare search: the caller
    probes in the table's order).

    The expected matches: ``share`` of the entries (estimated from the column's
    statistics, ``tsquery_stats``) where it is known and not rare, else the planner's
    guess (``EXPLAIN``). The planner multiplies the shares of an AND's words as if they
    were independent: it guessed "tiết kiệm năng lượng" at 1,254 entries of 100,000,
    where 19,766 have it and the statistics' rarest word pair says 19,600.

    A search expected in at least ``DENSE_SHARE`` of the entries reads the newest
    ``DENSE_WINDOW`` entries newest first by primary key: the GIN index lists its
    matches all at once, for a word in nearly every entry ("khuyến công", "đề án") 40 ms
    to list 100,000 of them, of which the probe wants 1,001. Any other reads the window
    through the GIN index and the primary key together (``WINDOW_MARGIN``). Either way
    the probe's matches are the newest candidates, where a probe in the table's order
    reads the oldest and a second walk the newest. A window that holds too few is
    followed by the next one below, sized by the density it showed (``_newest_rows``):
    an estimate that is too high costs a second, smaller walk."""
    allowed_sql, allowed_params, pk_type, top = allowed
    if share:
        expected = share * top
    else:
        walk_sql, walk_params = _walk_sql(matching, allowed_sql, pk_type, newest_first=False)
        explain = f"EXPLAIN (FORMAT JSON) {walk_sql}"
        ((explained,),) = fetch(queryset, explain, [*walk_params, *allowed_params])
        expected = explained[0]["Plan"]["Plan Rows"]
    expected = max(expected, 1)
    wanted = ranked.COMMON + 1
    if expected >= DENSE_SHARE * top:
        window, plan = DENSE_WINDOW, NEWEST_FIRST
    else:
        window = int(wanted * top / expected * WINDOW_MARGIN) + WINDOW_MIN
        plan = BITMAP
        if window >= top:
            return None
    return _newest_rows(queryset, matching, allowed, top + 1, wanted, window, plan=plan)


def _ranked_newest(queryset, matching, bonuses, counts, per_match, allowed, newest=None):
    """The ``BoundedRanked`` of a common search: its ``CANDIDATES`` newest allowed
    matches (the probe's, or read from windows of the newest entries) and, when fewer
    than ``TITLE_ENOUGH`` of those have the title tier, the ``TITLE_CANDIDATES`` newest
    older ones that do (few, through the title's GIN index), ranked by rank and bonuses
    (computed for them only), then newest first; the facets count what the probe found
    (``counts``). ``per_match``: the entries per match the probe saw; ``allowed``: the
    probe's (SQL, params, primary key type, highest entry id) of the pages the caller
    allows; ``newest``: the newest candidates' rows when the probe read them."""
    top = allowed[3]
    titles = [bonus for bonus, _weight, in_title in bonuses if in_title]

    def windowed(below, want, offset=0, skipped=()):
        """The walk's rows of entries below ``below``, from ``offset``, ``want`` of them
        if there are so many."""
        window = int((offset + want + len(skipped)) * per_match * WINDOW_MARGIN) + WINDOW_MIN
        rows, _whole = _newest_rows(
            queryset, matching, allowed, below, want, window, offset, skipped=skipped
        )
        return rows

    if newest is None:
        newest = windowed(top + 1, ranked.CANDIDATES)
    newest = _scored(queryset, matching, bonuses, titles, newest)
    candidates = [(pk, ctype, eid, False) for pk, ctype, eid, _final, _titled in newest]
    finals = {eid: final for _pk, _ctype, eid, final, _titled in newest}
    lowest = min(finals, default=0)
    if titles and sum(titled for *_row, titled in newest) < ranked.TITLE_ENOUGH:
        below = f'WHERE x."kcqg_entry" < {int(lowest)}'
        sql, params = _walk(
            allowed, matching.filter(title=titles[0]), below, ranked.TITLE_CANDIDATES
        )
        in_title = list(fetch(queryset, sql, params, BITMAP))
        older = _scored(queryset, matching, bonuses, titles, in_title)
        candidates += [(pk, ctype, eid, True) for pk, ctype, eid, _final, _titled in older]
        finals.update({eid: final for _pk, _ctype, eid, final, _titled in older})

    def walk_past(below, skipped, offset, limit):
        return [row[:2] for row in windowed(below, limit, offset, skipped)]

    return newest_ranked(candidates, finals, counts, 0, walk_past)


def _scored(queryset, matching, bonuses, titles, rows):
    """[(pk, ctype, entry id, rank + bonuses, in the title tier)] of a walk's ``rows``
    (pk, ctype, entry id), in their order: the rank of those entries only (a sort of
    every match would rank them all), by primary key, with the planner's own choices
    (told the walk's plan, it joined the two by comparing every pair: 0.6 s for 1,000)."""
    if not rows:
        return []
    scored_sql, scored_params = (
        matching.order_by()
        .filter(pk__in=[eid for _pk, _ctype, eid in rows])
        .values_list("kcqg_entry", "score")
        .query.sql_with_params()
    )
    bonus_sql, bonus_params = _bonus_sql(queryset, bonuses)
    title_sql, title_params = _bonus_sql(queryset, [(titles[0], 1.0, True)] if titles else [])
    table = IndexEntry._meta.db_table
    sql = (
        f"WITH s AS MATERIALIZED ({scored_sql}) "  # noqa: S608 - ORM-compiled SQL
        f'SELECT s."kcqg_entry", s.score + {bonus_sql}, ({title_sql}) > 0 FROM s '
        f'INNER JOIN "{table}" e ON e."id" = s."kcqg_entry"'
    )
    params = [*scored_params, *bonus_params, *title_params]
    scores = {eid: (final, titled) for eid, final, titled in fetch(queryset, sql, params)}
    return [(pk, ctype, eid, *scores[eid]) for pk, ctype, eid in rows if eid in scores]


def _ranked_in_full(queryset, matching, bonuses=None):
    """The ``BoundedRanked`` matches that ``queryset`` allows: counted by type, and the
    ``CANDIDATES`` best by rank (then the newest, highest pk) ranked by rank plus
    ``weight × EXACT_TIER`` for each bonus tier [(tsquery, weight, in title)] they match.

    One statement: the matching entries are ranked first, on their own (MATERIALIZED),
    and only their object id, rank and type are joined to the caller's pages; the
    bonuses are tested on the candidates' stored vectors only. The halves are compiled
    by the ORM; only the joins are written here.
    """
    allowed_sql, allowed_params = allowed_pks(queryset)
    matching_sql, matching_params = (
        matching.order_by()
        .values_list("kcqg_object", "score", "kcqg_type", "kcqg_entry")
        .query.sql_with_params()
    )
    # The entries' object ids are the text of pks of the queryset's model (the matching
    # keeps to its content types): compared as that type, the join hashes integers.
    pk_type = queryset.model._meta.pk.rel_db_type(connections[queryset.db])
    base_sql = (
        f"WITH x AS MATERIALIZED ({matching_sql}), "  # noqa: S608
        'm AS MATERIALIZED (SELECT a."kcqg_pk" AS pk, x."kcqg_type" AS ctype, '
        'x."score" AS score, x."kcqg_entry" AS eid '
        f"FROM x INNER JOIN ({allowed_sql}) a "
        f'ON (x."kcqg_object")::{pk_type} = a."kcqg_pk")'
    )
    bonus_sql, bonus_params = _bonus_sql(queryset, bonuses)
    table = IndexEntry._meta.db_table
    candidates_sql = (
        ", c AS MATERIALIZED (SELECT * FROM m "  # noqa: S608
        f"ORDER BY m.score DESC, m.pk DESC LIMIT {ranked.CANDIDATES}) "
        f"SELECT c.pk, c.ctype, c.score + {bonus_sql}, "
        "ROW_NUMBER() OVER (ORDER BY c.score DESC, c.pk DESC), NULL "
        f'FROM c INNER JOIN "{table}" e ON e."id" = c.eid'
    )
    more_sql = (
        "SELECT m.pk, m.ctype FROM m ORDER BY m.score DESC, m.pk DESC LIMIT {limit} OFFSET {offset}"
    )
    base = (base_sql, [*matching_params, *allowed_params])
    return bounded(queryset, base, (candidates_sql, bonus_params), more_sql)


class PostgresRankedResults(OnePassRankedResultsMixin, PostgresSearchResults):
    allowed_matches = staticmethod(_allowed_matches)


class PostgresFoldingAutocompleteQueryCompiler(ExactFirstMixin, PostgresAutocompleteQueryCompiler):
    pass


class FoldingObjectIndexer(FoldingIndexerMixin, ObjectIndexer):
    """Wagtail's title, body and autocomplete vectors; for models without folded
    fields of their own (images, documents), each text's folded copy beside it, with
    the same weight."""

    def entry_value(self, wanted, for_autocomplete=False):
        texts = [(value, weight) for _field, weight, value in self.folded_items(wanted)]
        return self.as_vector(texts, for_autocomplete=for_autocomplete)


# Wagtail's title norm (the average title length in lexemes over this one's, read by its
# fuzzy search) is set as each entry is written, with the average of the newest this many
# entries' titles. Wagtail's ``_refresh_title_norms`` averages every entry's title after
# each write and then updates the entries it has just inserted: at 100,000 articles the
# average read the whole table (0.45 s with it cached, 4.5 s without) on every indexed
# save, and every entry was written twice (the table twice its size, half of it dead
# rows' freed space). A rebuild (``rebuild_index``) still sets every norm from the
# whole table's average.
TITLE_NORM_SAMPLE = 1_000


class FoldingPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's add_items with FoldingObjectIndexer, and each entry's title norm set
        # as it is written (TITLE_NORM_SAMPLE).
        indexers, content_type_pk = object_indexers(FoldingObjectIndexer, self.backend, model, objs)
        if not indexers:
            return
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows_sql = []
        data_params = []
        for indexer in indexers:
            data_params.extend((content_type_pk, indexer.id))
            vectors_sql = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(name), getattr(indexer, name)
                )
                sql, params = value.as_sql(compiler, self.write_connection)
                vectors_sql.append(sql)
                data_params.extend(params)
            # Plain text values for fuzzy search
            data_params.extend((indexer.title_text, indexer.body_text))
            rows_sql.append(f"(%s, %s, {', '.join(vectors_sql)}, %s, %s)")
        table = IndexEntry._meta.db_table
        average = (
            f"SELECT avg(length(s.title)) AS lavg FROM (SELECT title FROM {table} "  # noqa: S608
            f"ORDER BY id DESC LIMIT {TITLE_NORM_SAMPLE}) s WHERE length(s.title) > 0"
        )
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, "  # noqa: S608
                "body, title_norm, title_text, body_text) "
                "SELECT v.content_type_id, v.object_id, v.title, v.autocomplete, v.body, "
                "coalesce(n.lavg / nullif(length(v.title), 0), 1.0), v.title_text, v.body_text "
                f"FROM (VALUES {', '.join(rows_sql)}) AS v(content_type_id, object_id, title, "
                f"autocomplete, body, title_text, body_text) CROSS JOIN ({average}) n "
                # WHERE: so that ON CONFLICT is not read as a join's ON.
                "WHERE true ON CONFLICT (content_type_id, object_id) "
                "DO UPDATE SET title = EXCLUDED.title, title_norm = EXCLUDED.title_norm, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                data_params,
            )


class PostgresFoldingBackend(FoldingBackendMixin, PostgresSearchBackend):
    index_class = FoldingPostgresIndex
    results_class = PostgresRankedResults
    query_compiler_class = PostgresFoldingQueryCompiler
    autocomplete_query_compiler_class = PostgresFoldingAutocompleteQueryCompiler
