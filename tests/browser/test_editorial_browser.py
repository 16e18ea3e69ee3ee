"""The editors' journey in the admin, in a real browser.

An editor writes an article with a captioned photo and submits it for review; a
moderator approves it and it is on the home page; an English translation is made
in wagtail-localize's editor and appears on /en/. The screenshots illustrate
docs/editor-guide.md (KCQG_GUIDE_SCREENSHOTS=1 refreshes docs/img/).
"""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import guide_screenshot, request_get
from tests.server import manage

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

TITLE = "Hội chợ gốm Lai Vung thu hút khách tham quan"
SLUG = "hoi-cho-gom-lai-vung-thu-hut-khach-tham-quan"
LEAD = "Hơn 200 gian hàng của các cơ sở công nghiệp nông thôn Đồng Tháp."
ALT = "Gian hàng gốm đỏ Lai Vung"
CAPTION = "Gian hàng gốm Lai Vung tại hội chợ. Ảnh: Trung tâm Khuyến công Đồng Tháp"
ENGLISH = {
    TITLE: "Lai Vung pottery fair draws visitors",
    LEAD: "More than 200 stalls of rural-industry producers from Dong Thap.",
    ALT: "A stall of Lai Vung red pottery",
    CAPTION: "A Lai Vung pottery stall at the fair. Photo: Dong Thap Industrial Promotion Centre",
}


# Every English row of every translatable snippet (taxonomy, categories, authors, …) as
# JSON, to show that translating a page leaves the English names as they were.
_ENGLISH_SNIPPETS = """
import json
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models
rows = {{}}
for model in get_snippet_models():
    if issubclass(model, TranslatableMixin):
        rows[model._meta.label] = list(
            model.objects.filter(locale__language_code="en").order_by("pk").values()
        )
open({path!r}, "w").write(json.dumps(rows, default=str, sort_keys=True))
"""


def english_snippets(site_server, path):
    manage(site_server[1], "shell", "-c", _ENGLISH_SNIPPETS.format(path=str(path)))
    return json.loads(path.read_text())


def errors_logged(log):
    """The server's log lines at ERROR or worse."""
    return [line for line in log.splitlines() if re.search(r"\b(ERROR|CRITICAL)\b", line)]


def log_in(page, site_url, credentials):
    username, password = credentials
    page.context.clear_cookies()
    page.goto(site_url + "/admin/login/")
    page.get_by_label(re.compile("Tên đăng nhập|Username", re.I)).fill(username)
    page.get_by_label(re.compile("Mật khẩu|Password", re.I)).fill(password)
    page.get_by_role("button", name=re.compile("Đăng nhập|Sign in", re.I)).click()
    page.wait_for_url("**/admin/")


def news_index_add_url(page, site_url):
    """The admin's "add an article" address under the Vietnamese news index."""
    found = request_get(page, site_url + "/admin/api/main/pages/?slug=tin-tuc&locale=vi").json()
    page_id = found["items"][0]["id"]
    return f"{site_url}/admin/pages/add/news/newsarticlepage/{page_id}/"


def test_slug_from_a_vietnamese_title_is_ascii(site_url, page_at, editorial_users):
    page = page_at(1280, 800)
    log_in(page, site_url, editorial_users["editor"])
    page.goto(news_index_add_url(page, site_url))
    page.wait_for_load_state("networkidle")  # Wagtail's controllers are connected
    page.locator("#id_title").fill("Đề án đổi mới")
    page.locator("#id_title").press("Tab")
    expect(page.locator("#id_slug")).to_have_value("de-an-doi-moi")  # synced after a debounce
    page.locator("#id_title").fill("")
    page.locator("#id_title").fill("ĐƯỜNG LÀNG, NGÕ XÓM ở Bắc Ninh")
    page.locator("#id_title").press("Tab")
    expect(page.locator("#id_slug")).to_have_value("duong-lang-ngo-xom-o-bac-ninh")


def declined_autosave(response):
    """A background autosave that Wagtail declined with a 400: its JavaScript posts the
    form with ``Accept: application/json`` every half second after a change, and answers
    "invalid_revision" (another session saved a newer revision), "locked" (the page went
    into moderation meanwhile) or "validation_error" instead of saving. On a slow machine
    an autosave can cross the editor's own submit or the moderator's approval; the real
    actions are ordinary form posts, and their outcome is what the test checks."""
    request = response.request
    return (
        response.status == 400
        and request.method == "POST"
        and (request.headers.get("accept") or "") == "application/json"
    )


def describe(response):
    """Status, method, address and (while the browser still has it) the answer's start."""
    try:
        body = response.text()[:200]
    except Exception:  # noqa: BLE001 - the page navigated away and the body is gone
        body = "(body no longer available)"
    return f"{response.status} {response.request.method} {response.url} {body}"


def test_editor_writes_moderator_approves_and_translation_goes_to_en(
    site_server, site_url, page_at, editorial_users, tmp_path
):
    page = page_at(1280, 800)
    failed = []
    page.on("response", lambda r: r.status >= 400 and failed.append(r))
    server = site_server[2]
    log_start = len(server.log())
    english_before = english_snippets(site_server, tmp_path / "before.json")

    # 1. The editor writes the article with a photo, its alt text and caption.
    log_in(page, site_url, editorial_users["editor"])
    page.goto(news_index_add_url(page, site_url))
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_lead").fill(LEAD)
    # "Ngày đăng" typed the Vietnamese way (a backdated article), not picked.
    date = page.locator("#id_publish_date")
    date.scroll_into_view_if_needed()
    date.click()
    date.press_sequentially("20/05/2019 08:00")
    page.keyboard.press("Escape")
    page.locator("#id_lead").click()
    assert date.input_value() == "20/05/2019 08:00"
    guide_screenshot(page, "01-viet-bai")
    page.get_by_role(
        "button", name=re.compile("Chọn ảnh|Chọn một hình ảnh|Choose an image")
    ).click()
    modal = page.locator(".modal-dialog")
    modal.locator("a.image-choice, [data-chooser-modal-choice]").first.wait_for()
    guide_screenshot(page, "02-chon-anh")
    modal.locator("a.image-choice, [data-chooser-modal-choice]").first.click()
    modal.wait_for(state="hidden")
    page.locator("#id_hero_alt").fill(ALT)
    page.locator("#id_hero_caption").fill(CAPTION)
    page.get_by_role("button", name=re.compile("Choose chuyên mục tin|Chọn chuyên mục")).click()
    modal.locator("table a").first.click()
    modal.wait_for(state="hidden")
    page.locator("#id_hero_caption").scroll_into_view_if_needed()
    # Wagtail autosaves the new page as a draft and moves the form to its edit address;
    # submitting before that would create the page a second time (Wagtail answers 500).
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    guide_screenshot(page, "03-anh-chu-thich")
    page.get_by_role("button", name=re.compile("^(Thao tác khác|More actions)$")).click()
    guide_screenshot(page, "04-gui-duyet")
    page.get_by_role("button", name=re.compile("Duyệt bài")).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert TITLE not in request_get(page, site_url + "/").text()

    # 2. The moderator sees it awaiting review, approves and publishes it.
    log_in(page, site_url, editorial_users["moderator"])
    review = page.get_by_role("link", name=re.compile(re.escape(TITLE))).first
    assert review.is_visible()
    guide_screenshot(page, "05-cho-duyet")
    review.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    article_edit_url = page.url
    page.get_by_role("button", name=re.compile("^(Thao tác khác|More actions)$")).click()
    guide_screenshot(page, "06-phe-duyet")
    page.get_by_role(
        "button",
        name=re.compile("^(Duyệt|Phê chuẩn|Approve)( và xuất bản| và Xuất bản| and Publish)?$"),
    ).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    # Backdated to 2019, it is listed under that year, not among today's news.
    assert TITLE in request_get(page, site_url + "/tin-tuc/?year=2019").text()
    article = request_get(page, f"{site_url}/tin-tuc/{SLUG}/")
    assert article.status == 200
    assert "20/05/2019" in article.text()  # the editor's date, not today's

    # 3. The editor starts the English translation ("Translate this page").
    log_in(page, site_url, editorial_users["editor"])
    page.goto(article_edit_url)
    page.get_by_role("navigation", name="Actions", exact=True).get_by_role(
        "button", name=re.compile("^(Thao tác|Actions)$")
    ).click()
    page.get_by_role("link", name=re.compile("Translate this page|Dịch trang")).click()
    page.get_by_label("English").check()
    page.get_by_role("button", name=re.compile("^(Gửi|Submit)$")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    translation_url = page.url
    assert translation_url != article_edit_url
    page.get_by_text(re.compile("Tải tệp PO về|Download PO file")).first.wait_for()
    guide_screenshot(page, "07-trinh-dich")
    # Not on the English site while it is being translated.
    assert ENGLISH[TITLE] not in request_get(page, site_url + "/en/news/?year=2019").text()

    # 4. The moderator translates the strings and publishes in English.
    log_in(page, site_url, editorial_users["moderator"])
    page.goto(translation_url)
    # The editor lists the strings in field order: title, lead, alt text, caption.
    for text in ENGLISH.values():
        page.get_by_role("button", name=re.compile("^(Dịch|Translate)$")).first.click()
        page.locator("textarea").first.fill(text)
        page.get_by_role("button", name=re.compile("^(Lưu|Save)$")).first.click()
        page.locator("textarea").first.wait_for(state="detached")
    guide_screenshot(page, "08-da-dich")
    page.get_by_role("button", name=re.compile("^(Xuất bản bằng|Publish in) English$")).click()
    page.wait_for_load_state()
    english_news = request_get(page, site_url + "/en/news/?year=2019").text()
    assert ENGLISH[TITLE] in english_news
    assert TITLE not in english_news
    # Translating and publishing left every English name (categories, provinces,
    # sectors, authors, …) exactly as it was, and the server logged no error.
    assert english_snippets(site_server, tmp_path / "after.json") == english_before
    assert errors_logged(server.log()[log_start:]) == []
    for response in filter(declined_autosave, failed):
        print("autosave declined by Wagtail, not a fault of the site:", describe(response))
    assert [describe(r) for r in failed if not declined_autosave(r)] == []
    # The browser also logs each declined autosave as a failed load of the edit address.
    declined = {r.url for r in failed if declined_autosave(r)}
    assert [
        error
        for error in page.console_errors
        if not (error.startswith("Failed to load resource") and error.url in declined)
    ] == []
