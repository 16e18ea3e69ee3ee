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

from collections import Counter

from django.contrib.postgres.search import SearchVectorExact, SearchVectorField
from django.db import connections
from django.db.models import Case, F, FloatField, Func, Q, Value, When
from django.db.models.expressions import RawSQL
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
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from website.search import FoldedQuery, InTitle, PrefixText

from . import EXACT_TIER, FoldingBackendMixin, FoldingIndexerMixin, object_indexers, ranked
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
    def ranked_parts(self, config):
        """(the matching index entries with their rank without bonuses as ``score``,
        the bonus tiers [(tsquery, weight)]), or None where Wagtail's own statements
        must run."""
        if _plain_path(self) or isinstance(self.query, Not):
            return None
        search_query = self.build_tsquery(self.query, config=config)
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
        search_query = self.build_tsquery(self.query, config=config)
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
# where the GIN index took 1). Each statement here is therefore told its plan:
# the GIN index (a bitmap; each match then joined to its page one by one, not by
# hashing every page of the language), or the primary key newest first where the
# matches are known to be dense.
BITMAP = ("enable_indexscan", "enable_seqscan", "enable_hashjoin", "enable_mergejoin")
NEWEST_FIRST = ("enable_bitmapscan", "enable_seqscan")
# A common search's newest candidates are read newest first by primary key when the
# probe found its first COMMON + 1 matches within this many entries (dense: the walk
# stops soon), else through the GIN index and a sort.
DENSE_SPAN = 20_000


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


def _allowed_matches(queryset, matching, bonuses=None):
    """The ``BoundedRanked`` matches that ``queryset`` allows: first a probe that stops
    after ``COMMON + 1`` matches, through the GIN index; up to ``COMMON`` they are all
    ranked
    (``_ranked_in_full``), past it the newest and the older title matches are
    (``_ranked_newest``)."""
    allowed_sql, allowed_params = allowed_pks(queryset)
    pk_type = queryset.model._meta.pk.rel_db_type(connections[queryset.db])
    walk_sql, walk_params = _walk_sql(matching, allowed_sql, pk_type, newest_first=False)
    probe = f"{walk_sql} LIMIT {ranked.COMMON + 1}"
    walked = list(fetch(queryset, probe, [*walk_params, *allowed_params], BITMAP))
    counts = Counter(ctype for _pk, ctype, _eid in walked)
    entries = [eid for _pk, _ctype, eid in walked]
    if len(walked) <= ranked.COMMON:
        # Every match is known: ranked by primary key, not matched again (a phrase of
        # common words is checked on each entry that has its words: ~0.1 s at 100,000).
        return _ranked_in_full(queryset, matching.filter(pk__in=entries), bonuses)
    # The bitmap reads the table in its physical order, about the entries' order.
    span = max(entries) - min(entries)
    plan = NEWEST_FIRST if span <= DENSE_SPAN else BITMAP
    allowed = (allowed_sql, allowed_params, pk_type)
    return _ranked_newest(queryset, matching, bonuses or [], counts, plan, allowed)


def _ranked_newest(queryset, matching, bonuses, counts, plan, allowed):
    """The ``BoundedRanked`` of a common search: its ``CANDIDATES`` newest allowed
    matches (read with ``plan``) and, when fewer than ``TITLE_ENOUGH`` of those have
    the title tier, the ``TITLE_CANDIDATES`` newest older ones that do (few, through the
    title's GIN index), ranked by rank and bonuses (computed for them only), then newest
    first; the facets count what the probe found (``counts``). ``allowed``: the probe's
    (SQL, params, primary key type) of the pages the caller allows."""
    allowed_sql, allowed_params, pk_type = allowed
    titles = [bonus for bonus, _weight, in_title in bonuses if in_title]

    def walk(entries, where="", limit=ranked.CANDIDATES, offset=0):
        sql, params = _walk_sql(entries, allowed_sql, pk_type, where)
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return sql, [*params, *allowed_params]

    newest = _scored(queryset, matching, bonuses, titles, walk(matching), plan)
    candidates = [(pk, ctype, eid, False) for pk, ctype, eid, _final, _titled in newest]
    finals = {eid: final for _pk, _ctype, eid, final, _titled in newest}
    lowest = min(finals, default=0)
    if titles and sum(titled for *_row, titled in newest) < ranked.TITLE_ENOUGH:
        below = f'WHERE x."kcqg_entry" < {int(lowest)}'
        in_title = walk(matching.filter(title=titles[0]), below, ranked.TITLE_CANDIDATES)
        older = _scored(queryset, matching, bonuses, titles, in_title, BITMAP)
        candidates += [(pk, ctype, eid, True) for pk, ctype, eid, _final, _titled in older]
        finals.update({eid: final for _pk, _ctype, eid, final, _titled in older})

    def walk_past(below, skipped, offset, limit):
        where = f'WHERE x."kcqg_entry" < {int(below)}'
        if skipped:
            where += f' AND x."kcqg_entry" NOT IN ({", ".join(str(int(e)) for e in skipped)})'
        sql, params = walk(matching, where, limit, offset)
        return [row[:2] for row in fetch(queryset, sql, params, plan)]

    return newest_ranked(candidates, finals, counts, 0, walk_past)


def _scored(queryset, matching, bonuses, titles, walk, plan):
    """[(pk, ctype, entry id, rank + bonuses, in the title tier)] of the walk's rows
    (SQL, params), read with ``plan``: the rank of those entries only (a sort of every
    match would rank them all)."""
    walk_sql, walk_params = walk
    scored_sql, scored_params = (
        matching.order_by()
        .filter(pk__in=RawSQL("SELECT eid FROM c", []))  # noqa: S611 - a constant
        .values_list("kcqg_entry", "score")
        .query.sql_with_params()
    )
    bonus_sql, bonus_params = _bonus_sql(queryset, bonuses)
    title_sql, title_params = _bonus_sql(queryset, [(titles[0], 1.0, True)] if titles else [])
    table = IndexEntry._meta.db_table
    sql = (
        f"WITH c AS MATERIALIZED ({walk_sql}), "  # noqa: S608 - ORM-compiled SQL
        f"s AS MATERIALIZED ({scored_sql}) "
        f"SELECT c.pk, c.ctype, c.eid, s.score + {bonus_sql}, ({title_sql}) > 0 FROM c "
        'INNER JOIN s ON s."kcqg_entry" = c.eid '
        f'INNER JOIN "{table}" e ON e."id" = c.eid'
    )
    params = [*walk_params, *scored_params, *bonus_params, *title_params]
    return list(fetch(queryset, sql, params, plan))


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


class FoldingPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # Wagtail's add_items with FoldingObjectIndexer.
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
            rows_sql.append(f"(%s, %s, {', '.join(vectors_sql)}, 1.0, %s, %s)")
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, "  # noqa: S608
                f"body, title_norm, title_text, body_text) (VALUES {', '.join(rows_sql)}) "
                "ON CONFLICT (content_type_id, object_id) "
                "DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                data_params,
            )
        self._refresh_title_norms()


class PostgresFoldingBackend(FoldingBackendMixin, PostgresSearchBackend):
    index_class = FoldingPostgresIndex
    results_class = PostgresRankedResults
    query_compiler_class = PostgresFoldingQueryCompiler
    autocomplete_query_compiler_class = PostgresFoldingAutocompleteQueryCompiler
