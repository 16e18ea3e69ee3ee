"""The news in a real browser: listing and article from 375 px, beacon, share, language."""

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]
ARTICLE = "/tin-tuc/uu-tien-giai-doan-moi/"
READER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0 Safari/537.36"
)


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize(
    "path, name",
    [("/tin-tuc/", "news-index-vi"), (ARTICLE, "news-article-vi"), ("/en/news/", "news-index-en")],
)
def test_news_pages_hold_their_layout(site_url, page_at, width, path, name):
    page = page_at(width)
    response = page.goto(site_url + path)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.console_errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    images = page.locator("main img")
    for index in range(images.count()):
        assert images.nth(index).get_attribute("alt") is not None
    assert screenshot(page, f"{name}-{width}").stat().st_size > 0


def test_reader_finds_the_news_and_opens_an_article(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + "/")
    page.get_by_role("link", name="Xem tất cả tin tức").click()
    page.wait_for_load_state()
    assert page.url.endswith("/tin-tuc/")
    page.get_by_role("link", name="Năm ưu tiên của Chương trình Khuyến công quốc gia").first.click()
    page.wait_for_load_state()
    main = page.locator("main")
    text = main.text_content()
    assert re.search(r"\d\d/\d\d/\d{4} \d\d:\d\d", text)
    assert "Lượt xem:" in text
    assert "Cục trưởng Cục Công Thương địa phương" in text
    assert "Máy cắt dây CNC" in text
    assert "Tin liên quan" in text
    assert main.get_by_role("link", name="Zalo").is_visible()
    assert main.get_by_role("link", name="In bài").is_visible()
    page.get_by_role("link", name="English", exact=True).click()
    page.wait_for_load_state()
    assert "/en/news/" in page.url
    assert re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", page.locator("main").inner_text())


def test_beacon_counts_the_read(site_url, browser):
    context = browser.new_context(user_agent=READER, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()

        def views():
            match = re.search(r"Lượt xem: ([\d.]+)", page.locator("main").inner_text())
            return int(match.group(1).replace(".", ""))

        with page.expect_response(lambda r: "/views/" in r.url) as beacon:
            page.goto(site_url + ARTICLE)
        assert beacon.value.status == 204
        before = views()
        page.reload()
        page.wait_for_load_state("networkidle")
        assert views() >= before + 0
        assert views() > 0
    finally:
        context.close()


def test_filters_submit_themselves(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + "/tin-tuc/")
    page.select_option("#filter-category", "dao-tao-tap-huan")
    page.wait_for_url(re.compile(r"category=dao-tao-tap-huan"))
    assert page.locator(".news-card").count() >= 1
    assert "Đào tạo, tập huấn" in page.locator(".news-card__category").first.text_content()
    assert "year=" not in page.url
