"""An article as a reader sees it, and what it tells search engines and social networks."""

import datetime as dt
import json
import re
import zoneinfo
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsArticlePage, NewsRelatedArticle
from website.counter import record_view

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
ARTICLE_BUDGET = 26  # 9 of them the article's own; the rest routing and site chrome
BODY = [
    {"type": "paragraph", "value": "<p>Đoạn mở đầu của bài.</p>"},
    {
        "type": "image",
        "value": {
            "image": {"image": None, "alt_text": "Máy cắt dây CNC", "decorative": False},
            "caption": "Máy cắt dây CNC được hỗ trợ từ kinh phí khuyến công quốc gia năm 2018",
            "credit": "Ảnh: Trung tâm Khuyến công",
            "alignment": "full",
        },
    },
    {
        "type": "quote",
        "value": {
            "text": "Làm đúng ngay từ đầu.",
            "attribution": "Nguyễn Văn A",
            "role": "Giám đốc",
        },
    },
]


def body_with(image, repeat=1):
    blocks = []
    for _ in range(repeat):
        for block in BODY:
            block = json.loads(json.dumps(block))
            if block["type"] == "image":
                block["value"]["image"]["image"] = image.pk
            blocks.append(block)
    return json.dumps(blocks)


class Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


def jsonld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


@pytest.fixture
def article(make_article, image):
    page = make_article(
        "Năm ưu tiên của chương trình khuyến công",
        lead="Đổi mới máy móc và sản xuất sạch hơn là hai ưu tiên.",
        hero_image=image,
        hero_caption="Xưởng cơ khí ở Hưng Yên",
        hero_credit="Ảnh: Nguyễn Thị Thu",
        body=body_with(image),
        source="Cục Công Thương địa phương",
        tags=["cơ khí", "sản xuất sạch hơn"],
        publish_date=dt.datetime(2019, 5, 20, 15, 58, tzinfo=HANOI),
    )
    record_view(page.pk, by=1731)
    return page


@pytest.mark.django_db
def test_reader_sees_date_views_byline_captions_category_and_tags(client, article):
    html = client.get(article.url).content.decode()
    assert '<h1 class="article__title">Năm ưu tiên của chương trình khuyến công</h1>' in html
    assert "20/05/2019 15:58" in html
    assert "Lượt xem: 1.731" in html
    assert "Trần Đức Khải" in html and "Cục trưởng Cục Công Thương địa phương" in html
    assert "Máy cắt dây CNC được hỗ trợ từ kinh phí khuyến công quốc gia năm 2018" in html
    assert "Xưởng cơ khí ở Hưng Yên" in html and "Ảnh: Nguyễn Thị Thu" in html
    assert '<a href="/tin-tuc/chuyen-muc/dao-tao/">Đào tạo, tập huấn</a>' in html
    assert 'href="/tin-tuc/the/co-khi/" rel="tag">cơ khí</a>' in html
    assert "Nguồn: Cục Công Thương địa phương" in html
    assert "Làm đúng ngay từ đầu." in html


@pytest.mark.django_db
def test_english_article_shows_english_date_and_switches_back(client, article, news_index_en):
    english = article.copy_for_translation(news_index_en.locale).specific
    english.title = "Five priorities of industrial promotion"
    english.slug = "five-priorities"
    english.save_revision().publish()
    html = client.get("/en/news/five-priorities/").content.decode()
    assert "20 May 2019" in html
    assert "Views: 0" in html
    assert '<a href="/tin-tuc/nam-uu-tien-cua-chuong-trinh-khuyen-cong/" hreflang="vi"' in html
    vi_html = client.get(article.url).content.decode()
    assert '<a href="/en/news/five-priorities/" hreflang="en" lang="en">English</a>' in vi_html


@pytest.mark.django_db
def test_untranslated_article_switches_to_english_home(client, article, home_en):
    html = client.get(article.url).content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in html


@pytest.mark.django_db
def test_share_and_print_links_need_no_third_party_script(site_origin, client, article):
    html = client.get(article.url).content.decode()
    url = "https%3A%2F%2Fkhuyencong.example%2Ftin-tuc%2Fnam-uu-tien-cua-chuong-trinh-khuyen-cong%2F"
    assert f"https://www.facebook.com/sharer/sharer.php?u={url}" in html
    assert f"https://sp.zalo.me/plugins/share?url={url}" in html
    assert f"https://twitter.com/intent/tweet?url={url}" in html
    assert 'href="mailto:?subject=' in html
    assert "data-copy-link" in html and "Sao chép liên kết" in html
    assert 'class="print-only article__print-info">https://khuyencong.example/tin-tuc/' in html
    assert "data-print" in html and "In bài" in html
    scripts = re.findall(r"<script[^>]*>", html)
    assert all('type="application/ld+json"' in s or 'src="/static/' in s for s in scripts)
    assert "style=" not in html


@pytest.mark.django_db
def test_open_graph_twitter_canonical_and_jsonld(site_origin, client, article):
    html = client.get(article.url).content.decode()
    full = "https://khuyencong.example/tin-tuc/nam-uu-tien-cua-chuong-trinh-khuyen-cong/"
    assert f'<link rel="canonical" href="{full}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{full}">' in html
    assert re.search(
        r'<meta property="og:image" content="https://khuyencong.example/media/images/[^"]+\.jpg">',
        html,
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert (
        '<meta name="description" content="Đổi mới máy móc và sản xuất sạch hơn là hai ưu tiên.">'
        in html
    )
    data = jsonld(html)
    article_ld = next(d for d in data if d["@type"] == "NewsArticle")
    crumbs = next(d for d in data if d["@type"] == "BreadcrumbList")
    assert article_ld["headline"] == "Năm ưu tiên của chương trình khuyến công"
    assert article_ld["datePublished"].startswith("2019-05-20T15:58:00+07:00")
    assert article_ld["dateModified"]
    assert article_ld["author"][0] == {
        "@type": "Person",
        "name": "Trần Đức Khải",
        "jobTitle": "Cục trưởng Cục Công Thương địa phương",
    }
    assert article_ld["image"][0].startswith("https://khuyencong.example/media/")
    assert (
        article_ld["publisher"]["logo"]["url"] == "https://khuyencong.example/static/img/logo.svg"
    )
    assert article_ld["publisher"]["@type"] == "GovernmentOrganization"
    assert [item["position"] for item in crumbs["itemListElement"]] == [1, 2, 3]
    assert [item["item"] for item in crumbs["itemListElement"]] == [
        "https://khuyencong.example/",
        "https://khuyencong.example/tin-tuc/",
        full,
    ]


@pytest.mark.django_db
def test_every_image_has_alt_text_and_webp_with_fallback(client, article):
    html = client.get(article.url).content.decode()
    parser = Images()
    parser.feed(html)
    assert len(parser.images) >= 3  # logo, hero, body image (and the noscript pixel)
    assert all("alt" in img for img in parser.images)
    hero = next(img for img in parser.images if img.get("fetchpriority") == "high")
    assert hero["alt"] == "Máy cắt dây CNC"
    assert 'type="image/webp"' in html
    assert re.search(r'<img[^>]+src="/media/images/[^"]+\.jpg"', html)
    assert "srcset=" in html


@pytest.mark.django_db
def test_related_articles_manual_first_never_itself_or_drafts(
    client, make_article, category, other_category
):
    page = make_article("Bài chính", tags=["cơ khí", "đào tạo"])
    chosen = make_article("Bài biên tập viên chọn", category=other_category)
    two_tags = make_article("Chung hai thẻ", category=other_category, tags=["cơ khí", "đào tạo"])
    one_tag = make_article("Chung một thẻ", category=other_category, tags=["cơ khí"])
    make_article("Bản nháp chung thẻ", tags=["cơ khí", "đào tạo"], live=False)
    make_article("Bài riêng tư chung thẻ", tags=["cơ khí", "đào tạo"], private=True)
    make_article("Không liên quan", category=other_category)
    page = NewsArticlePage.objects.get(pk=page.pk)
    page.related_links = [NewsRelatedArticle(article=chosen)]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    related = html[html.index('id="related-title"') :]
    titles = re.findall(r'news-card__title"><a href="[^"]+">([^<]+)</a>', related)
    assert titles[0] == "Bài biên tập viên chọn"
    assert titles[1:3] == ["Chung hai thẻ", "Chung một thẻ"]
    assert "Bài chính" not in titles
    assert "Bản nháp chung thẻ" not in related
    assert "Bài riêng tư chung thẻ" not in related
    assert two_tags.pk and one_tag.pk


@pytest.mark.django_db
def test_closed_comments_are_announced(client, make_article):
    page = make_article("Bài đóng ý kiến", reader_comments_open=False)
    html = client.get(page.url).content.decode()
    assert "Bài viết này không nhận ý kiến bạn đọc." in html
    assert 'id="y-kien-ban-doc"' in html


@pytest.mark.django_db
def test_drafts_and_private_articles_are_not_served(client, make_article):
    draft = make_article("Bản nháp", live=False)
    private = make_article("Riêng tư", private=True)
    assert client.get("/tin-tuc/ban-nhap/").status_code == 404
    response = client.get(private.url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert draft.pk


def _article_queries(client, url):
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_article_query_count_does_not_grow_with_blocks_tags_or_articles(
    client, make_article, image
):
    make_article("Bài cùng thẻ", hero_image=image, tags=["a"])
    small = make_article("Bài ngắn", hero_image=image, body=body_with(image), tags=["a"])
    few = _article_queries(client, small.url)
    for number in range(15):
        make_article(f"Bài khác {number}", hero_image=image, tags=["a", f"t{number}"])
    big = make_article(
        "Bài dài",
        hero_image=image,
        body=body_with(image, repeat=12),
        tags=[f"thẻ {n}" for n in range(12)] + ["a"],
    )
    many = _article_queries(client, big.url)
    assert many == few
    assert many <= ARTICLE_BUDGET


@pytest.mark.django_db
def test_articles_are_named_in_the_search_type_facet(client, make_article):
    make_article("Máy sấy nông sản cho hợp tác xã")
    response = client.get("/tim-kiem/", {"q": "máy sấy"})
    labels = {facet["key"]: str(facet["label"]) for facet in response.context["facets"]}
    assert labels["news.newsarticlepage"] == "Tin tức"
    assert response.context["total"] == 1
