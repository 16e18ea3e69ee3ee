"""The admin in Vietnamese, as an editor of "Biên tập viên" sees it in Chromium:
login, dashboard, the article editor, the author and image choosers and
wagtail-localize's translation editor (drawn by JavaScript from its own catalogue).
Screenshots go to tests/browser/screenshots/admin-vi-*.png."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editorial_browser import log_in, news_index_add_url
from tests.server import manage
from tests.website.test_admin_vietnamese import ENGLISH

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

# wagtail-localize's editor: its buttons and counters, as lines of the page.
LOCALIZE_ENGLISH = [
    "Publish in English",
    "Save",
    "Edit",
    "Cancel",
    "Not translated",
    "Translated",
    "Download PO file",
    "Upload PO file",
    "Translate all missing strings with",
    "Content",
    "Settings",
]


_UNTRANSLATED = """
from news.models import NewsArticlePage
from wagtail.models import Locale
english = Locale.objects.get(language_code="en")
for article in NewsArticlePage.objects.filter(locale__language_code="vi", live=True):
    if not article.has_translation(english):
        open({path!r}, "w").write(str(article.pk))
        break
"""


def english_lines(page, phrases):
    """The phrases that stand as a whole line of the page's visible text."""
    lines = {" ".join(line.split()) for line in page.inner_text("body").splitlines()}
    return sorted(phrase for phrase in phrases if phrase in lines)


def close_dialog(page):
    page.get_by_role("dialog").get_by_role("button", name="Đóng").click()
    expect(page.get_by_role("dialog")).to_have_count(0)


def untranslated_article(site_server, tmp_path):
    """The id of a live Vietnamese demo article that has no English translation."""
    found = tmp_path / "article-id"
    manage(site_server[1], "shell", "-c", _UNTRANSLATED.format(path=str(found)))
    return int(found.read_text())


def test_editor_meets_the_admin_in_vietnamese(
    site_server, site_url, page_at, editorial_users, tmp_path
):
    page = page_at(1280, 900)
    page.goto(site_url + "/admin/login/")
    expect(page).to_have_title("Đăng nhập - Wagtail")
    expect(page.get_by_label("Mật khẩu")).to_be_visible()
    assert english_lines(page, ENGLISH) == []
    screenshot(page, "admin-vi-login", full_page=False)

    log_in(page, site_url, editorial_users["editor"])
    page.wait_for_load_state("networkidle")
    sidebar = page.locator("#wagtail-sidebar")
    for label in ("Trang", "Ảnh", "Tài liệu", "Báo cáo"):
        expect(sidebar.get_by_text(label, exact=True).first).to_be_attached()
    assert english_lines(page, ENGLISH) == []
    screenshot(page, "admin-vi-dashboard", full_page=False)

    page.goto(news_index_add_url(page, site_url))
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("button", name=re.compile("Lưu nháp"))).to_be_visible()
    expect(page.get_by_text("Danh sách thẻ, cách nhau bằng dấu phẩy.").first).to_be_attached()
    assert english_lines(page, ENGLISH) == []
    screenshot(page, "admin-vi-editor", full_page=False)

    page.get_by_role("button", name=re.compile("Chọn tác giả")).first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("tác giả").first).to_be_visible()
    expect(dialog.get_by_text("Ngôn ngữ").first).to_be_visible()
    assert english_lines(page, ENGLISH) == []
    screenshot(page, "admin-vi-author-chooser", full_page=False)
    close_dialog(page)

    page.get_by_role("button", name=re.compile("Chọn ảnh")).first.click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Ảnh mới nhất").first).to_be_visible()
    assert english_lines(page, ENGLISH) == []
    screenshot(page, "admin-vi-image-chooser", full_page=False)
    close_dialog(page)

    # The translator's screens: "Dịch trang này" on a demo article not yet in English,
    # then wagtail-localize's editor of the new English draft.
    page.goto(
        f"{site_url}/admin/localize/submit/page/{untranslated_article(site_server, tmp_path)}/"
    )
    expect(page.get_by_text("Dịch trang").first).to_be_visible()
    assert english_lines(page, ENGLISH) == []
    screenshot(page, "admin-vi-translate-page", full_page=False)
    page.get_by_label("English").check()
    page.get_by_role("button", name="Gửi").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/"))
    page.wait_for_load_state("networkidle")
    screenshot(page, "admin-vi-translation-editor", full_page=False)
    expect(page.get_by_text("Tải tệp PO về để dịch ngoại tuyến").first).to_be_visible()
    expect(page.get_by_role("button", name="Dịch").first).to_be_visible()
    assert english_lines(page, LOCALIZE_ENGLISH + ENGLISH) == []
    assert page.console_errors == []
