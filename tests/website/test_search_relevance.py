"""The relevance suite: each query's first result over the demo content, on the
database the suite runs on (SQLite by default, PostgreSQL with DATABASE_URL)."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page

from website.search import search_pages

from .search_cases import CASES_BY_APP

CASES = [
    pytest.param(
        language,
        query,
        expected,
        id=f"{app}-{language}-{query}",
    )
    for app, rows in CASES_BY_APP.items()
    for language, query, expected in rows
    if app == "website" or apps.is_installed(app)
]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module and rolled back after it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_the_table_has_at_least_thirty_cases():
    assert len(CASES) >= 30


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "query", "expected"), CASES)
def test_first_result(demo_site, language, query, expected):
    locale = Locale.objects.get(language_code=language)
    results = list(search_pages(Page.objects.live().public(), query, locale=locale)[:5])
    titles = [page.title for page in results]
    assert titles, f"{query!r} found nothing"
    assert titles[0] == expected, f"{query!r} → {titles}"
