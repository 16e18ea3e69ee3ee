"""An editor (not an administrator) types a date and an amount the Vietnamese way in
the real admin: the date picker keeps what was typed, the amount is saved in full
and shown back with dots; the province picker is searched without diacritics."""

import datetime as dt
import re

import pytest

from tests.browser.conftest import request_get, screenshot
from tests.browser.test_editorial_browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]


def add_url(page, site_url, slug, model):
    found = request_get(page, f"{site_url}/admin/api/main/pages/?slug={slug}&locale=vi").json()
    return f"{site_url}/admin/pages/add/{model}/{found['items'][0]['id']}/"


def save_draft(page):
    page.get_by_role("button", name=re.compile("Lưu (bản )?nháp|Save draft")).first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.wait_for_load_state("networkidle")


def test_editor_types_a_date_and_an_amount_the_vietnamese_way(site_url, page_at, editorial_users):
    page = page_at(1280, 900)
    log_in(page, site_url, editorial_users["editor"])
    today = dt.date.today().strftime("%d/%m/%Y")

    # "Ngày đăng" of an article: typed, then the field loses focus.
    page.goto(add_url(page, site_url, "tin-tuc", "news/newsarticlepage"))
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill("Tin đăng lúc 20-05-2019: đào tạo nghề mây tre đan")
    page.locator("#id_lead").fill("Lớp đào tạo nghề cho 35 học viên ở Chương Mỹ.")
    date = page.locator("#id_publish_date")
    date.scroll_into_view_if_needed()
    date.click()
    date.press_sequentially("20/05/2019 08:00")
    page.keyboard.press("Escape")
    page.locator("#id_lead").click()  # the date field loses focus
    assert date.input_value() == "20/05/2019 08:00"
    assert today not in date.input_value()
    screenshot(page, "admin-input-01-ngay-dang", full_page=False)
    save_draft(page)
    date = page.locator("#id_publish_date")
    assert date.input_value() == "20/05/2019 08:00"
    hint = page.get_by_text("Ngày/tháng/năm giờ:phút, ví dụ").first
    hint.scroll_into_view_if_needed()
    assert hint.is_visible()
    screenshot(page, "admin-input-02-ngay-dang-da-luu", full_page=False)

    # An unreadable date stays as typed and is refused, never replaced by today.
    date.fill("")
    date.press_sequentially("32/13/2019")
    page.keyboard.press("Escape")
    page.locator("#id_lead").click()
    assert date.input_value() == "32/13/2019"
    page.get_by_role("button", name=re.compile("Lưu (bản )?nháp|Save draft")).first.click()
    page.wait_for_load_state("networkidle")
    error = page.locator(".w-field--date_time_field .error-message, .error-message").first
    error.scroll_into_view_if_needed()
    screenshot(page, "admin-input-03-ngay-sai", full_page=False)
    assert page.locator("#id_publish_date").input_value() == "32/13/2019"
    assert error.is_visible()

    # "Kinh phí nhà nước hỗ trợ (đồng)" of a case study, with a province found as "thanh hoa".
    page.goto(add_url(page, site_url, "mo-hinh-trinh-dien", "showcase/casestudypage"))
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill("Mô hình dệt chiếu cói bằng máy ở Nga Sơn")
    page.locator("#id_lead").fill("Hợp tác xã được hỗ trợ 10 máy dệt chiếu.")
    page.locator("#id_enterprise_name").fill("Hợp tác xã cói Nga Sơn")
    modal = page.locator(".modal-dialog")
    page.get_by_role("button", name=re.compile("tỉnh, thành phố", re.I)).first.click()
    modal.locator("input[name=q]").fill("thanh hoa")
    modal.get_by_role("link", name="Thanh Hóa").wait_for()
    screenshot(page, "admin-input-04-tim-tinh", full_page=False)
    modal.get_by_role("link", name="Thanh Hóa").click()
    modal.wait_for(state="hidden")
    page.get_by_role("button", name=re.compile("ngành nghề", re.I)).first.click()
    modal.locator("table a").first.click()
    modal.wait_for(state="hidden")
    page.locator("#id_year_start").fill("2019")
    money = page.locator("#id_state_support")
    money.scroll_into_view_if_needed()
    money.press_sequentially("450.000.000")
    page.locator("#id_total_investment").press_sequentially("1,2 tỷ")
    page.locator("#id_technology").fill("10 máy dệt chiếu cói tự động.")
    save_draft(page)
    money = page.locator("#id_state_support")
    money.scroll_into_view_if_needed()
    assert money.input_value() == "450.000.000"
    assert page.locator("#id_total_investment").input_value() == "1.200.000.000"
    screenshot(page, "admin-input-05-kinh-phi", full_page=False)

    # Typed so it could be read two ways: refused with a message.
    money.fill("1,250")
    page.get_by_role("button", name=re.compile("Lưu (bản )?nháp|Save draft")).first.click()
    page.wait_for_load_state("networkidle")
    message = page.get_by_text("có thể hiểu theo hai cách").first
    message.scroll_into_view_if_needed()
    screenshot(page, "admin-input-06-so-tien-hai-cach", full_page=False)
    assert message.is_visible()


def test_editor_dates_a_video_report_the_vietnamese_way(site_url, page_at, editorial_users):
    """The new page types take the date as typed too: an editor (not an administrator)
    writes a YouTube video report dated 20/05/2019 08:00 with a poster from the library."""
    page = page_at(1280, 900)
    log_in(page, site_url, editorial_users["editor"])
    page.goto(add_url(page, site_url, "video-anh", "multimedia/videopage"))
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill("Phóng sự: hội chợ gốm Bát Tràng 2019")
    date = page.locator("#id_date")
    date.scroll_into_view_if_needed()
    date.click()
    date.fill("")
    date.press_sequentially("20/05/2019 08:00")
    page.keyboard.press("Escape")
    page.locator("#id_summary").click()
    page.locator("#id_summary").fill("Video về gian hàng gốm của làng nghề Bát Tràng.")
    page.locator("#id_external_url").fill("https://www.youtube.com/watch?v=aqz-KE-bpKQ")
    page.get_by_role(
        "button", name=re.compile("Chọn ảnh|Chọn một hình ảnh|Choose an image")
    ).first.click()
    modal = page.locator(".modal-dialog")
    modal.locator("a.image-choice, [data-chooser-modal-choice]").first.click()
    modal.wait_for(state="hidden")
    page.locator("#id_poster_alt_text").fill("Gian hàng gốm Bát Tràng")
    save_draft(page)
    assert page.locator("#id_date").input_value() == "20/05/2019 08:00"
    assert page.locator("#id_external_url").input_value().endswith("aqz-KE-bpKQ")
    screenshot(page, "admin-input-07-video-ngay-dang", full_page=False)
