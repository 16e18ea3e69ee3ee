"""hreflang on the news listings' routes: a category page names its own translation
(not the news index), both ways, with x-default the Vietnamese page; a category nobody
translated names only itself. The sitemap gives category pages the same pairs."""

import re
import xml.etree.ElementTree as ET

import pytest

from news.factories import NewsCategoryFactory

ORIGIN = "https://khuyencong.example"


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def canonical(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


@pytest.fixture
def category_en(category, locale_en):
    return NewsCategoryFactory(
        name="Training",
        slug="training",
        locale=locale_en,
        translation_key=category.translation_key,
    )


@pytest.mark.django_db
def test_category_pages_name_each_other(
    site_origin, client, make_article, news_index_en, category_en
):
    make_article("Khai giảng lớp đào tạo thợ hàn")
    vi_url, en_url = f"{ORIGIN}/tin-tuc/chuyen-muc/dao-tao/", f"{ORIGIN}/en/news/category/training/"
    pair = {"vi": vi_url, "en": en_url, "x-default": vi_url}
    vi = client.get("/tin-tuc/chuyen-muc/dao-tao/").content.decode()
    en = client.get("/en/news/category/training/").content.decode()
    assert alternates(vi) == alternates(en) == pair
    assert canonical(vi) == vi_url
    assert canonical(en) == en_url
    # The language switcher goes to the same category too.
    assert 'href="/en/news/category/training/" hreflang="en"' in vi
    # A filtered or later page of the listing names the listing's pair.
    assert alternates(client.get("/tin-tuc/chuyen-muc/dao-tao/?year=2025").content.decode()) == pair
    # The index keeps its own pair.
    index = client.get("/tin-tuc/").content.decode()
    assert alternates(index) == {
        "vi": f"{ORIGIN}/tin-tuc/",
        "en": f"{ORIGIN}/en/news/",
        "x-default": f"{ORIGIN}/tin-tuc/",
    }


@pytest.mark.django_db
def test_untranslated_category_names_only_itself(site_origin, client, make_article, news_index_en):
    make_article("Khai giảng lớp đào tạo thợ hàn")
    html = client.get("/tin-tuc/chuyen-muc/dao-tao/").content.decode()
    own = f"{ORIGIN}/tin-tuc/chuyen-muc/dao-tao/"
    assert alternates(html) == {"vi": own, "x-default": own}
    # The switcher still leads to the English news.
    assert 'href="/en/news/" hreflang="en"' in html


@pytest.mark.django_db
def test_sitemap_pairs_category_pages(site_origin, client, news_index_en, category_en):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.find("s:loc", ns).text: url for url in root.findall("s:url", ns)}
    expected = {
        "vi": f"{ORIGIN}/tin-tuc/chuyen-muc/dao-tao/",
        "en": f"{ORIGIN}/en/news/category/training/",
    }
    for location in expected.values():
        links = urls[location].findall("x:link", ns)
        assert {link.get("hreflang"): link.get("href") for link in links} == expected
