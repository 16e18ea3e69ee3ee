"""Moderating a reader comment from the listing, in a real browser, as a member of
"Kiểm duyệt" (not a superuser): the row opens the comment, the long text unfolds in the
list, the reply is written and the comment approved from its view, the reader sees both."""

import time
import uuid

import pytest

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

ARTICLE = "/tin-tuc/thai-nguyen-may-sao-che/"
ARTICLE_TITLE = "Thái Nguyên: máy sao chè tự động giúp giảm một nửa công lao động"
MIN_FILL_SECONDS = 3  # KCQG_FORM_MIN_SECONDS of the test settings


def test_moderator_opens_reads_replies_and_approves_from_the_list(
    site_url, page_at, editorial_users
):
    marker = uuid.uuid4().hex[:6]
    ending = f"Xin cảm ơn ban biên tập ({marker})."
    text = (
        "Gia đình tôi làm chè ở xã Tân Cương đã ba đời. Năm ngoái hợp tác xã được hỗ trợ một "
        "máy sao chè theo mô hình trình diễn, chè đều màu hơn hẳn so với sao bằng chảo gang.\n"
        "Xin hỏi: hộ sản xuất riêng lẻ (không phải hợp tác xã) có được hỗ trợ mua máy vò chè "
        "không, và hồ sơ gửi Trung tâm Khuyến công tỉnh hay gửi Ủy ban nhân dân huyện? " + ending
    )

    # A reader sends a long comment, with a line break.
    reader = page_at(1280)
    assert reader.goto(site_url + ARTICLE).status == 200
    opened = time.monotonic()
    reader.get_by_label("Họ và tên").fill("Đỗ Thị Hạnh")
    reader.get_by_role("textbox", name="Ý kiến", exact=True).fill(text)
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened)))
    reader.get_by_role("button", name="Gửi ý kiến").click()
    reader.wait_for_load_state()
    section = reader.locator("#y-kien-ban-doc")
    assert "đang chờ duyệt" in section.get_by_role("status").inner_text()
    assert "Chưa có ý kiến nào" not in section.inner_text()

    # A moderator ("Kiểm duyệt", not a superuser) reads it in the listing.
    username, password = editorial_users["moderator"]
    admin = page_at(1280)
    admin.goto(site_url + "/admin/login/")
    admin.fill("input[name=username]", username)
    admin.fill("input[name=password]", password)
    admin.locator("button[type=submit]").click()
    admin.wait_for_url("**/admin/")
    admin.goto(site_url + "/admin/snippets/news/readercomment/?status=pending")
    row = admin.locator("tbody tr", has_text="Đỗ Thị Hạnh")
    assert ending not in row.inner_text()  # folded…
    row.get_by_text("Xem toàn văn").click()
    assert ending in row.inner_text()  # …and unfolded, in the list
    article_link = row.get_by_role("link", name=ARTICLE_TITLE)
    assert article_link.get_attribute("href") == ARTICLE
    assert row.get_by_role("link", name="Sửa bài viết").is_visible()
    screenshot(admin, "moderation-list-1280")

    # The row opens the comment's view: the whole text, the reply, the buttons.
    row.get_by_role("link", name="Đỗ Thị Hạnh").click()
    admin.wait_for_load_state()
    assert "/admin/snippets/news/readercomment/inspect/" in admin.url
    main = admin.locator("main")
    assert ending in main.inner_text()
    admin.get_by_label("Ban biên tập trả lời").fill(
        f"Chào chị Hạnh, hộ sản xuất cũng được hỗ trợ; hồ sơ gửi Trung tâm Khuyến công tỉnh. ({marker})"
    )
    screenshot(admin, "moderation-comment-view-1280")
    admin.get_by_role("button", name="Duyệt", exact=True).click()
    admin.wait_for_load_state()
    assert admin.url.endswith("/admin/snippets/news/readercomment/?status=pending")
    assert "Đã duyệt ý kiến của Đỗ Thị Hạnh." in admin.locator("body").inner_text()
    assert admin.locator("tbody tr", has_text="Đỗ Thị Hạnh").count() == 0
    assert admin.console_errors == []

    # The reader sees the comment and the editors' reply.
    reader.goto(site_url + ARTICLE)
    item = reader.locator("#y-kien-ban-doc li", has_text=marker).first
    assert "Đỗ Thị Hạnh" in item.inner_text()
    assert "Ban biên tập trả lời" in item.inner_text()
    assert "hồ sơ gửi Trung tâm Khuyến công tỉnh" in item.inner_text()
