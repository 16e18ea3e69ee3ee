"""The "done when" journey in a real browser: from the home page, find the documents in
force that fund machinery for a food-processing co-operative in Hà Nội, and open one."""

import pytest

from tests.browser.conftest import request_get, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]


def _unfold_filters(page, width):
    """On a phone the filters are folded (a <details> without "open"): open them. From
    900 px CSS shows them with no summary to click (issue 22: no script folds them)."""
    summary = page.locator("details.finder__filters > summary")
    if width >= 900:
        assert not summary.is_visible()
        assert page.locator("#facet-province").is_visible()
    elif page.locator("details.finder__filters").get_attribute("open") is None:
        summary.click()


@pytest.mark.parametrize("width", [375, 1280])
def test_find_machinery_support_for_a_food_processing_cooperative(site_url, page_at, width):
    page = page_at(width)
    page.goto(site_url + "/")
    page.get_by_role("link", name="Tra cứu văn bản chính sách").click()
    page.wait_for_load_state()
    assert "/chinh-sach/" in page.url
    _unfold_filters(page, width)
    # Each change submits the form (JavaScript enhancement); the URL keeps the state.
    with page.expect_navigation():
        page.get_by_label("Ứng dụng máy móc thiết bị, chuyển giao công nghệ").check()
    _unfold_filters(page, width)
    with page.expect_navigation():
        page.locator("#facet-sector").select_option("che-bien-nong-lam-thuy-san")
    _unfold_filters(page, width)
    with page.expect_navigation():
        page.locator("#facet-province").select_option("ha-noi")
    assert "support=may-moc-thiet-bi" in page.url
    assert "sector=che-bien-nong-lam-thuy-san" in page.url
    assert "province=ha-noi" in page.url
    results = page.locator(".policy-result")
    assert results.count() >= 3
    assert page.locator(".finder__results").get_by_text("MH-10/2024/QĐ-UBND").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(page, f"policies-finder-{width}")

    page.get_by_role("link", name="Quy định mức hỗ trợ khuyến công trên địa bàn Hà Nội").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Nội dung và mức hỗ trợ").is_visible()
    assert page.get_by_text("Máy móc chế biến, bảo quản nông sản").first.is_visible()
    attachment = page.locator(".file-list__link").first
    assert attachment.is_visible()
    assert "PDF" in page.locator(".file-list__meta").first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.console_errors == []
    screenshot(page, f"policies-document-{width}")

    response = request_get(page, site_url + attachment.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize("width", [375, 1280])
def test_guided_form(site_url, page_at, width):
    page = page_at(width)
    page.goto(site_url + "/chinh-sach/toi-duoc-ho-tro-gi/")
    page.get_by_label("Hợp tác xã").check()
    page.get_by_label("Nhỏ", exact=True).check()
    page.locator("#id_province").select_option("ha-noi")
    page.locator("#id_sector").select_option("che-bien-nong-lam-thuy-san")
    page.get_by_label("Ứng dụng máy móc thiết bị, chuyển giao công nghệ").check()
    page.get_by_role("button", name="Xem chính sách phù hợp").click()
    page.wait_for_load_state()
    assert page.locator(".guide__results .policy-result").count() >= 3
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.console_errors == []
    screenshot(page, f"policies-guide-{width}")


def test_finder_works_without_javascript(site_url, browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(site_url + "/chinh-sach/")
    page.get_by_label("Ứng dụng máy móc thiết bị, chuyển giao công nghệ").check()
    page.locator("#facet-province").select_option("ha-noi")
    page.get_by_role("button", name="Áp dụng bộ lọc").click()
    page.wait_for_load_state()
    assert "support=may-moc-thiet-bi" in page.url
    assert "province=ha-noi" in page.url
    assert page.locator(".policy-result").count() >= 3
    context.close()
