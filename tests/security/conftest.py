"""The demo site, loaded once for the security tests, and its public URLs."""

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage, NewsTag
from policies.models import PolicyIndexPage, PolicyPage
from showcase.models import CaseStudyIndexPage, CaseStudyPage, ProductGalleryPage, ProductPage

NEWS = ["category", "tag", "year", "month", "page"]
CASE_STUDIES = ["region", "province", "sector", "support", "year", "min", "max", "sort", "page"]
PRODUCTS = ["level", "group", "province", "year", "page"]
FINDER = ["q", "support", "beneficiary", "sector", "region", "province", "type", "issuer"]
FINDER += ["status", "year", "sort", "page"]
GUIDE = ["kind", "size", "province", "sector", "needs", "go"]
API_PAGES = ["type", "locale", "fields", "order", "limit", "offset", "search", "child_of"]
API_PAGES += ["descendant_of", "id", "slug", "search_operator", "translation_of", "has_children"]
API_MEDIA = ["fields", "order", "limit", "offset", "search", "tags", "id"]


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this folder and rolled back after it, and the
    public URLs that take parameters, each with its parameter names."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
            yield _discover()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _first(model, language="vi", **filters):
    return model.objects.live().filter(locale__language_code=language, **filters).first()


def _discover():
    urls = {}
    for language in ("vi", "en"):
        news = _first(NewsIndexPage, language)
        category = NewsCategory.objects.filter(locale_id=news.locale_id).first()
        urls[f"news-{language}"] = (news.url, NEWS)
        urls[f"news-category-{language}"] = (news.category_url(category), NEWS)
        urls[f"news-rss-{language}"] = (news.feed_url("rss"), ["page", "category"])
        urls[f"news-category-atom-{language}"] = (news.feed_url("atom", category), ["page"])
        urls[f"case-studies-{language}"] = (_first(CaseStudyIndexPage, language).url, CASE_STUDIES)
        urls[f"products-{language}"] = (_first(ProductGalleryPage, language).url, PRODUCTS)
        finder = _first(PolicyIndexPage, language)
        urls[f"finder-{language}"] = (finder.url, FINDER)
        urls[f"guide-{language}"] = (finder.guide_url(), GUIDE)
    news = _first(NewsIndexPage)
    tag = NewsTag.objects.filter(tagged_articles__isnull=False).first()
    urls["news-tag"] = (news.tag_url(tag), NEWS)
    article = _first(NewsArticlePage)
    urls["article"] = (article.url, ["page", "utm_source"])
    urls["case-study"] = (_first(CaseStudyPage).url, ["page", "sort"])
    urls["product"] = (_first(ProductPage).url, ["page", "image"])
    urls["policy"] = (_first(PolicyPage).url, ["page", "q"])
    urls["home"] = ("/", ["q", "page"])
    urls["search"] = ("/tim-kiem/", ["q", "type", "page"])
    urls["search-en"] = ("/en/search/", ["q", "type", "page"])
    urls["suggest"] = ("/tim-kiem/goi-y/", ["q"])
    urls["api-pages"] = ("/api/v2/pages/", API_PAGES)
    urls["api-page"] = (f"/api/v2/pages/{article.pk}/", ["fields", "type"])
    urls["api-images"] = ("/api/v2/images/", API_MEDIA)
    urls["api-documents"] = ("/api/v2/documents/", API_MEDIA)
    urls["sitemap"] = ("/sitemap.xml", ["p"])
    urls["robots"] = ("/robots.txt", ["q"])
    urls["healthz"] = ("/healthz", ["q"])
    document = get_document_model().objects.first()
    urls["document"] = (document.url, ["download"]) if document else ("/documents/1/x.pdf", [])
    image = get_image_model().objects.first()
    rendition = image.get_rendition("fill-300x200")
    urls["media"] = (rendition.url, ["v"])
    return {
        "urls": urls,
        "article": article,
        "product": _first(ProductPage),
        "product_en": _first(ProductPage, "en"),
        "news": news,
    }
