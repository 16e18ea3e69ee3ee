"""Nothing moves after the first paint (issue 22): the menu and the filter panels are
folded on a phone and open from their width up by CSS alone, with or without JavaScript,
and no page type shifts its layout while it loads (the browser's own layout-shift
entries, as Lighthouse's CLS counts them)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

PANELS = {
    "/": ("details.main-nav__toggle", ".main-nav__list", 768),
    "/chinh-sach/": ("details.finder__filters", "#facet-province", 900),
    "/san-pham-tieu-bieu/": ("details.sc-filters__toggle", ".sc-filters fieldset", 960),
    "/mo-hinh-trinh-dien/": ("details.sc-filters__toggle", ".sc-filters fieldset", 960),
}
SHIFTS = """() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 500);
})"""


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", list(PANELS))
def test_panels_fold_by_width_before_the_first_paint(site_url, browser, path, width, javascript):
    details, content, open_from = PANELS[path]
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": width, "height": 800}
    )
    try:
        page = context.new_page()
        page.goto(site_url + path)
        page.wait_for_load_state("load")
        summary = page.locator(f"{details} > summary")
        if width < open_from:
            assert summary.is_visible() and not page.locator(content).first.is_visible()
            summary.focus()  # opened with the keyboard
            page.keyboard.press("Enter")
            assert page.locator(content).first.is_visible()
        else:
            assert not summary.is_visible() and page.locator(content).first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize(
    "path",
    [*PANELS, "/tin-tuc/", "/en/news/", "/tim-kiem/?q=khuy%E1%BA%BFn+c%C3%B4ng"],
)
def test_no_layout_shift_while_loading(site_url, page_at, path, width):
    page = page_at(width)
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate(SHIFTS) == 0
    assert page.console_errors == []
