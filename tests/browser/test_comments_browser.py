"""Reader comments in a real browser: a reader posts, a moderator approves, the comment shows."""

import time
import uuid

import pytest

from tests.browser.conftest import SCREENSHOTS, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

ARTICLE = "/tin-tuc/xuong-co-khi-hung-yen-may-cnc/"
MIN_FILL_SECONDS = 3  # KCQG_FORM_MIN_SECONDS of the test settings


def test_reader_posts_moderator_approves_comment_appears(site_url, page_at):
    marker = uuid.uuid4().hex[:6]
    text = f"Xin hỏi thủ tục đăng ký hỗ trợ máy CNC ({marker})."

    # A reader on a phone writes a comment.
    reader = page_at(375)
    assert reader.goto(site_url + ARTICLE).status == 200
    opened = time.monotonic()
    section = reader.locator("#y-kien-ban-doc")
    assert "Ý kiến bạn đọc (2)" in section.locator("h2").text_content()
    reader.get_by_label("Họ và tên").fill("Vũ Thị Mai")
    reader.get_by_label("Thư điện tử").fill("mai@example.vn")
    reader.get_by_role("textbox", name="Ý kiến", exact=True).fill(text)
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened)))
    reader.get_by_role("button", name="Gửi ý kiến").click()
    reader.wait_for_load_state()
    assert "binh-luan=cho-duyet" in reader.url
    status = section.get_by_role("status")
    assert "Ý kiến của bạn đã được gửi và đang chờ duyệt" in status.inner_text()
    assert marker not in section.inner_text()
    screenshot(reader, "comments-sent-375")
    section.screenshot(path=str(SCREENSHOTS / "comments-sent-375-section.png"))

    # A moderator approves it in the admin.
    admin = page_at(1280)
    admin.goto(site_url + "/admin/login/")
    admin.fill("input[name=username]", "admin")
    admin.fill("input[name=password]", "khuyencong-demo")
    admin.locator("button[type=submit]").click()
    admin.wait_for_url("**/admin/")
    dashboard = admin.locator("#pending-reader-comments-section")
    assert marker in dashboard.inner_text()
    admin.goto(site_url + "/admin/snippets/news/readercomment/?status=pending")
    row = admin.locator("tr", has_text=marker)
    row.locator("input[type=checkbox]").check()
    admin.locator("[data-bulk-action-button]", has_text="Duyệt").first.click()
    admin.wait_for_load_state()
    assert marker in admin.locator("main").inner_text()
    admin.get_by_role("button", name="Đồng ý").click()
    admin.wait_for_load_state()
    assert "Đã duyệt 1 ý kiến." in admin.locator("body").inner_text()
    screenshot(admin, "comments-admin-approved-1280")

    # The reader sees it on the article.
    reader.goto(site_url + ARTICLE)
    section = reader.locator("#y-kien-ban-doc")
    assert "Ý kiến bạn đọc (3)" in section.locator("h2").text_content()
    item = section.locator("li", has_text=marker)
    assert "Vũ Thị Mai" in item.inner_text()
    assert "mai@example.vn" not in reader.content()
    assert reader.evaluate("document.documentElement.scrollWidth") <= 375
    assert reader.console_errors == []
    screenshot(reader, "comments-approved-375")
    section.screenshot(path=str(SCREENSHOTS / "comments-approved-375-section.png"))
