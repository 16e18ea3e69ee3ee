"""PostgreSQL: the search reads the GIN index on ``title || body`` (website/0007)."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]

INDEX = "kcqg_indexentry_title_body_gin"


def test_the_expression_index_exists():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [INDEX])
        (definition,) = cursor.fetchone()
    assert "gin" in definition and "(title || body)" in definition


def test_the_search_matches_the_indexed_expression(home):
    from wagtail.models import Page

    from website.search import search_pages

    with CaptureQueriesContext(connection) as queries:
        list(search_pages(Page.objects.live(), "máy sấy nông sản")[:10])
    matching = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
    assert matching, "the search ran no full-text query"
    expression = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert all(expression in sql for sql in matching)

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a test table is tiny
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry"
            " WHERE (title || body) @@ to_tsquery('simple', 'may & say')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert INDEX in plan, plan
