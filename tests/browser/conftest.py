"""Browser tests: Playwright for Python driving Debian's Chromium.

They skip, with the reason shown, when no Chromium is installed; CI sets
KCQG_REQUIRE_BROWSER=1 so that a missing browser fails instead of skipping.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.server import gunicorn, manage, prepare_site, server_env

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
GUIDE_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "img"
GUIDE_IMAGE_MAX_BYTES = 150_000
# The editorial users the browser tests log in as (created in the test server's database).
EDITORIAL_USERS = {
    "editor": ("bientap", "bientap-thu-nghiem-1", "Biên tập viên"),
    "moderator": ("kiemduyet", "kiemduyet-thu-nghiem-1", "Kiểm duyệt"),
}
_CREATE_USERS = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
for username, password, group in {users!r}:
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={{"email": username + "@example.vn", "first_name": username}}
    )
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=group))
"""
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
def site_server(tmp_path_factory, browser):
    """(base URL, environment, server) of a gunicorn server with a fresh demo database,
    shared by all browser tests; the environment runs `manage(env, ...)` on its database,
    and ``server.log()`` is what the server logged."""
    workdir = tmp_path_factory.mktemp("browser-site")
    env = server_env(workdir)
    prepare_site(workdir, env)
    with gunicorn(workdir, env, server_object=True) as server:
        yield server.base_url, env, server


@pytest.fixture(scope="session")
def site_url(site_server):
    return site_server[0]


@pytest.fixture(scope="session")
def editorial_users(site_server):
    """{"editor": (username, password), "moderator": (…)} in the groups of website.groups."""
    env = site_server[1]
    manage(env, "shell", "-c", _CREATE_USERS.format(users=list(EDITORIAL_USERS.values())))
    return {role: (username, password) for role, (username, password, _) in EDITORIAL_USERS.items()}


class ConsoleError(str):
    """A console error's text, with the address it came from (a failed load's is the
    resource's): a test can tell which request a "Failed to load resource" was."""

    def __new__(cls, text, url=None):
        error = super().__new__(cls, text)
        error.url = url
        return error


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
            lambda message: (
                message.type == "error"
                and page.console_errors.append(
                    ConsoleError(message.text, message.location.get("url"))
                )
            ),
        )
        page.on("pageerror", lambda error: page.console_errors.append(ConsoleError(str(error))))
        return page

    yield make
    for context in contexts:
        context.close()


def screenshot(page, name, full_page=True):
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def guide_screenshot(page, name):
    """A 1280×800 screenshot for docs/editor-guide.md: always in screenshots/, and in
    docs/img/ when KCQG_GUIDE_SCREENSHOTS=1 (so ordinary runs leave the docs alone);
    reduced to a palette image when it would weigh more than 150 KB."""
    path = screenshot(page, name, full_page=False)
    if os.environ.get("KCQG_GUIDE_SCREENSHOTS"):
        GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
        target = GUIDE_IMAGES / f"{name}.png"
        shutil.copyfile(path, target)
        if target.stat().st_size > GUIDE_IMAGE_MAX_BYTES:
            from PIL import Image

            with Image.open(target) as image:
                image.convert("RGB").quantize(colors=128).save(target, optimize=True)
    return path


def request_get(page, url, attempts=2):
    """``page.request.get(url)``, asked once more if the server closed a kept-alive
    connection just as it was reused ("socket hang up (ECONNRESET)"): gunicorn closes
    idle ones after 2 s; Chromium itself retries such a request, Playwright's API client
    does not (seen once in CI on a loaded machine)."""
    from playwright.sync_api import Error

    for attempt in range(attempts):
        try:
            return page.request.get(url)
        except Error as error:
            if "ECONNRESET" not in str(error) or attempt == attempts - 1:
                raise
    return None
