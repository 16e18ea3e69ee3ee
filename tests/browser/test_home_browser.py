"""The home page in a real browser: no console errors, layout holds from 375 px."""

import pytest

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", ["/", "/en/"])
def test_home_loads_without_console_errors(site_url, page_at, width, path):
    page = page_at(width)
    response = page.goto(site_url + path)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.console_errors == []
    # Nothing sticks out sideways on a small phone.
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width
    lang = "en" if path == "/en/" else "vi"
    assert page.locator("html").get_attribute("lang") == lang
    name = "home-en" if lang == "en" else "home-vi"
    assert screenshot(page, f"{name}-{width}").stat().st_size > 0


def test_language_switcher_and_skip_link(site_url, page_at):
    page = page_at(1280)
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/en")
    assert page.locator("html").get_attribute("lang") == "en"
