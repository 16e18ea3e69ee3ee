"""A language with few articles is listed from their ids, not by walking every article
of the others along the publish-date index (SQLite)."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection

from news import queries
from news.models import NewsArticlePage
from news.queries import articles, latest

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_languages(make_article, news_index_en, locale_en):
    vietnamese = [
        make_article(f"Tin {number}", publish_date=dt.datetime(2025, 1, 1 + number, tzinfo=dt.UTC))
        for number in range(6)
    ]
    english = []
    for page in vietnamese[:2]:
        translated = page.copy_for_translation(locale_en)
        translated.save_revision().publish()
        english.append(NewsArticlePage.objects.get(pk=translated.pk))
    cache.clear()
    return vietnamese, english


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return " | ".join(str(row[-1]) for row in cursor.fetchall())


def test_a_small_language_is_listed_by_id_and_a_big_one_by_date(
    two_languages, locale_vi, locale_en, monkeypatch
):
    vietnamese, english = two_languages
    monkeypatch.setattr(queries, "FEW_ARTICLES", 3)  # Vietnamese has 6: "many"
    assert set(queries._few_article_ids(locale_en.pk)) == {p.pk for p in english}
    assert queries._few_article_ids(locale_vi.pk) is None
    # Same results, newest first, either way.
    assert [p.pk for p in latest(locale_en, 5)] == [
        p.pk for p in sorted(english, key=lambda p: p.publish_date, reverse=True)
    ]
    assert [p.pk for p in latest(locale_vi, 5)] == [
        p.pk for p in sorted(vietnamese, key=lambda p: p.publish_date, reverse=True)[:5]
    ]
    if connection.vendor == "sqlite":
        assert "publish_date" not in _plan(articles(locale_en)[:5])
        assert "publish_date" in _plan(articles(locale_vi)[:5])


def test_the_list_of_ids_follows_publishing(two_languages, locale_en, make_article):
    _vietnamese, english = two_languages
    assert len(latest(locale_en, 5)) == 2
    english[0].unpublish()
    assert [p.pk for p in latest(locale_en, 5)] == [english[1].pk]


def test_a_language_without_articles_lists_none(db, news_index, locale_en, home_en):
    cache.clear()
    assert queries._few_article_ids(locale_en.pk) == []
    assert latest(locale_en, 5) == []
