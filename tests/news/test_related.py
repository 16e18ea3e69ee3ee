"""Related articles ("Tin liên quan"): what is picked and in which order."""

import datetime as dt

import pytest

from news.models import NewsArticlePage, NewsRelatedArticle
from news.queries import related_articles

from .conftest import HANOI


def day(n):
    return dt.datetime(2025, 5, n, 9, 0, tzinfo=HANOI)


def titles(pages):
    return [page.title for page in pages]


@pytest.mark.django_db
def test_editor_picks_first_in_their_order_then_tags_category_and_date(
    make_article, category, other_category
):
    page = make_article("Bài chính", tags=["cơ khí", "đào tạo"], publish_date=day(20))
    first_pick = make_article("Chọn thứ nhất", category=other_category, publish_date=day(1))
    second_pick = make_article("Chọn thứ hai", category=other_category, publish_date=day(2))
    make_article("Cùng chuyên mục, mới", publish_date=day(19))
    make_article("Cùng chuyên mục, cũ", publish_date=day(3))
    make_article(
        "Hai thẻ", category=other_category, tags=["cơ khí", "đào tạo"], publish_date=day(4)
    )
    make_article("Một thẻ", category=other_category, tags=["đào tạo"], publish_date=day(5))
    make_article("Không liên quan", category=other_category, publish_date=day(21))
    page = NewsArticlePage.objects.get(pk=page.pk)
    page.related_links = [
        NewsRelatedArticle(article=second_pick, sort_order=1),
        NewsRelatedArticle(article=first_pick, sort_order=0),
    ]
    page.save_revision().publish()
    page = NewsArticlePage.objects.get(pk=page.pk)

    assert titles(related_articles(page, limit=10)) == [
        "Chọn thứ nhất",
        "Chọn thứ hai",
        "Hai thẻ",
        "Một thẻ",
        "Cùng chuyên mục, mới",
        "Cùng chuyên mục, cũ",
    ]
    assert titles(related_articles(page)) == titles(related_articles(page, limit=10))[:4]
    cards = related_articles(page)
    assert all(card.category is not None for card in cards)  # ready for cards


@pytest.mark.django_db
def test_unsaved_picks_of_a_preview_count(make_article, other_category):
    page = make_article("Bài chính", publish_date=day(20))
    make_article("Cùng chuyên mục", publish_date=day(19))
    pick = make_article("Chọn trong bản xem trước", category=other_category, publish_date=day(1))
    page = NewsArticlePage.objects.get(pk=page.pk)
    page.related_links = [NewsRelatedArticle(article=pick)]  # not saved: a preview
    assert titles(related_articles(page)) == ["Chọn trong bản xem trước", "Cùng chuyên mục"]


@pytest.mark.django_db
def test_an_english_article_gets_the_english_versions_of_the_picks(
    make_article, other_category, news_index_en
):
    locale_en = news_index_en.locale
    page = make_article("Bài chính", publish_date=day(20))
    pick = make_article("Bài được chọn", category=other_category, publish_date=day(1))
    make_article("Chỉ có tiếng Việt", publish_date=day(19))
    page.related_links = [NewsRelatedArticle(article=pick)]
    page.save_revision().publish()

    def translate(article, title):
        english = article.copy_for_translation(locale_en).specific
        english.title = title
        english.slug = None
        english.full_clean(exclude=["path", "depth", "translation_key", "locale"])
        english.save_revision().publish()
        return NewsArticlePage.objects.get(pk=english.pk)

    translate(pick, "The chosen article")
    english_page = translate(NewsArticlePage.objects.get(pk=page.pk), "The main article")

    related = related_articles(english_page)
    assert titles(related) == ["The chosen article"]
    assert {article.locale_id for article in related} == {locale_en.pk}


@pytest.mark.django_db
def test_a_new_articles_preview_after_a_saved_articles_ranking(make_article, category):
    """The ranking's statement is built once per shape: a preview of an article not yet
    saved (no id) must not reuse the saved article's, whose "never itself" needs one."""
    saved = make_article("Đã lưu", publish_date=day(20))
    make_article("Cùng chuyên mục", publish_date=day(19))
    assert titles(related_articles(saved)) == ["Cùng chuyên mục"]
    new = NewsArticlePage(title="Bản xem trước", category=category, locale=saved.locale)
    assert titles(related_articles(new)) == ["Đã lưu", "Cùng chuyên mục"]
    assert titles(related_articles(saved)) == ["Cùng chuyên mục"]
