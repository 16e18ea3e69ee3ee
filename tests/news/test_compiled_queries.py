"""Querysets compiled once per shape (``website.compiled.compiled_objects``): every later call
finds its own rows, with the related objects and prefetches of a plain queryset."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from news import queries
from news.models import CommentStatus, NewsArticlePage, ReaderComment
from website.renditions import attach_renditions


@pytest.mark.django_db
def test_each_call_routes_its_own_slug_with_what_the_page_shows(
    make_article, news_index, other_category
):
    first = make_article("Bài thứ nhất", tags=["cơ khí", "đào tạo"])
    second = make_article("Bài thứ hai", category=other_category, tags=["gốm sứ"])
    draft = make_article("Bản nháp", live=False)

    for article, tags in ((first, ["cơ khí", "đào tạo"]), (second, ["gốm sứ"]), (draft, [])):
        category, author = article.category.name, article.author.name
        found = queries.routed_article(news_index, article.slug)
        assert found.pk == article.pk
        with CaptureQueriesContext(connection) as reading:
            assert found.title == article.title
            assert found.category.name == category  # select_related
            assert found.author.name == author
            assert found.locale.language_code == "vi"
            assert sorted(tag.name for tag in found.tag_list) == tags  # prefetched
        assert reading.captured_queries == []
    assert queries.routed_article(news_index, "khong-co-bai-nay") is None


@pytest.mark.django_db
def test_the_index_is_part_of_the_statement_not_a_value(make_article, news_index, news_index_en):
    article = make_article("Chỉ có tiếng Việt", slug="chung-mot-slug")
    make_article("Only in English", slug="chung-mot-slug", parent=news_index_en)

    assert queries.routed_article(news_index, "chung-mot-slug").pk == article.pk
    in_english = queries.routed_article(news_index_en, "chung-mot-slug")
    assert in_english.title == "Only in English"
    assert in_english.locale.language_code == "en"


@pytest.mark.django_db
def test_related_cards_and_renditions_of_each_call_are_their_own(make_article, image):
    Image = get_image_model()
    other = Image.objects.get(pk=image.pk)
    other.pk = None
    other.save()
    pages = [make_article(f"Bài {n}", tags=["chung"], hero_image=image) for n in range(3)]
    pages.append(make_article("Bài có ảnh khác", tags=["chung"], hero_image=other))
    for picture in (image, other):
        picture.get_rendition("fill-240x160")

    for page in pages:
        cards = queries.related_articles(NewsArticlePage.objects.get(pk=page.pk))
        assert page.pk not in [card.pk for card in cards]
        assert len(cards) == 3

    for given in ([image], [image, other], [other]):
        fresh = [Image.objects.get(pk=picture.pk) for picture in given]
        attach_renditions(fresh)
        for picture in fresh:
            assert [r.image_id for r in picture.prefetched_renditions] == [picture.pk]
            with CaptureQueriesContext(connection) as reading:
                found = picture.get_renditions("fill-240x160")["fill-240x160"]
            assert reading.captured_queries == []
            assert found.image_id == picture.pk


@pytest.mark.django_db
def test_each_article_gets_its_own_approved_comments_oldest_first(make_article):
    first, second = make_article("Bài một"), make_article("Bài hai")
    for article, names in ((first, ["Lan", "Minh"]), (second, ["Hùng"])):
        for name in reversed(names):
            ReaderComment.objects.create(
                article=article, name=name, body="Hay.", status=CommentStatus.APPROVED
            )
        ReaderComment.objects.create(article=article, name="Chờ duyệt", body="…")
    ReaderComment.objects.filter(name="Minh").update(
        created_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    )

    for article, names in ((first, ["Lan", "Minh"]), (second, ["Hùng"]), (first, ["Lan", "Minh"])):
        fresh = NewsArticlePage.objects.get(pk=article.pk)
        assert [comment.name for comment in fresh.approved_comments] == names


@pytest.mark.django_db
@pytest.mark.parametrize("few", [True, False], ids=["listed-by-ids", "many-articles"])
def test_latest_follows_each_publish_in_both_ways_of_listing(
    make_article, news_index_en, monkeypatch, few
):
    """The home page's newest articles, compiled once per shape: a language listed by
    ids (padded to a power of two) and one with many articles, as more are published."""
    if not few:
        monkeypatch.setattr(queries, "FEW_ARTICLES", 0)
    assert queries.latest("en", 3) == []
    published = []
    for day in (3, 1, 7, 5, 2):
        published.append(
            make_article(
                f"Story {day}",
                parent=news_index_en,
                publish_date=dt.datetime(2025, 6, day, 8, 0, tzinfo=dt.UTC),
            )
        )
        newest = sorted(published, key=lambda page: page.publish_date, reverse=True)[:3]
        found = queries.latest("en", 3)
        assert [page.title for page in found] == [page.title for page in newest]
    make_article("Bài tiếng Việt", publish_date=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
    assert [page.title for page in queries.latest("en", 2)] == ["Story 7", "Story 5"]
    assert [page.title for page in queries.latest("vi", 2)] == ["Bài tiếng Việt"]


def test_a_list_of_ids_is_padded_to_a_power_of_two():
    assert queries._padded([5]) == [5]
    assert queries._padded([5, 6, 7]) == [5, 6, 7, 7]
    assert queries._padded(list(range(1, 9))) == list(range(1, 9))
    assert len(queries._padded(list(range(2000)))) == 2048
