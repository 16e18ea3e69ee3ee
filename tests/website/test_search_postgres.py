"""PostgreSQL: the search matches the stored, GIN-indexed ``title || body`` vector of
each index entry (website/0008) instead of concatenating the two per entry."""

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
        assert cursor.fetchone() == (0,)  # the expression index of 0007 is gone


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
