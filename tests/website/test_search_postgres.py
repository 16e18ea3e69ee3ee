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
            "SELECT kcqg_vector = title || body FROM wagtailsearch_indexentry WHERE object_id = %s",
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
        full_text = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
        assert len(full_text) == 2, full_text
        assert f"LIMIT {ranked.COMMON + 1}" in full_text[0]
        assert sum(counts.values()) == total > 0
        wagtails = search_pages(pages, query).annotate_score("score")  # Wagtail's statement
        assert first == _matches_ids(wagtails[:10]), query
        assert total == wagtails.count()
