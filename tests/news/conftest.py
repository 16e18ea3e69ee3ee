"""Fixtures for the news tests: an index per language and a way to add articles."""

import datetime as dt
import zoneinfo

import pytest
from wagtail.models import PageViewRestriction

from demo.build import demo_image
from news.factories import AuthorFactory, NewsArticlePageFactory, NewsCategoryFactory
from news.models import NewsIndexPage
from website.models import Province, Sector

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def news_index(home):
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc", intro="Tin hoạt động khuyến công.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def news_index_en(news_index, home_en, locale_en):
    index = news_index.copy_for_translation(locale_en)
    index.title = "News"
    index.slug = "news"
    index.intro = "News of the programme."
    index.save_revision().publish()
    index.refresh_from_db()
    return index.specific


@pytest.fixture
def category(locale_vi):
    return NewsCategoryFactory(name="Đào tạo, tập huấn", slug="dao-tao", locale=locale_vi)


@pytest.fixture
def other_category(locale_vi):
    return NewsCategoryFactory(name="Hội chợ, triển lãm", slug="hoi-cho", locale=locale_vi)


@pytest.fixture
def author(locale_vi):
    return AuthorFactory(locale=locale_vi)


@pytest.fixture
def image(db):
    return demo_image("Máy cắt dây CNC", width=400, height=300, description="Máy cắt dây CNC")


@pytest.fixture
def make_article(news_index, category, author):
    """make_article(title=..., tags=[...], provinces=[...], sectors=[...], live=True,
    private=False, **fields); provinces and sectors as taxonomy slugs."""

    def make(
        title="Bài viết",
        *,
        parent=None,
        tags=(),
        provinces=(),
        sectors=(),
        live=True,
        private=False,
        **fields,
    ):
        fields.setdefault("category", category)
        fields.setdefault("author", author)
        fields.setdefault("publish_date", dt.datetime(2025, 5, 20, 15, 58, tzinfo=HANOI))
        page = NewsArticlePageFactory.build(title=title, **fields)
        if "slug" not in fields:
            page.slug = None
            page.full_clean(exclude=["path", "depth", "translation_key", "locale"])
        page.live = False
        parent = parent or news_index
        page.locale = parent.locale
        page.provinces = list(Province.objects.filter(locale=parent.locale, slug__in=provinces))
        page.sectors = list(Sector.objects.filter(locale=parent.locale, slug__in=sectors))
        parent.add_child(instance=page)
        for tag in tags:
            page.tags.add(tag)
        revision = page.save_revision()
        if live:
            revision.publish()
        page.refresh_from_db()
        if private:
            PageViewRestriction.objects.create(page=page, restriction_type="login")
        return page

    return make
