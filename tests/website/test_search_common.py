"""A common search (more matches than ``ranked.COMMON``) is neither ranked nor counted
in full: its count reads "more than", its candidates are the newest matches and the
newest older pages with the words in their title, and paging past them walks the
rest newest first. Here with small bounds; the bench measures it at 100,000 articles."""

import pytest
from wagtail.models import Page

from website.models import StandardPage
from website.search import search_pages
from website.search_backends import ranked

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_bounds(monkeypatch):
    monkeypatch.setattr(ranked, "COMMON", 8)
    monkeypatch.setattr(ranked, "CANDIDATES", 3)
    monkeypatch.setattr(ranked, "TITLE_CANDIDATES", 2)


def _pages(home, titles_and_intros):
    pages = []
    for title, intro in titles_and_intros:
        page = StandardPage(title=title, intro=intro)
        home.add_child(instance=page)
        pages.append(page)
    return pages


@pytest.fixture
def common(home):
    """Two old pages with the words in the title, then twelve newer ones that only
    mention them, then two that do not."""
    old = _pages(
        home,
        [
            ("Khuyến công Thanh Hóa tổng kết năm", "Báo cáo tổng kết của tỉnh."),
            ("Chương trình khuyến công quốc gia", "Giới thiệu chương trình."),
        ],
    )
    newer = _pages(
        home,
        [(f"Bản tin địa phương số {n}", f"Tin về khuyến công ở xã số {n}.") for n in range(12)],
    )
    _pages(home, [("Lò sấy chè", "Không liên quan."), ("Gốm Bát Tràng", "Làng nghề gốm.")])
    return old, newer


def test_a_common_search_counts_more_than_and_ranks_titles_and_the_newest_first(
    small_bounds, common
):
    old, newer = common
    results = search_pages(Page.objects.live().specific(), "khuyến công")
    assert results.capped
    assert results.count() == 8
    first = list(results[:5])
    # The title matches, old as they are, come first; then the newest three.
    assert {page.pk for page in first[:2]} == {page.pk for page in old}
    assert [page.pk for page in first[2:5]] == [page.pk for page in reversed(newer[-3:])]
    # Past the candidates: the rest newest first, each page once, title pages not again.
    shown = [page.pk for page in results[:8]]
    assert len(set(shown)) == 8
    assert shown[5:8] == [page.pk for page in reversed(newer[-6:-3])]
    # Facets: the types of the walked matches, counted as far as the walk went, none
    # above the bound.
    assert list(results.facet("content_type_id").values()) == [8]


def test_the_same_search_under_the_bound_is_ranked_and_counted_in_full(common):
    old, newer = common
    results = search_pages(Page.objects.live().specific(), "khuyến công")
    assert not results.capped
    assert results.count() == 14
    first = list(results[:2])
    assert {page.pk for page in first} == {page.pk for page in old}
    assert len({page.pk for page in results[:14]}) == 14


def test_a_rare_word_is_never_capped(small_bounds, common):
    results = search_pages(Page.objects.live().specific(), "Bát Tràng")
    assert not results.capped
    assert results.count() == 1


def test_the_search_page_says_more_than(small_bounds, common, client):
    response = client.get("/tim-kiem/", {"q": "khuyến công"})
    assert response.status_code == 200
    text = response.content.decode()
    assert "Hơn 8 kết quả cho “khuyến công”" in text
    assert "(8+)" in text
    # Every page of the capped results answers, the last one included.
    for number in (2, 3):
        assert client.get("/tim-kiem/", {"q": "khuyến công", "page": number}).status_code == 200


def test_english_says_more_than(small_bounds, client, home_en):
    _pages(home_en, [(f"Industrial promotion news {n}", "Promotion.") for n in range(12)])
    response = client.get("/en/search/", {"q": "industrial promotion"})
    assert response.status_code == 200
    assert "More than 8 results for “industrial promotion”" in response.content.decode()


def test_older_title_pages_are_not_looked_for_when_the_newest_have_enough(
    small_bounds, monkeypatch, common
):
    """When enough of the newest candidates have the words in the title, the older
    title pages are not looked for (a walk over every title match): here with none
    needed, the two old pages stay behind the newest."""
    old, newer = common
    monkeypatch.setattr(ranked, "TITLE_ENOUGH", 0)
    results = search_pages(Page.objects.live().specific(), "khuyến công")
    assert results.capped
    shown = [page.pk for page in results[:8]]
    assert shown == [page.pk for page in reversed(newer[-8:])]
    assert not {page.pk for page in old} & set(shown)


# How PostgreSQL's probe reads a common search (website/search_backends/postgres.py):
# newest first by primary key (a search in most entries), from windows of the newest
# entries through the GIN index (sized by the planner's guess, or by the bound the
# column's statistics estimate), or in the table's order with a second walk for the newest.
# Each is forced here; all must give the same results.
PROBES = {
    "newest first": {"DENSE_SHARE": 0.0, "DENSE_WINDOW": 10**9},
    "window": {"DENSE_SHARE": 10.0, "WINDOW_MARGIN": 0.0, "WINDOW_MIN": 14},
    # Statistics that say the words are in 30 % of the entries: a first window of
    # 6 entries (COMMON + 1 = 9 of them at 30 %, times 0.2), then the next ones below it.
    "window by the statistics": {
        "DENSE_SHARE": 10.0,
        "WINDOW_MARGIN": 0.2,
        "WINDOW_MIN": 0,
        "statistics": {"khuyen cong": 0.3, "khuyến": 0.3, "công": 0.3},
    },
    "table order": {"DENSE_SHARE": 10.0, "WINDOW_MIN": 10**9},
}


@pytest.mark.parametrize("probe", PROBES)
def test_every_postgresql_probe_gives_the_same_results(small_bounds, monkeypatch, common, probe):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    from website.search_backends import postgres, tsquery_stats

    settings = dict(PROBES[probe])
    known = settings.pop("statistics", None)
    monkeypatch.setattr(tsquery_stats, "statistics", lambda *args: known)
    for name, value in settings.items():
        monkeypatch.setattr(postgres, name, value)
    old, newer = common
    with CaptureQueriesContext(connection) as queries:
        results = search_pages(Page.objects.live().specific(), "khuyến công")
        assert results.capped and results.count() == 8
        first = [page.pk for page in results[:5]]
        shown = [page.pk for page in results[:8]]
    assert set(first[:2]) == {page.pk for page in old}
    assert first[2:5] == [page.pk for page in reversed(newer[-3:])]
    assert len(set(shown)) == 8
    assert shown[5:8] == [page.pk for page in reversed(newer[-6:-3])]
    statements = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
    probe_limit = f"LIMIT {ranked.COMMON + 1}"
    newest_first = [sql for sql in statements if f'"kcqg_entry" DESC {probe_limit} ' in sql]
    table_order = [sql for sql in statements if sql.endswith(probe_limit)]
    explained = [sql for sql in statements if sql.startswith("EXPLAIN")]
    assert bool(explained) == (known is None), statements
    assert bool(newest_first) == (probe != "table order"), statements
    assert bool(table_order) == (probe == "table order"), statements
