"""Factories for the news (wagtail-factories)."""

import datetime as dt
import zoneinfo

import factory
import wagtail_factories
from wagtail.models import Locale

from news.models import Author, NewsArticlePage, NewsCategory, NewsIndexPage

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def _locale(code="vi"):
    return Locale.objects.get_or_create(language_code=code)[0]


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")
    locale = factory.LazyFunction(_locale)

    class Meta:
        model = NewsCategory


class AuthorFactory(factory.django.DjangoModelFactory):
    name = "Trần Đức Khải"
    role = "Cục trưởng Cục Công Thương địa phương"
    locale = factory.LazyFunction(_locale)

    class Meta:
        model = Author


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức"
    slug = "tin-tuc"
    intro = "Tin hoạt động khuyến công."

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài viết số {n}")
    slug = factory.Sequence(lambda n: f"bai-viet-{n}")
    lead = "Sa pô của bài viết."
    publish_date = factory.Sequence(
        lambda n: dt.datetime(2025, 1, 1, 8, 0, tzinfo=HANOI) + dt.timedelta(days=n)
    )
    category = factory.SubFactory(NewsCategoryFactory)
    author = factory.SubFactory(AuthorFactory)

    class Meta:
        model = NewsArticlePage
