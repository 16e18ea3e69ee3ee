"""PostgreSQL: the search matches the stored, GIN-indexed ``title || body`` vector of
each index entry (website/0007_squashed_0009) instead of concatenating the two per entry."""

import hashlib

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]

INDEX = "kcqg_indexentry_vector_gin"
STORED = '"wagtailsearch_indexentry"."kcqg_vector" @@'
CONCATENATED = '"wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body"'


def test_the_stored_vector_is_indexed():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [INDEX])
        (definition,) = cursor.fetchone()
        assert "gin" in definition and "kcqg_vector" in definition
        cursor.execute(
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'kcqg_indexentry_title_body_gin'"
        )
        assert cursor.fetchone() == (0,)  # the old expression index is not there


def test_the_search_matches_the_stored_vector(home):
    from wagtail.models import Page

    from website.models import StandardPage
    from website.search import search_pages

    page = home.add_child(
        instance=StandardPage(title="Máy sấy nông sản cho hợp tác xã", slug="may-say")
    )
    page.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        found = list(search_pages(Page.objects.live(), "máy sấy nông sản")[:10])
        count = search_pages(Page.objects.live(), "may say").count()
    assert page.pk in [p.pk for p in found]
    assert count >= 1
    matching = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
    assert matching, "the search ran no full-text query"
    assert all(STORED in sql for sql in matching)
    assert not any(CONCATENATED in sql for sql in matching)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT kcqg_vector = title || body || kcqg_word_pairs(title || body)"
            " FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(page.pk)],
        )
        assert cursor.fetchall() == [(True,)]

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a test table is tiny
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry"
            " WHERE kcqg_vector @@ to_tsquery('simple', 'may & say')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert INDEX in plan, plan


def _toast_bytes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltoastrelid::regclass::text FROM pg_class"
            " WHERE oid = 'wagtailsearch_indexentry'::regclass"
        )
        (toast,) = cursor.fetchone()
        # A catalogue name, not input.
        cursor.execute(f"SELECT coalesce(sum(octet_length(chunk_data)), 0) FROM {toast}")  # noqa: S608
        return cursor.fetchone()[0]


def test_the_searched_vectors_are_kept_in_the_row(home):
    """website/0007_squashed_0009: the vectors a search reads (title, and title || body) stay in the
    table row, where the TOAST table cost an index lookup per use; the body vector,
    which searches no longer read, may go out of line."""
    from website.models import StandardPage

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid ="
            " 'wagtailsearch_indexentry'::regclass AND attname IN ('title', 'body', 'kcqg_vector')"
        )
        assert dict(cursor.fetchall()) == {"title": "m", "body": "x", "kcqg_vector": "m"}

    before = _toast_bytes()
    # 120 different words that do not compress: vectors of about 2.5 KB, over the 2 KB
    # from which PostgreSQL's defaults move values out of the row.
    words = " ".join(hashlib.sha256(str(n).encode()).hexdigest()[:10] for n in range(120))
    page = home.add_child(instance=StandardPage(title="Bài dài", slug="bai-dai", intro=words))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_size(body), pg_column_size(kcqg_vector)"
            " FROM wagtailsearch_indexentry WHERE object_id = %s",
            [str(page.pk)],
        )
        body_size, stored_size = cursor.fetchone()
    assert body_size > 2048 and stored_size > 2048
    # What went out of line (the body vector, perhaps some text) is less than the two
    # vectors together: the stored one is in the row.
    assert _toast_bytes() - before < body_size + stored_size


def _matches_ids(results):
    return [page.pk for page in results]


def test_results_counts_and_types_come_from_one_ranking_statement(home):
    """The search page ranks, counts and sorts by type in one full-text statement after
    a walk that stops past ``ranked.COMMON`` matches (a common word is not ranked in
    full), and its order is Wagtail's own (its statement, asked for a score, ranks the
    same)."""
    from wagtail.models import Page

    from website.models import StandardPage
    from website.search import search_pages
    from website.search_backends import ranked

    texts = [
        ("Máy sấy nông sản", "Máy sấy nông sản cho hợp tác xã, máy sấy lúa."),
        ("May say nong san", "Bản không dấu: may say nong san."),
        ("Lò sấy chè", "Lò sấy chè tiết kiệm năng lượng, máy sấy nhỏ."),
        ("Dệt may", "Dệt may xuất khẩu, máy may công nghiệp."),
        ("Tin khác", "Nông sản và máy móc."),
    ]
    for number, (title, intro) in enumerate(texts * 3):
        page = home.add_child(
            instance=StandardPage(title=f"{title} {number}", slug=f"trang-{number}", intro=intro)
        )
        page.save_revision().publish()
    pages = Page.objects.live().filter(depth__gt=1)
    for query in ("máy sấy", "may say", "nông sản", "dệt may"):
        with CaptureQueriesContext(connection) as queries:
            results = search_pages(pages, query)
            counts = results.facet("content_type_id")
            total = results.count()
            first = _matches_ids(results[:10])
        full_text = [
            q["sql"]
            for q in queries.captured_queries
            if "@@" in q["sql"] and not q["sql"].startswith("EXPLAIN")
        ]
        # The probe (here, few entries: the planner's guess of the matches sends it
        # through the table in its order), then the ranking.
        assert len(full_text) == 2, full_text
        assert f"LIMIT {ranked.COMMON + 1}" in full_text[0]
        assert sum(counts.values()) == total > 0
        wagtails = search_pages(pages, query).annotate_score("score")  # Wagtail's statement
        assert first == _matches_ids(wagtails[:10]), query
        assert total == wagtails.count()


# Words that make up many phrases: texts of them hold every pair somewhere.
VOCABULARY = ["che", "bien", "chè", "lo", "say", "co", "khi", "2019", "hoa"]


def test_word_pairs_hold_every_phrase_the_vector_matches():
    """migration 0015: a phrase of plain words is found by its word pairs and the phrase
    together exactly where it is found by the phrase alone (the pairs come from the same
    positions), over texts where the words meet in every order."""
    import random

    from website.search_backends.postgres import word_pairs

    chooser = random.Random(15)
    texts = [
        " ".join(chooser.choice(VOCABULARY) for _ in range(chooser.randint(1, 12)))
        + chooser.choice(["", ". Lò sấy", " - hoa"])
        for _ in range(120)
    ]
    phrases = {
        " ".join(chooser.choice(VOCABULARY[:2] + VOCABULARY[3:]) for _ in range(size))
        for size in (2, 2, 2, 3, 3, 4)
        for _ in range(20)
    }
    with connection.cursor() as cursor:
        for phrase in sorted(phrases):
            pairs = word_pairs(phrase)
            assert pairs is not None, phrase
            cursor.execute(
                "SELECT count(*) FILTER (WHERE v @@ phraseto_tsquery('simple', %(p)s)),"
                " count(*) FILTER (WHERE v @@ (%(pairs)s::tsquery"
                " && phraseto_tsquery('simple', %(p)s))),"
                " count(*) FILTER (WHERE v @@ %(pairs)s::tsquery)"
                " FROM (SELECT t || kcqg_word_pairs(t) AS v FROM"
                " (SELECT to_tsvector('simple', unnest(%(texts)s::text[])) AS t) x) y",
                {"p": phrase, "pairs": pairs, "texts": texts},
            )
            by_phrase, by_both, by_pairs = cursor.fetchone()
            assert by_phrase == by_both, phrase
            assert by_pairs >= by_phrase
            if len(phrase.split()) == 2:  # the pair alone is the phrase
                assert by_pairs == by_phrase, phrase


def test_word_pairs_are_plain_folded_words():
    from website.search_backends.postgres import word_pairs

    assert word_pairs("che bien che") == "'che bien' & 'bien che'"
    assert word_pairs("che che che") == "'che che'"
    assert word_pairs("Thanh Hoa") == "'thanh hoa'"
    # One word, a word with marks, a document number: no pairs; the phrase alone.
    for phrase in ("che", "chế biến", "45/2012 nd", "o'clock time"):
        assert word_pairs(phrase) is None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT kcqg_word_pairs(to_tsvector('simple', 'Chế biến chè: che bien che. Biên chế'))"
        )
        assert cursor.fetchone() == ("'bien che' 'che bien'",)


def test_a_folded_phrase_is_answered_by_the_index_without_reading_rows(home):
    """A query typed with diacritics matches the words as typed or the folded phrase; the
    phrase's word pairs let the GIN index answer it: rows that have the folded words but
    not their pairs are not read to be rejected."""
    from wagtail.models import Page

    from website.models import StandardPage
    from website.search import search_pages

    # Both word pairs, not the phrase; "chế" and "biến" as typed, not "chè". Then the
    # folded words without their pairs.
    apart = "Chế biến nông sản. Lập biên chế và che phủ rừng."
    alone = "Chè xanh, biến đổi khí hậu."
    for number in range(60):
        home.add_child(
            instance=StandardPage(
                title=f"Tin {number}", slug=f"tin-{number}", intro=apart if number < 30 else alone
            )
        ).save_revision().publish()
    wanted = home.add_child(
        instance=StandardPage(
            title="Chế biến chè", slug="che-bien-che", intro="Xưởng chế biến chè."
        )
    )
    wanted.save_revision().publish()
    folded = home.add_child(
        instance=StandardPage(title="Che bien che", slug="khong-dau", intro="Ban khong dau.")
    )
    folded.save_revision().publish()

    with CaptureQueriesContext(connection) as queries:
        found = [
            page.pk for page in search_pages(Page.objects.live(), "chế biến chè", language="vi")
        ]
    assert found[0] == wanted.pk and folded.pk in found and len(found) == 2
    probe = next(q["sql"] for q in queries.captured_queries if "@@" in q["sql"])
    # The pairs, quoted as the captured SQL quotes a parameter.
    assert "''che bien'' & ''bien che''" in probe and "::tsquery &&" in probe

    from website.search_backends.postgres import word_pairs

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN (ANALYZE, FORMAT JSON) SELECT id FROM wagtailsearch_indexentry"
            " WHERE kcqg_vector @@ (%s::tsquery && phraseto_tsquery('simple', 'che bien che'))",
            [word_pairs("che bien che")],
        )
        plan = cursor.fetchone()[0][0]["Plan"]
    assert plan["Node Type"] == "Bitmap Heap Scan", plan
    # Read: the two pages with the phrase and the 30 with both pairs apart (the phrase
    # check rejects those); not the pages with the words alone.
    assert plan["Actual Rows"] == 2
    assert plan["Rows Removed by Index Recheck"] == 30, plan


def test_the_planner_settings_of_a_search_are_given_back(home):
    """The statements told their plan turn settings off and give back what the session
    had, not "on": a server run with JIT off keeps it off after a search."""
    from wagtail.models import Page

    from website.models import StandardPage
    from website.search import search_pages

    home.add_child(
        instance=StandardPage(title="Máy sấy", slug="may-say", intro="Máy sấy nông sản.")
    ).save_revision().publish()
    with connection.cursor() as cursor:
        cursor.execute("SET jit = off")
        try:
            assert list(search_pages(Page.objects.live(), "máy sấy", language="vi"))
            cursor.execute("SELECT current_setting('jit'), current_setting('enable_indexscan')")
            assert cursor.fetchone() == ("off", "on")
        finally:
            cursor.execute("RESET jit")


def test_a_common_search_is_sized_by_the_statistics_not_the_planner(home, monkeypatch):
    """After ANALYZE, the probe's first window comes from pg_stats' listed lexemes
    (website/search_backends/tsquery_stats.py): a word pair in most entries is estimated
    at its own share, and the planner is not asked (no EXPLAIN); a search with a word
    the statistics do not list still asks it."""
    from website.models import StandardPage
    from website.search import search_pages
    from website.search_backends import ranked, tsquery_stats

    monkeypatch.setattr(ranked, "COMMON", 8)
    monkeypatch.setattr(ranked, "CANDIDATES", 3)
    monkeypatch.setattr(tsquery_stats, "_STATISTICS", {})
    for n in range(30):
        home.add_child(
            instance=StandardPage(title=f"Bản tin số {n}", intro=f"Tiết kiệm năng lượng ở xã {n}.")
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    listed = tsquery_stats.statistics(connection.alias, "wagtailsearch_indexentry")
    assert listed["tiet kiem"] > 0.5 and listed["nang luong"] > 0.5

    from wagtail.models import Page

    def statements(query):
        with CaptureQueriesContext(connection) as queries:
            results = search_pages(Page.objects.live().specific(), query)
            shown = list(results[:3])
        return results, shown, [q["sql"] for q in queries.captured_queries]

    results, shown, sql = statements("tiết kiệm năng lượng")
    assert results.capped and len(shown) == 3
    assert not [s for s in sql if s.startswith("EXPLAIN")]
    _results, _shown, sql = statements("tiết kiệm xyzzyq")
    assert [s for s in sql if s.startswith("EXPLAIN")]


def test_an_entry_is_written_once_with_its_title_norm(home):
    """Wagtail's title norm (average title length / this title's, read by its fuzzy
    search) is set as the entry is written, from the newest entries' average: no UPDATE
    of the entries just written and no average over the whole table after each save."""
    from modelsearch.backends import get_search_backend

    from website.models import StandardPage

    short = home.add_child(instance=StandardPage(title="Gốm", slug="gom"))
    long = home.add_child(
        instance=StandardPage(title="Lò sấy chè tiết kiệm năng lượng ở Thái Nguyên", slug="lo")
    )
    from django.contrib.contenttypes.models import ContentType

    page_type = ContentType.objects.get_for_model(StandardPage).pk
    backend = get_search_backend()
    with CaptureQueriesContext(connection) as queries:
        backend.add(short)
        backend.add(long)
    written = [q["sql"] for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    assert written and all(sql.startswith("INSERT") for sql in written), written
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.object_id, e.title_norm, length(e.title) FROM wagtailsearch_indexentry e "
            "WHERE e.object_id IN (%s, %s) AND e.content_type_id = %s",
            [str(short.pk), str(long.pk), page_type],
        )
        norms = {int(pk): (norm, length) for pk, norm, length in cursor.fetchall()}
        cursor.execute(
            "SELECT avg(length(title)) FROM (SELECT title FROM wagtailsearch_indexentry "
            "WHERE length(title) > 0 ORDER BY id DESC LIMIT 1000) s"
        )
        (average,) = cursor.fetchone()
    assert norms[short.pk][0] > norms[long.pk][0]  # a short title weighs more
    for norm, length in norms.values():
        assert norm == pytest.approx(float(average) / length, rel=0.5)
    # Saved again, the entry is updated in place, its norm kept.
    backend.add(long)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), min(title_norm) FROM wagtailsearch_indexentry "
            "WHERE object_id = %s AND content_type_id = %s",
            [str(long.pk), page_type],
        )
        assert cursor.fetchone() == (1, pytest.approx(norms[long.pk][0], rel=0.5))
