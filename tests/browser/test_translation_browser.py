"""Half-way English, in a real browser (issue 19.7, 27.2).

An editor starts the English translation of a published article, translates only the
title and sends it for review: the translation editor shows what is still Vietnamese,
the slug follows the translated title, and "Lưu nháp và gửi duyệt" first lists the
missing fields. A moderator's "Publish in English" asks the same before the page goes
live; the message afterwards names what stayed Vietnamese. Screenshots for
docs/editor-guide.md (09-…, 10-…, 11-…).
"""

import re

import pytest

from tests.browser.conftest import guide_screenshot, request_get
from tests.browser.test_editorial_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

TITLE_EN = "Rural industry training in Thanh Hoa"


def untranslated_article(page, site_url):
    """(id, title) of a published Vietnamese article without an English version."""
    listing = request_get(
        page, site_url + "/admin/api/main/pages/?type=news.NewsArticlePage&locale=vi&limit=40"
    ).json()
    for item in listing["items"]:
        english = request_get(
            page, f"{site_url}/admin/api/main/pages/?translation_of={item['id']}&locale=en"
        ).json()
        if english["meta"]["total_count"] == 0 and item["meta"]["status"]["live"]:
            return item["id"], item["title"]
    raise AssertionError("the demo has no untranslated article")


def test_half_translated_page_needs_a_confirmation_that_lists_the_missing_fields(
    site_url, page_at, editorial_users
):
    page = page_at(1280, 800)
    log_in(page, site_url, editorial_users["editor"])
    article_id, title = untranslated_article(page, site_url)

    # The editor submits it for translation and translates the title only.
    page.goto(f"{site_url}/admin/localize/submit/page/{article_id}/")
    page.get_by_label("English").check()
    page.get_by_role("button", name=re.compile("^(Gửi|Submit)$")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    translation_url = page.url
    page.get_by_role("button", name=re.compile("^(Dịch|Translate)$")).first.click()
    page.locator("textarea").first.fill(TITLE_EN)
    page.get_by_role("button", name=re.compile("^(Lưu|Save)$")).first.click()
    page.locator("textarea").first.wait_for(state="detached")
    page.reload()
    status = page.locator("[data-translation-status]")
    status.wait_for()
    assert re.search(r"Đã dịch 2/\d+ đoạn", status.inner_text())  # the title and its slug
    assert "Sa pô" in status.inner_text()
    status.scroll_into_view_if_needed()
    guide_screenshot(page, "09-tinh-trang-ban-dich")

    # "Lưu nháp và gửi duyệt" lists what is missing before it sends anything.
    status.get_by_role("button", name="Lưu nháp và gửi duyệt").click()
    missing = page.locator("[data-missing-translations]")
    missing.wait_for()
    assert "Sa pô" in missing.inner_text()
    guide_screenshot(page, "10-con-thieu-ban-dich")
    page.get_by_role("button", name="Vẫn gửi duyệt khi còn thiếu bản dịch").click()
    page.wait_for_url(translation_url)
    assert "gửi người kiểm duyệt" in page.content()
    english_url = f"{site_url}/en/news/rural-industry-training-in-thanh-hoa/"
    assert request_get(page, english_url).status == 404

    # The moderator publishes from the translation editor: the same list, then the page.
    log_in(page, site_url, editorial_users["moderator"])
    page.goto(translation_url)
    page.get_by_role("button", name=re.compile("^(Xuất bản bằng|Publish in) English$")).click()
    page.locator("[data-missing-translations]").wait_for()
    assert "Sa pô" in page.locator("[data-missing-translations]").inner_text()
    page.get_by_role("button", name="Vẫn xuất bản khi còn thiếu bản dịch").click()
    page.wait_for_url(translation_url)
    guide_screenshot(page, "11-da-xuat-ban-con-thieu")
    assert "vẫn hiện tiếng Việt" in page.content()
    english = request_get(page, english_url)
    assert english.status == 200
    assert TITLE_EN in english.text()
    assert title not in english.text()
