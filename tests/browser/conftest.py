"""Browser tests: Playwright for Python driving Debian's Chromium.

They skip, with the reason shown, when no Chromium is installed; CI sets
KCQG_REQUIRE_BROWSER=1 so that a missing browser fails instead of skipping.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.server import gunicorn, prepare_site, server_env

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    executable = _chromium()
    if executable is None:
        if os.environ.get("KCQG_REQUIRE_BROWSER"):
            pytest.fail("KCQG_REQUIRE_BROWSER is set but no Chromium is installed")
        pytest.skip("no Chromium installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_url(tmp_path_factory, browser):
    """A gunicorn server with a fresh demo database, shared by all browser tests."""
    workdir = tmp_path_factory.mktemp("browser-site")
    env = server_env(workdir)
    prepare_site(workdir, env)
    with gunicorn(workdir, env) as url:
        yield url


@pytest.fixture
def page_at(browser):
    """page_at(width) → a new page of that viewport width that records console errors."""
    contexts = []

    def make(width=1280, height=900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.console_errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and page.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
