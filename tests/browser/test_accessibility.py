"""WCAG 2.1 AA with axe-core in Chromium: no serious or critical violations.

Pages of every app are added to PAGES as the apps land; each is checked in
both languages at phone and desktop widths.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
PAGES = ["/", "/en/"]


def serious_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(site_url, page_at, path, width):
    page = page_at(width)
    assert page.goto(site_url + path).status == 200
    assert serious_violations(page) == []


def test_usable_at_200_percent_zoom(site_url, browser):
    """200% zoom on a 1280 px screen: the layout reflows, nothing scrolls sideways."""
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.goto(site_url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    assert page.get_by_role("link", name="English").is_visible()
    context.close()
