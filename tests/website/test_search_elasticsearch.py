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


def test_index_settings_make_spelling_variants_one_word(backend):
    analysis = backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["char_filter"][0] == "kcqg_tone_placement"
    mappings = analysis["char_filter"]["kcqg_tone_placement"]["mappings"]
    # Old and new tone placement: "hoá" → "hóa", "thuỷ" → "thủy", "khoẻ" → "khỏe".
    assert {"oá => óa", "uỷ => ủy", "oẻ => ỏe", "Oà => òa"} <= set(mappings)
    lone_y = [analysis["char_filter"][name] for name in default["char_filter"][1:]]
    assert len(lone_y) == 6  # y and its five toned forms
    tilde = next(f for f in lone_y if f["replacement"] == "$1ĩ")
    assert tilde["type"] == "pattern_replace"
    assert tilde["pattern"].endswith("ỹ\\b") and "|k|" in tilde["pattern"]


def _phrases(body):
    found = []
    if isinstance(body, dict):
        if "match_phrase" in body:
            for value in body["match_phrase"].values():
                found.append(value["query"] if isinstance(value, dict) else value)
        for value in body.values():
            found.extend(_phrases(value))
    elif isinstance(body, list):
        for value in body:
            found.extend(_phrases(value))
    return found


def _plan_body(backend, text, language="vi"):
    from website.search import plan_search

    # Every word (the loosest "all" tier: as typed or folded).
    built = [query for kind, query in plan_search(text, language).tiers if kind == "all"][-1]
    return backend.search(built, Page.objects.filter(live=True)).query_compiler.get_query()


@pytest.mark.django_db
def test_query_body_carries_the_editors_synonyms(backend):
    body = _plan_body(backend, "Daklak cà phê")
    queries = {match["query"] for _field, match in _matches(body)} | set(_phrases(body))
    # Every seeded spelling of Đắk Lắk, folded, as one unit; the rest as typed and folded.
    assert {"daklak", "dak lak", "dac lac"} <= queries
    assert {"cà", "phê", "ca", "phe"} <= queries
    # The words next to each other rank higher (a boosted phrase).
    assert "daklak ca phe" in queries


@pytest.mark.django_db
def test_query_body_of_a_variant_is_its_canonical_spelling(backend):
    for typed in ("kỹ thuật", "kĩ thuật"):
        queries = {match["query"] for _field, match in _matches(_plan_body(backend, typed))}
        assert "kĩ thuật" in queries and "ki thuat" in queries


@pytest.mark.django_db
def test_query_body_and_document_of_english_stems(backend, home_en):
    queries = {m["query"] for _f, m in _matches(_plan_body(backend, "co-operatives presses", "en"))}
    assert "cooper press" in queries  # joined, stemmed
    assert "cooperatives presses" in queries  # as typed, ranked first
    page = home_en.add_child(
        instance=StandardPage(title="Wicker presses", intro="A co-operative of weavers.")
    )
    folded = backend.mapping_class(StandardPage).get_document(page)[
        "website_basepage__search_folded_text"
    ]
    assert {"cooper", "weaver", "co", "oper"} <= set(folded.split())
    title = backend.mapping_class(StandardPage).get_document(page)[
        "website_basepage__search_folded_title"
    ]
    assert "press" in title.split()
