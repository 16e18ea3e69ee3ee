"""An editor's title with markup in it is shown as text everywhere it appears: the page, its
listing, the home page, search, feeds, sitemap, JSON-LD, Open Graph and the API (issue 9)."""

import json
import xml.etree.ElementTree as ET  # noqa: S405 - parsing our own sitemap
from html.parser import HTMLParser

import feedparser
import pytest
from django.db import transaction
from wagtail.models import Page

from news.models import Author, NewsArticlePage, NewsCategory, NewsIndexPage
from policies.models import IssuingBody, PolicyIndexPage, PolicyPage
from showcase.models import CaseStudyIndexPage, CaseStudyPage, ProductGalleryPage, ProductPage
from website.models import HomePage, StandardPage

from .checks import html_problems, jsonld_blocks

pytestmark = pytest.mark.django_db

EVIL = '<script>alert("x")</script>"><img src=x onerror=alert(1)>'
WORD = "zyxkhuyen"  # a word only the edited pages have, to find them in search
ESCAPED = "&lt;script&gt;alert("

PAGE_FIELDS = {
    HomePage: ["intro"],
    StandardPage: ["intro"],
    NewsIndexPage: ["intro"],
    NewsArticlePage: ["lead", "hero_alt", "hero_caption", "hero_credit", "source"],
    CaseStudyIndexPage: ["intro"],
    CaseStudyPage: ["lead", "enterprise_name", "technology", "address", "contact_person"],
    ProductGalleryPage: ["intro"],
    ProductPage: ["producer_name", "producer_address"],
    PolicyIndexPage: ["guide_intro"],
    PolicyPage: ["signer"],
}


def _title(model):
    return f"{EVIL} {model.__name__} {WORD}"


def _pick(model):
    queryset = model.objects.live().filter(locale__language_code="vi")
    if model is NewsArticlePage:
        return queryset.order_by("-publish_date").first()
    if model in (CaseStudyPage, ProductPage):
        return queryset.order_by("-featured", "-first_published_at").first()
    return queryset.first()


@pytest.fixture(scope="module")
def evil(demo, django_db_blocker):
    """One live page of each type, its snippets and its tags, edited by an editor who typed
    markup into every plain-text field; rolled back after the module."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            pages = {}
            for model, fields in PAGE_FIELDS.items():
                page = _pick(model)
                assert page is not None, model
                page.title = _title(model)
                page.listing_title = ""
                page.listing_summary = f"{EVIL} {WORD}"
                page.search_description = EVIL
                page.social_text = EVIL
                for name in fields:
                    setattr(page, name, EVIL)
                if model is NewsArticlePage:
                    page.tags.add(f"{EVIL} thẻ")
                page.save_revision().publish()
                page.refresh_from_db()
                pages[model] = page
            article = pages[NewsArticlePage]
            NewsCategory.objects.filter(pk=article.category_id).update(name=EVIL, description=EVIL)
            Author.objects.filter(pk=article.author_id).update(name=EVIL, role=EVIL)
            IssuingBody.objects.filter(pk=pages[PolicyPage].issuing_body_id).update(name=EVIL)
            yield {model: Page.objects.get(pk=page.pk).specific for model, page in pages.items()}
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert not html_problems(html), (url, html_problems(html))
    return html


class _Meta(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta[key] = attrs.get("content")
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag):
        self._in_title = False


def _meta(html):
    parser = _Meta()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("model", list(PAGE_FIELDS), ids=lambda m: m.__name__)
def test_the_page_itself_shows_the_title_as_text(client, evil, model):
    page = evil[model]
    html = _html(client, page.url)
    assert ESCAPED in html
    meta = _meta(html)
    assert EVIL in meta.title
    if "og:title" in meta.meta:
        assert meta.meta["og:title"] == page.title
    for key in ("description", "og:description", "twitter:description"):
        if meta.meta.get(key):
            assert meta.meta[key].startswith(EVIL[:20]), (key, meta.meta[key])
    for block in jsonld_blocks(html):
        text = json.dumps(block, ensure_ascii=False)
        assert "alert" not in text or EVIL.replace('"', '\\"') in text


def test_the_article_json_ld_and_open_graph_keep_the_text(client, evil):
    article = evil[NewsArticlePage]
    html = _html(client, article.url)
    blocks = jsonld_blocks(html)
    assert blocks, "no JSON-LD"
    news_article = next(b for b in blocks if b["@type"] == "NewsArticle")
    assert news_article["headline"] == article.title[:110]
    assert news_article["author"][0]["name"] == EVIL
    assert news_article["articleSection"] == EVIL
    crumbs = next(b for b in blocks if b["@type"] == "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["name"] == article.title
    meta = _meta(html).meta
    assert meta["og:title"] == meta["twitter:title"] == article.title
    assert meta["article:section"] == EVIL


def test_listings_and_the_home_page_show_titles_as_text(client, evil):
    article = evil[NewsArticlePage]
    news = evil[NewsIndexPage]
    tag = article.tags.get(name=f"{EVIL} thẻ")
    urls = {
        "/": [HomePage, NewsArticlePage],
        news.url: [NewsIndexPage, NewsArticlePage],
        news.category_url(article.category): [NewsArticlePage],
        news.tag_url(tag): [NewsArticlePage],
        evil[CaseStudyIndexPage].url: [CaseStudyIndexPage, CaseStudyPage],
        evil[ProductGalleryPage].url: [ProductGalleryPage, ProductPage],
        evil[PolicyIndexPage].url: [PolicyIndexPage, PolicyPage],
        evil[PolicyIndexPage].guide_url() + "?go=1": [PolicyIndexPage],
    }
    for url, models in urls.items():
        html = _html(client, url)
        for model in models:
            escaped = _title(model).replace("<", "&lt;").replace(">", "&gt;")
            assert escaped.split('"', 1)[0] in html, (url, model.__name__)


def test_every_public_page_escapes_the_titles(client, evil):
    """Breadcrumbs, menus, related boxes, 'most read': every live page of both languages."""
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        _html(client, page.url)


def test_search_results_and_suggestions(client, evil):
    html = _html(client, f"/tim-kiem/?q={WORD}")
    assert html.count(ESCAPED) >= len(PAGE_FIELDS) - 1
    html = _html(client, f"/tim-kiem/?q=alert+{WORD}")
    response = client.get(f"/tim-kiem/goi-y/?q={WORD}")
    assert response["Content-Type"] == "application/json"
    titles = [item["title"] for item in response.json()["results"]]
    assert any(title.startswith(EVIL) for title in titles)


@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feeds_are_well_formed_and_carry_the_text(client, evil, feed):
    news = evil[NewsIndexPage]
    article = evil[NewsArticlePage]
    for url in (news.feed_url(feed), news.feed_url(feed, article.category)):
        response = client.get(url)
        assert response.status_code == 200
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        titles = [entry.title for entry in parsed.entries]
        assert article.title in titles
        assert EVIL in parsed.feed.title or article.category.name in parsed.feed.title


def test_sitemap_is_well_formed(client, evil):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ET.fromstring(response.content)  # noqa: S314 - our own output


@pytest.mark.parametrize("model", list(PAGE_FIELDS), ids=lambda m: m.__name__)
def test_the_api_gives_the_title_as_json_text(client, evil, model):
    page = evil[model]
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["title"] == page.title
    response = client.get(f"/api/v2/pages/?search={WORD}&fields=title")
    assert response.status_code == 200, response.content[:300]
    assert page.title in [item["title"] for item in response.json()["items"]]
