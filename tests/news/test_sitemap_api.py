"""sitemap.xml, robots.txt and the public read API."""

import xml.etree.ElementTree as ET

import pytest

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def translated(make_article, news_index_en, image):
    page = make_article("Bài có bản dịch", tags=["cơ khí"], hero_image=image)
    english = page.copy_for_translation(news_index_en.locale).specific
    english.title = "Translated article"
    english.slug = "translated-article"
    english.save_revision().publish()
    return page, english


@pytest.mark.django_db
def test_sitemap_lists_live_public_pages_in_both_languages(
    site_origin, client, make_article, translated
):
    make_article("Bài chỉ tiếng Việt")
    make_article("Bản nháp", live=False)
    make_article("Tin nội bộ", private=True)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    urls = {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}
    assert "https://khuyencong.example/" in urls
    assert "https://khuyencong.example/en/" in urls
    assert "https://khuyencong.example/tin-tuc/" in urls
    assert "https://khuyencong.example/en/news/" in urls
    assert "https://khuyencong.example/tin-tuc/bai-chi-tieng-viet/" in urls
    assert "https://khuyencong.example/tin-tuc/chuyen-muc/dao-tao/" in urls
    assert not any("ban-nhap" in loc or "tin-noi-bo" in loc for loc in urls)
    article = urls["https://khuyencong.example/tin-tuc/bai-co-ban-dich/"]
    assert article.find("s:lastmod", NS) is not None
    alternates = {link.get("hreflang"): link.get("href") for link in article.findall("x:link", NS)}
    assert alternates == {
        "vi": "https://khuyencong.example/tin-tuc/bai-co-ban-dich/",
        "en": "https://khuyencong.example/en/news/translated-article/",
    }
    assert not urls["https://khuyencong.example/tin-tuc/bai-chi-tieng-viet/"].findall("x:link", NS)


@pytest.mark.django_db
def test_robots_points_to_the_sitemap(site_origin, client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Disallow: /tim-kiem/" in text
    assert "Sitemap: https://khuyencong.example/sitemap.xml" in text


@pytest.mark.django_db
def test_api_filters_articles_by_type_and_locale(client, make_article, translated):
    make_article("Bản nháp", live=False)
    make_article("Tin nội bộ", private=True)
    response = client.get("/api/v2/pages/?type=news.NewsArticlePage&fields=*")
    assert response.status_code == 200
    items = response.json()["items"]
    titles = {item["title"] for item in items}
    assert titles == {"Bài có bản dịch", "Translated article"}
    vi = client.get("/api/v2/pages/?type=news.NewsArticlePage&locale=vi&fields=*").json()["items"]
    assert [item["title"] for item in vi] == ["Bài có bản dịch"]
    item = vi[0]
    assert item["lead"] == "Sa pô của bài viết."
    assert item["publish_date"].startswith("2025-05-20T15:58:00+07:00")
    assert item["category"] == {"name": "Đào tạo, tập huấn", "slug": "dao-tao"}
    assert item["tags"] == ["cơ khí"]
    assert item["author"] == {
        "name": "Trần Đức Khải",
        "role": "Cục trưởng Cục Công Thương địa phương",
    }
    assert item["hero_image_webp"]["url"].endswith(".webp")
    assert item["hero_image_jpeg"]["url"].endswith(".jpg")
    assert item["hero_image_thumbnail"]["width"] <= 480
    assert item["view_count"] == 0
    assert isinstance(item["body"], list)
    en = client.get("/api/v2/pages/?type=news.NewsArticlePage&locale=en").json()["items"]
    assert [item["title"] for item in en] == ["Translated article"]


@pytest.mark.django_db
def test_api_detail_hides_drafts_and_private_pages(client, make_article):
    draft = make_article("Bản nháp", live=False)
    private = make_article("Tin nội bộ", private=True)
    public = make_article("Tin công khai")
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{public.pk}/").json()["title"] == "Tin công khai"


@pytest.mark.django_db
def test_api_is_read_only_and_bad_filters_are_400(client, make_article):
    page = make_article("Tin công khai")
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert client.delete(f"/api/v2/pages/{page.pk}/").status_code == 405
    assert client.get("/api/v2/pages/?type=news.Khong").status_code == 400
    assert client.get("/api/v2/pages/?locale=xx").status_code in (400, 404)
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200
