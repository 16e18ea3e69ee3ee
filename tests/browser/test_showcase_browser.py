"""The showcase in a real browser: filter the gallery on a phone, open a product's images."""

import time
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, screenshot
from tests.server import query

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

PAGES = {
    "case-studies": "/mo-hinh-trinh-dien/",
    "case-study": "/mo-hinh-trinh-dien/day-chuyen-sao-say-che-xanh-tu-dong/",
    "gallery": "/san-pham-tieu-bieu/",
    "product": "/san-pham-tieu-bieu/binh-gom-men-ran/",
    "case-studies-en": "/en/demonstration-models/",
}


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("name", list(PAGES))
def test_showcase_pages_hold_their_layout(site_url, page_at, width, name):
    page = page_at(width)
    response = page.goto(site_url + PAGES[name])
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.console_errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert screenshot(page, f"showcase-{name}-{width}").stat().st_size > 0


def test_business_reaches_case_studies_and_filters_by_region_and_sector(site_url, page_at):
    page = page_at(375)
    page.goto(site_url + "/")
    page.get_by_role("link", name="Xem tất cả mô hình trình diễn").click()
    page.wait_for_load_state()
    page.locator(".sc-filters__toggle > summary").click()  # folded away on a phone
    page.select_option("#f-region", "dong-bang-song-cuu-long")  # submits itself
    page.wait_for_url("**region=dong-bang-song-cuu-long**")
    page.locator(".sc-filters__toggle > summary").click()
    assert page.locator("#f-province option[value=ca-mau]").count() == 1
    assert page.locator("#f-province option[value=ha-noi]").count() == 0
    page.select_option("#f-sector", "che-bien-nong-lam-thuy-san")
    page.get_by_role("button", name="Lọc", exact=True).click()
    page.wait_for_url("**sector=che-bien-nong-lam-thuy-san**")
    cards = page.locator(".sc-results .card__title a")
    assert cards.count() == 1
    cards.first.click()
    page.wait_for_load_state()
    assert "Cà Mau" in page.locator(".sc-detail__side").inner_text()
    assert "đ" in page.locator(".sc-money").inner_text()
    assert page.locator(".sc-outcomes__chips li").count() >= 1


def test_gallery_filter_and_product_lightbox_at_375(site_url, page_at):
    page = page_at(375)
    page.goto(site_url + "/san-pham-tieu-bieu/")
    page.locator(".sc-filters__toggle > summary").click()
    page.select_option("#p-level", "cap-quoc-gia")  # submits itself
    page.wait_for_url("**level=cap-quoc-gia**")
    badges = page.locator(".sc-cards .sc-badge").all_inner_texts()
    assert badges and all("quốc gia" in badge for badge in badges)
    screenshot(page, "showcase-gallery-filtered-375")
    page.get_by_role("link", name="Bình gốm men rạn").click()
    page.wait_for_load_state("networkidle")
    links = page.locator("[data-lightbox-item]")
    assert links.count() == 5
    # Keyboard: focus the first photo, open it, step forward, close with Escape.
    links.first.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.sc-lightbox")
    assert dialog.is_visible()
    assert "1 / 5" in dialog.locator(".sc-lightbox__counter").inner_text()
    # Polled by Playwright's own expect: a string predicate for wait_for_function is
    # evaluated with eval, which the site's CSP forbids once it has to poll (the picture
    # not loaded at once, seen under load).
    expect(dialog.locator("img")).to_have_js_property("complete", True)
    screenshot(page, "showcase-lightbox-375")
    page.keyboard.press("ArrowRight")
    assert "2 / 5" in dialog.locator(".sc-lightbox__counter").inner_text()
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    focused = page.evaluate("document.activeElement.getAttribute('data-lightbox-item')")
    assert focused is not None  # focus went back to the photo link
    assert page.console_errors == []


def test_product_images_are_plain_links_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + "/san-pham-tieu-bieu/binh-gom-men-ran/")
        href = page.locator("[data-lightbox-item]").nth(1).get_attribute("href")
        response = page.goto(site_url + href)
        assert response.status == 200
        assert response.headers["content-type"].startswith("image/")
    finally:
        context.close()


MIN_FILL_SECONDS = 3  # KCQG_FORM_MIN_SECONDS of the test settings


def _send_inquiry(page, fields, button):
    opened = time.monotonic()
    for label, value in fields.items():
        page.get_by_label(label).fill(value)
    time.sleep(max(0, MIN_FILL_SECONDS + 0.5 - (time.monotonic() - opened)))
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


@pytest.mark.parametrize("english", [False, True], ids=["vi", "en"])
def test_business_sends_an_inquiry_from_a_cached_product_page(
    site_url, site_server, page_at, english
):
    """The inquiry form posts to website.public_forms: the product page holds no CSRF
    token, the reader comes back to the page with the thank-you message, and the
    inquiry is stored and e-mailed in the page's language."""
    marker = uuid.uuid4().hex[:6]
    page = page_at(375)
    if english:
        page.goto(site_url + "/en/standout-products/")
        page.locator(".sc-cards a, .cards a").first.click()
        page.wait_for_load_state()
        labels = {"Full name": "Tran Thi Hoa", "Phone": "0912 345 678"}
        message, button, thanks, marker_param = "Message", "Send", "Thank you", "inquiry=sent"
    else:
        page.goto(site_url + "/san-pham-tieu-bieu/binh-gom-men-ran/")
        labels = {"Họ và tên": "Trần Thị Hoa", "Cơ quan, đơn vị": "HTX Gốm sứ Bát Tràng"}
        labels["Điện thoại"] = "0912.345.678"
        message, button = "Lời nhắn", "Gửi yêu cầu"
        thanks, marker_param = "Cảm ơn bạn", "lien-he=da-gui"
    product_url = page.url
    assert "csrfmiddlewaretoken" not in page.content()
    text = f"Cho tôi hỏi giá sỉ 200 sản phẩm, giao về Hà Nội trước Tết ({marker})."
    _send_inquiry(page, {**labels, message: text}, button)
    assert page.url.startswith(product_url.split("#")[0])
    assert marker_param in page.url
    status = page.locator("#lien-he").get_by_role("status")
    assert thanks in status.inner_text()
    assert page.console_errors == []
    name = f"showcase-inquiry-sent-{'en' if english else 'vi'}-375"
    screenshot(page, name)
    page.locator("#lien-he").screenshot(path=str(SCREENSHOTS / f"{name}-section.png"))
    rows = query(
        site_server[1]["DATABASE_URL"],
        "SELECT language, is_spam, emailed_at FROM showcase_producerinquiry WHERE message LIKE %s",
        (f"%{marker}%",),
    )
    assert len(rows) == 1
    language, is_spam, emailed_at = rows[0]
    assert language == ("en" if english else "vi")
    assert not is_spam
    assert emailed_at is not None  # the e-mail to the editors went out
