"""Bad input never breaks search: property-based tests over the search views."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from website.models import StandardPage
from website.search import search_pages

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    '"',
    '"khuyến công',
    "*",
    ":",
    "-",
    "- -",
    "title:x",
    "NEAR(a b)",
    "a AND OR NOT b",
    "^x",
    "'; DROP TABLE wagtailcore_page; --",
    "\x00",
    "k\x00huyen",
    "\\",
    "%",
    "{title body} : x",
    "x" * 10_000,
    "Đ" * 3000,
]
# Text with NUL bytes, lone surrogates, quotes and FTS/SQL syntax characters.
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.sampled_from(list("\"'*:-^(){}[]\\%_\x00 ĐđếQĐ/")),
    ),
    max_size=300,
)


def _get(client, path, **params):
    # Encode by hand so lone surrogates reach the view as the browser sends them.
    query = "&".join(
        f"{key}={quote(str(value).encode('utf-8', 'surrogatepass'), safe='')}"
        for key, value in params.items()
    )
    return client.get(path, QUERY_STRING=query)


@pytest.fixture
def content(home):
    home.add_child(instance=StandardPage(title="Đề án khuyến công", intro="QĐ-TTg"))


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_a_readable_page(client, content, query):
    response = _get(client, "/tim-kiem/", q=query, page="-1")
    assert response.status_code == 200
    assert "Tìm kiếm" in response.content.decode()
    assert len(response.context["search_query"]) <= 200
    assert _get(client, "/tim-kiem/goi-y/", q=query).status_code == 200


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=TEXT, page=TEXT, search_type=TEXT)
def test_any_input_to_the_search_page(client, content, query, page, search_type):
    response = _get(client, "/tim-kiem/", q=query, page=page, type=search_type)
    assert response.status_code in (200, 400)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=TEXT)
def test_any_input_to_autocomplete_and_english_search(client, content, query):
    assert _get(client, "/tim-kiem/goi-y/", q=query).status_code == 200
    assert _get(client, "/en/search/", q=query).status_code == 200


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=TEXT)
def test_any_input_to_the_helper_the_apps_call(content, query):
    from wagtail.models import Page

    results = search_pages(Page.objects.live(), query)
    assert results.count() == len(list(results[:50])) or results.count() > 50
    list(search_pages(Page.objects.live(), query, autocomplete=True)[:5])
