"""Malformed filters of the public API are a 400 with a message, never a 500 (issue 27,
finding 4): the attack run's reproductions, then every field filter of every page type,
image and document with values of every wrong kind."""

from urllib.parse import quote

import pytest
from django.test import Client
from wagtail.models import Page, get_page_models

from news.factories import NewsArticlePageFactory
from news.models import NewsIndexPage
from website.api import DocumentsEndpoint, ImagesEndpoint, PagesEndpoint

pytestmark = pytest.mark.django_db

REPRODUCTIONS = [
    "/api/v2/pages/?first_published_at=x",
    "/api/v2/pages/?type=news.NewsArticlePage&publish_date=2025-13-45",
    "/api/v2/pages/?type=news.NewsArticlePage&category=9223372036854775808",
    "/api/v2/pages/?search=a&search_operator=xor",
    "/api/v2/images/?search=a&search_operator=xor",
    "/api/v2/documents/?search=a&search_operator=xor",
]

WRONG_VALUES = [
    "x",
    "khuyến công",
    "2025-13-45",
    "2025-02-30T10:00",
    "0001-01-01 00:00",
    "9999-12-31T23:59:59+14:00",
    "9223372036854775808",
    "-9223372036854775809",
    "2147483648",
    "99999999999999999999999999",
    "1e999",
    "NaN",
    "-inf",
    "1.5",
    "",
]


@pytest.fixture
def api():
    return Client(raise_request_exception=False)


@pytest.fixture
def article(home):
    index = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    index.save_revision().publish()
    article = NewsArticlePageFactory(parent=index, title="Đổi mới máy sấy chè")
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def assert_clear_400_or_200(response, url):
    assert response.status_code in (200, 400), (url, response.status_code)
    assert response["Content-Type"].startswith("application/json"), url
    if response.status_code == 400:
        assert response.json()["message"], url


@pytest.mark.parametrize("url", REPRODUCTIONS)
def test_the_attack_runs_filters_are_400s_with_a_message(api, article, url):
    response = api.get(url)
    assert response.status_code == 400, (url, response.status_code)
    message = response.json()["message"]
    if "search_operator" in url:
        assert message == "search_operator must be one of: and, or"
    else:
        field = url.rsplit("&", 1)[-1].split("?")[-1].split("=")[0]
        assert f"is not a valid value for {field}" in message


def test_good_filters_still_filter(api, article):
    base = "/api/v2/pages/?type=news.NewsArticlePage"
    date = article.publish_date.date().isoformat()
    for query, expected in (
        (f"&publish_date={quote(article.publish_date.isoformat())}", 1),
        (f"&category={article.category_id}", 1),
        (f"&category={article.category_id + 1000}", 0),
        (f"&first_published_at={quote(article.first_published_at.isoformat())}", 1),
        (f"&publish_date={date}T00:00:00%2B00:00&order=-publish_date", 0),
        ("&search=m%C3%A1y%20s%E1%BA%A5y&search_operator=and", 1),
        ("&search=m%C3%A1y%20kh%C3%B4ng&search_operator=or", 1),
    ):
        response = api.get(base + query)
        assert response.status_code == 200, (query, response.content)
        assert response.json()["meta"]["total_count"] == expected, query


def _filters(endpoint, model):
    return sorted(
        set(endpoint.get_available_fields(model, db_fields_only=True)) - {"locale", "tags"}
    )


def test_every_field_filter_of_every_endpoint_refuses_wrong_values(api, article):
    # The fields every page has once, on the generic list; each type's own with its type.
    common = _filters(PagesEndpoint, Page)
    urls = [f"/api/v2/pages/?{name}=" for name in common]
    for model in get_page_models():
        label = f"{model._meta.app_label}.{model.__name__}"
        for name in sorted(set(_filters(PagesEndpoint, model)) - set(common)):
            urls.append(f"/api/v2/pages/?type={label}&{name}=")
    for name in _filters(ImagesEndpoint, ImagesEndpoint.model):
        urls.append(f"/api/v2/images/?{name}=")
    for name in _filters(DocumentsEndpoint, DocumentsEndpoint.model):
        urls.append(f"/api/v2/documents/?{name}=")
    assert any("publish_date=" in url for url in urls)
    assert any("/images/?width=" in url for url in urls)
    assert any("/pages/?first_published_at=" in url for url in urls)
    refused = 0
    for url in urls:
        for value in WRONG_VALUES:
            response = api.get(url + value)
            assert_clear_400_or_200(response, url + value)
            refused += response.status_code == 400
    assert refused > len(urls)  # most wrong values are refused, not silently ignored
