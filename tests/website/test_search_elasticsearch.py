"""Elasticsearch 9 / OpenSearch 3, with no server: the backend object, its index
settings, mapping, documents and query bodies."""

import pytest
from django.conf import settings
from wagtail.models import Page

from website.models import StandardPage
from website.search_backends.elasticsearch9 import Elasticsearch9FoldingBackend
from website.search_backends.opensearch3 import OpenSearch3FoldingBackend
from website.settings.base import search_backends


def _params(url="http://search.internal:9200"):
    params = dict(search_backends(url)["default"])
    params.pop("BACKEND")
    return params


@pytest.fixture(params=[Elasticsearch9FoldingBackend, OpenSearch3FoldingBackend])
def backend(request):
    return request.param(_params())


def test_search_url_selects_the_backend():
    assert search_backends("")["default"]["BACKEND"] == "website.search_backends.database"
    assert search_backends("")["default"]["SEARCH_CONFIG"] == "simple"
    es = search_backends("https://user:pw@es.example.vn:9200")["default"]
    assert es["BACKEND"] == "website.search_backends.elasticsearch9"
    assert es["URLS"] == ["https://user:pw@es.example.vn:9200"]
    assert es["INDEX_PREFIX"] == "kcqg_"
    assert es["TIMEOUT"] == 5
    assert (
        search_backends("https://opensearch.example.vn:9200")["default"]["BACKEND"]
        == "website.search_backends.opensearch3"
    )
    assert (
        search_backends("https://search.example.vn:9200", "opensearch")["default"]["BACKEND"]
        == "website.search_backends.opensearch3"
    )


def test_backend_builds_without_a_connection(backend):
    assert backend.index_prefix == "kcqg_"
    assert backend.timeout == 5
    assert backend.get_index_for_model(StandardPage).name == "kcqg_wagtailcore_page"


def test_index_settings_add_a_folding_analyzer(backend):
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["filter"]["kcqg_folding"] == {
        "type": "asciifolding",
        "preserve_original": True,
    }
    assert analysis["analyzer"]["default"]["filter"] == ["lowercase", "kcqg_folding"]
    # Wagtail's own analyzers are kept.
    assert "edgengram_analyzer" in analysis["analyzer"]
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].endswith(".database")


def test_mapping_of_the_folded_fields(backend):
    properties = backend.mapping_class(StandardPage).get_mapping()["properties"]
    title = properties["website_basepage__search_folded_title"]
    text = properties["website_basepage__search_folded_text"]
    assert title["type"] == "text" and text["type"] == "text"
    assert "_all_text_boost_2_0" in title.get("copy_to", [])
    assert "website_basepage__search_folded_title_edgengrams" in properties


@pytest.mark.django_db
def test_document_body_carries_the_folded_copies(backend, home):
    page = home.add_child(
        instance=StandardPage(
            title="Đề án khuyến công 2025",
            intro="Hỗ trợ cơ sở công nghiệp nông thôn",
            listing_summary="Quyết định 1288/QĐ-TTg",
        )
    )
    document = backend.mapping_class(StandardPage).get_document(page)
    assert document["title"] == "Đề án khuyến công 2025"
    assert document["website_basepage__search_folded_title"] == "de an khuyen cong 2025"
    folded = document["website_basepage__search_folded_text"]
    assert "ho tro co so cong nghiep nong thon" in folded
    assert "1288 qd ttg" in folded
    assert document["pk"] == str(page.pk)


def _query(backend, text):
    results = backend.search(text, Page.objects.filter(live=True))
    return results.query_compiler.get_query()


def _matches(body):
    found = []
    if isinstance(body, dict):
        if "match" in body and "_django_content_type" not in body["match"]:
            found.extend(body["match"].items())
        if "multi_match" in body:
            found.append(("multi_match", body["multi_match"]))
        for value in body.values():
            found.extend(_matches(value))
    elif isinstance(body, list):
        for value in body:
            found.extend(_matches(value))
    return found


def test_query_body_with_diacritics_runs_typed_boosted_or_folded(backend):
    body = _query(backend, "Đề án khuyến công")
    matches = _matches(body)
    texts = {(field, match["query"], match.get("boost", 1.0)) for field, match in matches}
    assert ("_all_text", "đề án khuyến công", 4.0) in texts
    assert ("_all_text", "de an khuyen cong", 1.0) in texts
    assert all(match["operator"] == "and" for _field, match in matches)
    assert body["bool"]["filter"][1] == {"term": {"live_filter": True}}


def test_query_body_without_diacritics_is_one_folded_query(backend):
    matches = _matches(_query(backend, "de an khuyen cong"))
    assert {match["query"] for _field, match in matches} == {"de an khuyen cong"}


def test_query_body_of_a_hostile_query_has_no_syntax(backend):
    matches = _matches(_query(backend, '"QĐ-TTg" OR *:* \\'))
    assert {match["query"] for _field, match in matches} == {"qđ ttg or", "qd ttg or"}
