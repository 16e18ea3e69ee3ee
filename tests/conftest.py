"""Shared fixtures: a real page tree with a Vietnamese home and its English translation."""

import shutil
import tempfile

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Site

from tests.server import suite_engine
from website.locales import forget_locales
from website.models import HomePage, SiteSettings


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    forget_locales()  # a test's Locales are rolled back without a signal
    yield
    cache.clear()
    forget_locales()


@pytest.fixture(autouse=True)
def _site_language_afterwards():
    """A request to /en/ leaves English active in the test's thread (LocaleMiddleware
    never deactivates it): every test ends with the site's language back, so the next
    one starts as a fresh process would, whatever ran before it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site_origin(settings):
    """A configured SITE_ORIGIN other than the test client's host ("testserver") and
    the Site record's ("localhost"): every absolute URL must start with it."""
    settings.SITE_ORIGIN = "https://khuyencong.example"
    cache.clear()  # Wagtail keeps its site root URLs in the cache
    return settings.SITE_ORIGIN


@pytest.fixture
def locale_vi(db):
    return Locale.objects.get(language_code="vi")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def home(db):
    """The Vietnamese home page the data migration put at the site root."""
    page = HomePage.objects.get(locale__language_code="vi")
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == page.pk
    return page


@pytest.fixture
def home_en(home, locale_en):
    page = home.copy_for_translation(locale_en)
    page.title = "National Industrial Promotion"
    page.slug = "home"
    page.intro = "The portal of the programme."
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


@pytest.fixture
def page_cache(settings, tmp_path, home):
    """The page cache on (website.page_cache), its stamp file in the test's folder."""
    SiteSettings.for_site(Site.objects.get(root_page=home))  # created once, not mid-test
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_STAMP_FILE = str(tmp_path)
    return settings


@pytest.fixture(scope="session")
def static_root():
    path = tempfile.mkdtemp(prefix="kcqg-static-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, leave out the tests that would run exactly as on SQLite: they serve
    a demo site from an SQLite file of their own (browser tests, the counter and comment
    load tests), so the suite's SQLite run already covers them."""
    if suite_engine() != "postgresql":
        return
    skip = pytest.mark.skip(
        reason="serves its own SQLite site whatever DATABASE_URL says: the SQLite run covers it"
    )
    for item in items:
        if item.get_closest_marker("sqlite_site"):
            item.add_marker(skip)


def pytest_report_header(config):
    return f"database: {settings.DATABASES['default']['ENGINE']}"
