"""The news listing: newest first, 20 a page, filters that combine, bad input handled."""

import datetime as dt
import zoneinfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import NewsCategoryFactory

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
LISTING_BUDGET = 25


def when(year, month, day=1, hour=9):
    return dt.datetime(year, month, day, hour, 0, tzinfo=HANOI)


@pytest.mark.django_db
def test_newest_first_with_vietnamese_dates(client, make_article):
    make_article("Tin cũ", publish_date=when(2024, 3, 2))
    make_article(
        "Tin mới",
        publish_date=dt.datetime(2019, 5, 20, 15, 58, tzinfo=HANOI) + dt.timedelta(days=2000),
    )
    make_article("Tin giữa", publish_date=dt.datetime(2019, 5, 20, 15, 58, tzinfo=HANOI))
    html = client.get("/tin-tuc/").content.decode()
    assert html.index("Tin mới") < html.index("Tin cũ") < html.index("Tin giữa")
    assert "20/05/2019 15:58" in html


@pytest.mark.django_db
def test_english_listing_shows_english_dates_and_only_english_articles(
    client, make_article, news_index_en
):
    make_article("Chỉ có tiếng Việt")
    make_article(
        "Training course opens",
        parent=news_index_en,
        publish_date=dt.datetime(2019, 5, 20, 15, 58, tzinfo=HANOI),
    )
    html = client.get("/en/news/").content.decode()
    assert "Training course opens" in html
    assert "20 May 2019" in html
    assert "Chỉ có tiếng Việt" not in html
    assert "Training course opens" not in client.get("/tin-tuc/").content.decode()


@pytest.mark.django_db
def test_drafts_and_private_articles_are_never_listed(client, make_article):
    make_article("Tin công khai")
    make_article("Bản nháp chưa đăng", live=False)
    make_article("Tin nội bộ", private=True)
    html = client.get("/tin-tuc/").content.decode()
    assert "Tin công khai" in html
    assert "Bản nháp chưa đăng" not in html
    assert "Tin nội bộ" not in html


@pytest.mark.django_db
def test_twenty_a_page_and_pages_beyond_the_end_are_404(client, make_article):
    for number in range(21):
        make_article(
            f"Tin số {number:02d}", publish_date=when(2025, 1, 1) + dt.timedelta(days=number)
        )
    first = client.get("/tin-tuc/").content.decode()
    assert first.count('class="news-card"') == 20
    assert 'rel="next" href="?page=2"' in first
    second = client.get("/tin-tuc/?page=2")
    assert second.status_code == 200
    assert second.content.decode().count('class="news-card"') == 1
    assert "Tin số 00" in second.content.decode()
    assert client.get("/tin-tuc/?page=3").status_code == 404
    assert client.get("/tin-tuc/?page=abc").status_code == 404


@pytest.mark.django_db
def test_filters_combine(client, make_article, category, other_category):
    make_article(
        "Đào tạo tháng 5/2025", category=category, tags=["cơ khí"], publish_date=when(2025, 5, 3)
    )
    make_article(
        "Đào tạo tháng 6/2025", category=category, tags=["cơ khí"], publish_date=when(2025, 6, 3)
    )
    make_article(
        "Hội chợ tháng 5/2025",
        category=other_category,
        tags=["cơ khí"],
        publish_date=when(2025, 5, 9),
    )
    make_article("Đào tạo tháng 5/2024", category=category, publish_date=when(2024, 5, 3))

    def titles(url):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        return {
            t
            for t in [
                "Đào tạo tháng 5/2025",
                "Đào tạo tháng 6/2025",
                "Hội chợ tháng 5/2025",
                "Đào tạo tháng 5/2024",
            ]
            if t in html
        }

    assert titles("/tin-tuc/?category=dao-tao") == {
        "Đào tạo tháng 5/2025",
        "Đào tạo tháng 6/2025",
        "Đào tạo tháng 5/2024",
    }
    assert titles("/tin-tuc/?category=dao-tao&year=2025") == {
        "Đào tạo tháng 5/2025",
        "Đào tạo tháng 6/2025",
    }
    assert titles("/tin-tuc/?category=dao-tao&year=2025&month=5") == {"Đào tạo tháng 5/2025"}
    assert titles("/tin-tuc/?tag=co-khi&month=5") == {
        "Đào tạo tháng 5/2025",
        "Hội chợ tháng 5/2025",
    }
    assert titles("/tin-tuc/?year=2024") == {"Đào tạo tháng 5/2024"}


@pytest.mark.django_db
def test_category_and_tag_pages_have_readable_urls(client, make_article, category, other_category):
    make_article("Tin đào tạo", category=category, tags=["Cơ khí chế tạo"])
    make_article("Tin hội chợ", category=other_category)
    html = client.get("/tin-tuc/chuyen-muc/dao-tao/").content.decode()
    assert "<h1" in html and "Đào tạo, tập huấn" in html
    assert "Tin đào tạo" in html and "Tin hội chợ" not in html
    html = client.get("/tin-tuc/the/co-khi-che-tao/").content.decode()
    assert "Tin đào tạo" in html and "Tin hội chợ" not in html
    assert client.get("/tin-tuc/chuyen-muc/khong-co/").status_code == 404
    assert client.get("/tin-tuc/the/khong-co/").status_code == 404


@pytest.mark.django_db
def test_english_category_route(client, make_article, news_index_en, category, locale_en):
    english = category.copy_for_translation(locale_en)
    english.name, english.slug = "Training", "training"
    english.save()
    make_article("Welders trained", parent=news_index_en, category=english)
    html = client.get("/en/news/category/training/").content.decode()
    assert "Welders trained" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["year=abc", "year=20255", "month=13", "month=0", "month=-1", "year=2025&month=x", "year=%00"],
)
def test_malformed_filters_give_a_clear_400_never_a_500(client, make_article, query):
    make_article("Một bài viết")
    response = client.get(f"/tin-tuc/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "không hợp lệ" in html
    assert "Một bài viết" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["category=khong-co", "tag=khong-co", "category=%F0%9F%92%A9", "tag=" + "x" * 500]
)
def test_unknown_filters_give_an_empty_list(client, make_article, query):
    make_article("Một bài viết")
    response = client.get(f"/tin-tuc/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Một bài viết" not in html
    assert "Không có bài viết nào phù hợp." in html


@pytest.mark.django_db
def test_filtered_listing_is_not_indexed_but_the_plain_one_is(client, make_article):
    make_article("Một bài viết")
    assert 'content="noindex' not in client.get("/tin-tuc/").content.decode()
    assert 'content="noindex' in client.get("/tin-tuc/?year=2025").content.decode()


def _listing_queries(client, url):
    client.get(url)  # renditions are made once; what we measure is a cold cache
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_articles(client, make_article, image, locale_vi):
    categories = [NewsCategoryFactory(locale=locale_vi) for _ in range(3)]
    for number in range(2):
        make_article(f"Tin {number}", hero_image=image, tags=["a", "b"], category=categories[0])
    few = _listing_queries(client, "/tin-tuc/")
    for number in range(20):
        make_article(
            f"Tin thêm {number}",
            hero_image=image,
            tags=[f"thẻ {number}", "a"],
            category=categories[number % 3],
        )
    many = _listing_queries(client, "/tin-tuc/")
    assert many == few
    # 6 are the listing's own (count, page, renditions, categories, years, most read);
    # the rest is Wagtail's routing and the site chrome (menu, switcher, breadcrumbs).
    assert many <= LISTING_BUDGET
    filtered = _listing_queries(client, f"/tin-tuc/?category={categories[1].slug}&year=2025")
    assert filtered <= LISTING_BUDGET


@pytest.mark.django_db
def test_a_long_archive_is_counted_up_to_the_cap(client, make_article, monkeypatch):
    import news.listing

    monkeypatch.setattr(news.listing, "MAX_PAGES", 2)
    monkeypatch.setattr("news.models.pages.NewsIndexPage.per_page", 2)
    for number in range(6):
        make_article(f"Tin số {number}", publish_date=when(2020 + number, 1, 5))
    html = client.get("/tin-tuc/").content.decode()
    assert "Hơn 4 bài viết. Tin cũ hơn: chọn năm hoặc chuyên mục ở bộ lọc." in html
    assert "Trang 1/2" in html
    assert client.get("/tin-tuc/?page=3").status_code == 404
    # Narrowed by year, the list is short again and counted exactly.
    narrowed = client.get("/tin-tuc/?year=2021").content.decode()
    assert "1 bài viết" in narrowed and "Hơn" not in narrowed
    # The year choices run from the oldest article's year to the newest's.
    assert all(f'value="{year}"' in html for year in range(2020, 2026))


def _listed_titles(client, url):
    import re

    response = client.get(url)
    assert response.status_code == 200, url
    # The cards' links (the JSON-LD ItemList names them too).
    return re.findall(r">\s*(Tin (?:lọc|khác) \d+)\s*<", response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["category=dao-tao", "tag=co-khi", "month=3", "category=dao-tao&month=3"]
)
def test_a_filter_lists_the_same_pages_whichever_way_it_is_read(
    client, make_article, category, other_category, monkeypatch, query
):
    """Few matches are listed from the filter's index ("narrow"), many by walking the
    publish-date index ("walk"): the same articles, in the same order, on every page."""
    import news.listing

    monkeypatch.setattr("news.models.pages.NewsIndexPage.per_page", 2)
    dates = {}
    for number in range(7):
        # March and May over three years.
        year, month = 2025 - number // 3, (3, 5, 3)[number % 3]
        dates[number] = when(year, month, 20 - number)
        make_article(
            f"Tin lọc {number}", category=category, tags=["cơ khí"], publish_date=dates[number]
        )
        # Other articles in the same months: only the month filter lists them.
        make_article(
            f"Tin khác {number}",
            category=other_category,
            publish_date=when(year, month, 25, hour=number),
        )
    listings = {}
    for cap in (100, 1):  # 1 page: every list counts as capped and is walked
        monkeypatch.setattr(news.listing, "MAX_PAGES", cap)
        pages = []
        for page in range(1, 10):
            response = client.get(f"/tin-tuc/?{query}&page={page}")
            if response.status_code == 404:
                break
            pages.append(_listed_titles(client, f"/tin-tuc/?{query}&page={page}"))
        listings[cap] = pages
    assert listings[1] == listings[100][:1]
    titles = [title for page in listings[100] for title in page]
    in_march = {n for n in dates if n % 3 != 1}
    if query == "month=3":
        shown = {f"Tin lọc {n}": dates[n] for n in in_march}
        shown |= {f"Tin khác {n}": when(dates[n].year, 3, 25, hour=n) for n in in_march}
    else:
        chosen = in_march if "month=3" in query else set(dates)
        shown = {f"Tin lọc {n}": dates[n] for n in chosen}
    assert titles == sorted(shown, key=shown.get, reverse=True)


@pytest.mark.django_db
def test_a_month_of_past_years_is_listed_across_years(client, make_article):
    # The newest March is 2026's, with one article; the page of two reaches into 2025.
    make_article("Tin lọc 1", publish_date=when(2026, 3, 2))
    make_article("Tin khác 9", publish_date=when(2026, 6, 2))
    make_article("Tin lọc 2", publish_date=when(2025, 3, 9))
    make_article("Tin lọc 3", publish_date=when(2025, 3, 1))
    make_article("Tin lọc 4", publish_date=when(2023, 3, 31, hour=23))
    assert _listed_titles(client, "/tin-tuc/?month=3") == [
        "Tin lọc 1",
        "Tin lọc 2",
        "Tin lọc 3",
        "Tin lọc 4",
    ]


@pytest.mark.django_db
def test_a_small_category_is_not_found_by_walking_the_archive(
    client, make_article, category, other_category, monkeypatch
):
    """SQLite: a category of few articles is read from the category index, not by
    walking the publish-date index past every other article (0.3 s at 100,000)."""
    from django.http import QueryDict

    from news.listing import filter_articles
    from news.models import NewsIndexPage

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's plans")
    make_article("Tin lọc 1", category=category)
    make_article("Tin khác 1", category=other_category)
    make_article("Tin khác 2", category=other_category)
    monkeypatch.setattr("news.queries.FEW_ARTICLES", 1)  # a big language: no list of ids
    cache.clear()
    result = filter_articles(NewsIndexPage.objects.get(), QueryDict("category=dao-tao"))
    for queryset in (result.count_queryset, result.narrow_queryset[:20]):
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " | ".join(str(row[-1]) for row in cursor.fetchall())
        assert "category_id" in plan and "publish_date" not in plan, plan
