"""website.patches.routing: the site, the home page and its sections come from the chrome
cache, and a publish, unpublish or move is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from website.models import StandardPage


def add(parent, title, slug, live=True):
    page = StandardPage(title=title, slug=slug, intro=f"{title}.", live=live)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return StandardPage.objects.get(pk=page.pk)


def status(client, url):
    return client.get(url).status_code


@pytest.mark.django_db
def test_sections_are_cached_and_changes_are_seen_at_once(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0  # routing, not the page cache, is under test
    about = add(home, "Giới thiệu", "gioi-thieu")
    add(about, "Lịch sử", "lich-su")
    assert status(client, "/gioi-thieu/lich-su/") == 200
    client.get("/")  # the first request creates the site settings, a content change
    assert status(client, "/gioi-thieu/lich-su/") == 200
    with CaptureQueriesContext(connection) as warm:
        assert status(client, "/gioi-thieu/lich-su/") == 200
    sql = " ".join(query["sql"] for query in warm.captured_queries)
    assert "wagtailcore_site" not in sql  # the site came from the cache
    assert "'gioi-thieu'" not in sql  # so did the section; its child is looked up

    # A section published after the cache was filled is found.
    add(home, "Liên hệ", "lien-he")
    assert status(client, "/lien-he/") == 200
    # A renamed section moves at once; its old address is gone.
    about.slug = "ve-chung-toi"
    about.save_revision().publish()
    assert status(client, "/ve-chung-toi/lich-su/") == 200
    assert status(client, "/gioi-thieu/lich-su/") == 404
    # An unpublished section is not served from a stale cache.
    about.unpublish()
    assert status(client, "/ve-chung-toi/") == 404
    # A draft section is walked through, as Wagtail does: its live child is served.
    draft = add(home, "Bản nháp", "ban-nhap", live=False)
    add(draft, "Trang con", "trang-con")
    assert status(client, "/ban-nhap/trang-con/") == 200
    assert status(client, "/ban-nhap/") == 404
    assert status(client, "/khong-co/") == 404


@pytest.mark.django_db
def test_each_language_routes_from_its_own_home(client, home, home_en, settings):
    settings.PAGE_CACHE_SECONDS = 0
    about = add(home, "Giới thiệu", "gioi-thieu")
    english = about.copy_for_translation(home_en.locale)
    english.title, english.slug = "About", "about"
    english.save_revision().publish()
    assert status(client, "/gioi-thieu/") == 200
    assert status(client, "/en/about/") == 200
    assert status(client, "/en/gioi-thieu/") == 404
    assert status(client, "/about/") == 404


@pytest.mark.django_db
def test_the_sections_of_a_home_page_are_read_from_their_own_index(home):
    """The children of a home page (the menu, the routing's sections) are found from
    the partial index of depth-3 pages, not by reading every descendant of the home
    page along the path index (every article: 50–100 ms at 100,000); the article
    lists (a path prefix and ``depth >= 3``) keep away from it."""
    from wagtail.models import Page

    from website.visibility import public_q

    add(home, "Giới thiệu", "gioi-thieu")
    home.refresh_from_db()
    queries = {
        "sections": home.get_children(),
        "menu": Page.objects.child_of(home).live().filter(public_q()).in_menu(),
    }
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'kcqg_page_sections'")
            assert "WHERE (depth = 3)" in cursor.fetchone()[0]
        return
    for label, queryset in queries.items():
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " | ".join(str(row[-1]) for row in cursor.fetchall())
        assert "kcqg_page_sections" in plan, (label, plan)
    descendants = Page.objects.descendant_of(home).order_by("-pk")[:20]
    sql, params = descendants.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        assert "kcqg_page_sections" not in str(cursor.fetchall())
