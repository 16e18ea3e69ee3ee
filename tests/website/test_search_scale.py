"""Search stays linear in the number of matches (SQLite): bm25 is computed in one
FTS pass, never in a subquery run once per matching page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from website.models import StandardPage
from website.search import search_pages


@pytest.mark.django_db
def test_ranking_never_scores_per_page_in_a_subquery(home):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite backend's ranking")
    for number in range(40):
        page = StandardPage(title=f"Khuyến công số {number}", intro="Tin khuyến công địa phương.")
        home.add_child(instance=page)
    with CaptureQueriesContext(connection) as queries:
        results = search_pages(Page.objects.live(), "khuyến công")
        first = list(results[:10])
        total = results.count()
    assert len(first) == 10
    assert total == 40
    for query in queries.captured_queries:
        sql = query["sql"]
        if "bm25(" in sql:
            assert 'FROM "wagtailcore_page"' not in sql.split("bm25(")[0], sql[:300]
    assert len(queries.captured_queries) <= 8
