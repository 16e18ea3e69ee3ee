"""Page-tree rules and editing rules of the news pages."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from news.models import NewsArticlePage, NewsIndexPage
from website.models import HomePage


class TestNewsTreeRules(WagtailPageTestCase):
    def test_index_under_home_and_articles_under_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())


@pytest.mark.django_db
def test_one_news_index_per_language(home, news_index, home_en):
    assert not NewsIndexPage.can_create_at(home)
    assert NewsIndexPage.can_create_at(home_en)


@pytest.mark.django_db
def test_publish_date_defaults_to_first_publication(make_article):
    page = make_article("Bài chưa có ngày", publish_date=None)
    assert page.publish_date is not None
    assert page.publish_date == page.first_published_at


@pytest.mark.django_db
def test_editor_chosen_publish_date_is_kept(make_article):
    date = dt.datetime(2019, 5, 20, 8, 58, tzinfo=dt.UTC)
    page = make_article("Bài cũ", publish_date=date)
    assert page.publish_date == date


@pytest.mark.django_db
def test_slug_from_vietnamese_title_is_ascii(make_article):
    page = make_article("Đào tạo nghề đan lát ở Đắk Lắk")
    assert page.slug == "dao-tao-nghe-dan-lat-o-dak-lak"


@pytest.mark.django_db
def test_hero_image_needs_alt_text(make_article, image):
    image.description = ""
    image.save()
    with pytest.raises(ValidationError) as error:
        make_article("Bài có ảnh", slug="bai-co-anh", hero_image=image)
    assert "hero_alt" in error.value.message_dict
    page = make_article(
        "Bài có ảnh", slug="bai-co-anh-2", hero_image=image, hero_alt="Máy cắt dây CNC trong xưởng"
    )
    assert page.hero_alt_text == "Máy cắt dây CNC trong xưởng"


@pytest.mark.django_db
def test_slug_may_not_shadow_the_feeds(make_article):
    with pytest.raises(ValidationError) as error:
        make_article("Bài viết", slug="rss")
    assert "slug" in error.value.message_dict
