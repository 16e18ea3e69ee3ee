"""An editor (not an administrator) starts an article from a Word document, imports a
Word document again into the draft from its edit view (a new revision), edits the draft
and submits it for review, in a real browser."""

import re

import pytest

from tests.archive.docx_samples import article_docx
from tests.browser.conftest import request_get, screenshot
from tests.browser.test_editorial_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

TITLE = "Hỗ trợ máy sấy nông sản cho hợp tác xã Tân Phú"


def test_editor_uploads_docx_edits_draft_and_submits_it(
    site_url, page_at, editorial_users, tmp_path
):
    document = tmp_path / "may-say-tan-phu.docx"
    document.write_bytes(article_docx())
    page = page_at()
    log_in(page, site_url, editorial_users["editor"])

    page.get_by_role("link", name="Tạo bài từ Word").click()
    page.wait_for_url("**/admin/archive/word/")
    page.locator("input[type=file]").set_input_files(str(document))
    screenshot(page, "word-01-tai-len")
    page.get_by_role("button", name="Tạo bài nháp").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert "Đã tạo bài nháp" in page.content()
    assert page.locator("#id_title").input_value() == TITLE
    screenshot(page, "word-02-ban-nhap")

    # From the edit view's "⋯" menu: the document again into the draft, a new revision.
    page.get_by_role("button", name=re.compile("^(Thao tác|Actions)$")).first.click()
    page.get_by_role("link", name="Nhập nội dung từ Word").click()
    page.wait_for_url(re.compile(r"/admin/archive/word/fill/\d+/"))
    page.locator("input[type=file]").set_input_files(str(document))
    page.get_by_role("button", name="Nhập vào bản nháp").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert "Phiên bản trước vẫn còn trong Lịch sử" in page.content()

    # The editor edits the draft: a sharper lead.
    page.locator("#id_lead").fill("Ba hợp tác xã ở Tân Phú được hỗ trợ máy sấy nông sản năm 2025.")
    page.get_by_role("button", name=re.compile("^(Thao tác khác|More actions)$")).click()
    page.get_by_role("button", name=re.compile("Duyệt bài")).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    screenshot(page, "word-03-gui-duyet")
    assert TITLE in page.content()
    assert re.search("Chờ duyệt|In moderation|đang chờ|Awaiting", page.content(), re.I)

    # Not public yet.
    assert TITLE not in request_get(page, site_url + "/tin-tuc/").text()
