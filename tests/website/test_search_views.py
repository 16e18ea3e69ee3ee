"""The site search page, autocomplete, header box, language switch, admin search."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from website.models import StandardPage
from website.search import _SEARCH_TYPES

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    about = home.add_child(
        instance=StandardPage(
            title="Khuyến công quốc gia là gì",
            slug="gioi-thieu",
            intro="Chương trình hỗ trợ cơ sở công nghiệp nông thôn theo Quyết định 1288/QĐ-TTg.",
        )
    )
    for number in range(12):
        home.add_child(
            instance=StandardPage(
                title=f"Mô hình trình diễn số {number}",
                slug=f"mo-hinh-{number}",
                intro="Đề án khuyến công địa phương về máy móc chế biến.",
            )
        )
    draft = home.add_child(
        instance=StandardPage(title="Khuyến công bản nháp", slug="nhap", live=False)
    )
    return {"about": about, "draft": draft}


def test_results_with_highlight_noindex_and_header_box(client, pages):
    response = client.get("/tim-kiem/", {"q": "khuyen cong quoc gia"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert "Khuyến công quốc gia là gì" in html or "<mark>Khuyến</mark>" in html
    assert "<mark>Khuyến</mark> <mark>công</mark> <mark>quốc</mark> <mark>gia</mark>" in html
    assert 'role="search"' in html and 'action="/tim-kiem/"' in html
    assert "bản nháp" not in html


def test_drafts_are_never_found(client, pages):
    response = client.get("/tim-kiem/", {"q": "ban nhap"})
    assert "Khuyến công bản nháp" not in response.content.decode()
    assert response.context["total"] == 0


def test_pagination_and_type_facet(client, pages):
    response = client.get("/tim-kiem/", {"q": "de an khuyen cong"})
    assert response.context["total"] == 12
    assert len(response.context["results"]) == 10
    facet = response.context["facets"][0]
    assert facet["key"] == "website.standardpage" and facet["count"] == 12
    html = response.content.decode()
    assert "Trang thông tin <span" in html
    # The one pagination of the site: "Trang 1/2", links that keep the query.
    assert '<li aria-current="page">Trang 1/2</li>' in html
    assert 'rel="next" href="?q=de+an+khuyen+cong&amp;page=2"' in html
    second = client.get("/tim-kiem/", {"q": "de an khuyen cong", "page": "2"})
    assert 'rel="prev" href="?q=de+an+khuyen+cong"' in second.content.decode()
    assert len(second.context["results"]) == 2
    beyond = client.get("/tim-kiem/", {"q": "de an khuyen cong", "page": "999"})
    assert beyond.status_code == 200 and beyond.context["page_obj"].number == 2
    typed = client.get("/tim-kiem/", {"q": "khuyen cong", "type": "website.standardpage"})
    assert typed.context["search_type"] == "website.standardpage"
    assert len(typed.context["results"]) == 10
    assert {item["page"].content_type.model for item in typed.context["results"]} == {
        "standardpage"
    }
    bogus = client.get("/tim-kiem/", {"q": "khuyen cong", "type": "auth.user"})
    assert bogus.status_code == 200 and bogus.context["search_type"] == ""


def test_document_number(client, pages):
    response = client.get("/tim-kiem/", {"q": "1288/qd-ttg"})
    assert response.context["results"][0]["page"].pk == pages["about"].pk


def test_empty_state_suggests_editors_queries(client, pages):
    query = Query.get("khuyến công")
    SearchPromotion.objects.create(query=query, page=pages["about"], description="Bắt đầu ở đây")
    response = client.get("/tim-kiem/", {"q": "zzzz không có"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Không tìm thấy kết quả cho “zzzz không có”" in html
    assert "«" not in html and "»" not in html
    assert 'href="?q=khuy%E1%BA%BFn%20c%C3%B4ng"' in html


def test_promotions_and_query_logging(client, pages):
    SearchPromotion.objects.create(
        query=Query.get("khuyến công"), page=pages["about"], description="Giới thiệu"
    )
    response = client.get("/tim-kiem/", {"q": "Khuyến  Công"})
    assert response.context["promotions"][0]["title"] == "Khuyến công quốc gia là gì"
    assert "Gợi ý của ban biên tập" in response.content.decode()
    assert Query.objects.get(query_string="khuyến công").hits == 1
    client.get("/tim-kiem/", {"q": "x" * 150})
    assert not Query.objects.filter(query_string__startswith="xxx").exists()


def test_english_search_and_language_switch(client, pages, home_en):
    home_en.add_child(instance=StandardPage(title="About the programme", slug="about"))
    response = client.get("/en/search/", {"q": "programme"})
    assert response.status_code == 200
    titles = [item["title"] for item in response.context["results"]]
    assert titles[0] == "About the programme"
    html = response.content.decode()
    assert 'href="/tim-kiem/?q=programme"' in html
    vi = client.get("/tim-kiem/", {"q": "khuyến công"})
    assert 'href="/en/search/?q=khuy%E1%BA%BFn+c%C3%B4ng"' in vi.content.decode()
    assert client.get("/en/tim-kiem/").status_code == 404


def test_autocomplete_json(client, pages):
    response = client.get("/tim-kiem/goi-y/", {"q": "khuyen co"})
    assert response.status_code == 200
    data = response.json()
    assert data["results"][0]["title"] == "Khuyến công quốc gia là gì"
    assert data["results"][0]["url"] == "/gioi-thieu/"
    assert "max-age=60" in response["Cache-Control"]
    assert client.get("/tim-kiem/goi-y/", {"q": "k"}).json()["results"] == []
    assert client.get("/en/search/suggest/", {"q": "khuyen"}).json()["results"] == []


def test_admin_page_search_folds(admin_client, pages):
    response = admin_client.get("/admin/pages/search/", {"q": "khuyen cong quoc"})
    assert response.status_code == 200
    assert "Khuyến công quốc gia là gì" in response.content.decode()


def test_page_search_through_the_queryset_api_folds(pages):
    from wagtail.models import Page

    titles = [page.title for page in Page.objects.live().search("khuyen cong quoc gia")]
    assert titles == ["Khuyến công quốc gia là gì"]


def test_standard_page_renders(client, pages):
    response = client.get("/gioi-thieu/")
    assert response.status_code == 200
    assert "Khuyến công quốc gia là gì" in response.content.decode()


@pytest.mark.django_db
def test_search_engine_outage_gives_a_readable_503(client, home):
    from unittest import mock

    with mock.patch(
        "website.search_views.search_pages", side_effect=ConnectionError("engine down")
    ):
        response = client.get("/tim-kiem/", {"q": "khuyến công"})
    assert response.status_code == 503
    assert "Tìm kiếm tạm thời gián đoạn" in response.content.decode()
    assert response["Retry-After"] == "60"


def test_engine_errors_follow_the_configured_backend(settings):
    from elastic_transport import TransportError
    from opensearchpy.exceptions import TransportError as OpenSearchTransportError

    from website.search_views import engine_errors

    backends = settings.WAGTAILSEARCH_BACKENDS
    try:
        for path, wanted, unwanted in (
            ("website.search_backends.elasticsearch9", TransportError, OpenSearchTransportError),
            ("website.search_backends.opensearch3", OpenSearchTransportError, TransportError),
        ):
            settings.WAGTAILSEARCH_BACKENDS = {"default": {**backends["default"], "BACKEND": path}}
            engine_errors.cache_clear()
            assert wanted in engine_errors() and unwanted not in engine_errors()
            assert ConnectionError in engine_errors()
    finally:
        settings.WAGTAILSEARCH_BACKENDS = backends
        engine_errors.cache_clear()


def test_a_summary_given_twice_is_shown_once(client, home):
    text = "Máy sấy buồng dùng bơm nhiệt cho nông sản."
    page = home.add_child(
        instance=StandardPage(title="Máy sấy nông sản", slug="may-say", search_description=text)
    )
    page.listing_summary = text  # the same words in both fields, as editors often write
    assert search_result_snippet(page, "máy sấy").count("bơm nhiệt") == 1


def search_result_snippet(page, query):
    from django.test import RequestFactory

    from website.search_views import _result_item

    return str(_result_item(page, query, RequestFactory().get("/"))["snippet"])


def test_every_page_type_has_a_proper_label():
    """No result type falls back to a model's internal name ("trang tin tức", "home page")."""
    from django.apps import apps
    from wagtail.models import Page

    page_models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label != "wagtailcore"
    ]
    assert len(page_models) >= 10
    for model in page_models:
        search_type = _SEARCH_TYPES.get(model._meta.label_lower)
        assert search_type is not None, model
        assert str(search_type.label)[0].isupper(), search_type


def test_result_labels_quotes_and_pagination_read_naturally(client, pages, home, home_en):
    from news.models import NewsIndexPage

    home.add_child(instance=NewsIndexPage(title="Tin tức khuyến công", slug="tin-tuc"))
    html = client.get("/tim-kiem/", {"q": "khuyến công"}).content.decode()
    types = set(re.findall(r'<span class="search-result__type">([^<]+)</span>', html))
    assert {"Trang thông tin", "Mục Tin tức"} <= types
    assert "trang nội dung" not in html and "trang tin tức" not in html
    assert "kết quả cho “khuyến công”" in html
    assert "«" not in html and "»" not in html
    english = client.get("/en/search/", {"q": "programme"}).content.decode()
    assert "«" not in english
