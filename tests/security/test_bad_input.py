"""Bad-input sweep: hostile values in every public URL that takes parameters, over the demo
content. No 500s, and nothing reflected unescaped (issue 9, item 5)."""

import os
import time

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from website.antispam import sign_timestamp

from .checks import CORE, HOSTILE, IMG, SCRIPT, assert_safe_response, encode, query_string

pytestmark = pytest.mark.django_db

# SWEEP_EXAMPLES=500 for a deeper local run; the suite keeps it small and derandomized.
SWEEP = settings(
    max_examples=int(os.environ.get("SWEEP_EXAMPLES", "12")),
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

URL_KEYS = [
    *(
        f"{name}-{language}"
        for name in ("news", "news-category", "news-rss")
        for language in ["vi", "en"]
    ),
    *(
        f"{name}-{language}"
        for name in ("news-category-atom", "case-studies", "products", "finder", "guide")
        for language in ("vi", "en")
    ),
    "news-tag",
    "article",
    "case-study",
    "product",
    "policy",
    "home",
    "search",
    "search-en",
    "suggest",
    "api-pages",
    "api-page",
    "api-images",
    "api-documents",
    "sitemap",
    "robots",
    "healthz",
    "document",
    "media",
]

# A value: one of the hostile ones, a hostile one wrapped in text, or any text at all
# (lone surrogates, NUL, controls, RTL, emoji...).
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.sampled_from(list("\"'<>&*:-^(){}[]\\%_\x00 ĐđếQĐ/²٣")),
    ),
    max_size=40,
)
VALUE = st.one_of(
    st.sampled_from(HOSTILE),
    st.builds(lambda a, b, c: a + b + c, TEXT, st.sampled_from(HOSTILE), TEXT),
    TEXT,
    st.integers(min_value=-(10**25), max_value=10**25).map(str),
)


def _params(names):
    """{name: [values]}: a few of the URL's parameters, each given once or more."""
    return st.dictionaries(
        keys=st.sampled_from(names), values=st.lists(VALUE, min_size=1, max_size=3), max_size=4
    )


def _get(client, url, query):
    return client.get(url, QUERY_STRING=query)


# Every hostile value in every parameter, deterministically --------------------------------

# URLs that read their parameters: each parameter is also tried on its own, so that one
# bad value does not hide another parameter's handling (an unknown category empties the
# news list before the year is used, say).
EACH = {"news-vi", "case-studies-vi", "products-vi", "guide-vi", "search", "suggest"}
EACH |= {"api-pages", "api-images", "sitemap"}
# URLs cheap enough to take every hostile value; the others take the core ones.
FULL = {"news-vi", "case-studies-vi", "products-vi", "guide-vi", "search", "api-pages"}


@pytest.mark.parametrize("key", URL_KEYS)
def test_every_hostile_value_in_every_parameter(client, demo, key):
    url, names = demo["urls"][key]
    names = names or ["q"]
    for value in HOSTILE if key in FULL else CORE:
        response = _get(client, url, query_string({name: [value] for name in names}))
        assert_safe_response(response)
    # Arrays: each parameter given twice, a plausible and a hostile value.
    for value in (SCRIPT, "99999999999999999999"):
        response = _get(client, url, query_string({name: ["1", value] for name in names}))
        assert_safe_response(response)
    if key in EACH:
        for name in names:
            for value in CORE:
                assert_safe_response(_get(client, url, query_string({name: [value]})))


def test_news_years_at_the_edge_of_the_calendar(client, demo):
    url = demo["urls"]["news-vi"][0]
    for query in ("year=9999", "year=9999&month=12", "year=1900&month=1", "month=12"):
        assert_safe_response(_get(client, url, query))


def test_api_offsets_past_the_database_integer(client, demo):
    for endpoint in ("pages", "images", "documents"):
        for offset in ("9223372036854775808", "99999999999999999999", "1000001"):
            response = client.get(f"/api/v2/{endpoint}/?offset={offset}")
            assert response.status_code == 400
            assert "offset" in response.json()["message"]
        assert client.get(f"/api/v2/{endpoint}/?offset=1000000").status_code == 200


# Any mix of values, generated ------------------------------------------------------------

# URLs that read their query string (the others ignore it: the fixed values above do).
GENERATED = sorted(EACH | {"news-category-en", "news-tag", "case-studies-en", "products-en"})
GENERATED += ["finder-vi", "guide-en", "api-documents", "api-page", "search-en"]


@pytest.mark.parametrize("key", GENERATED)
def test_any_query_string(client, demo, key):
    url, names = demo["urls"][key]

    @SWEEP
    @given(params=_params([*names, "x"]))
    def check(params):
        assert_safe_response(_get(client, url, query_string(params)))

    check()


# Malformed percent-encoding, straight into the WSGI environ ---------------------------------

RAW_QUERIES = [
    "q=%ED%A0%80&page=%&type=%zz&%ED%A0%80=1",
    "q=%FF%FE&page=%ED%A0%80&page=%FF&year=%C0%AF",
    "q=%00&category=%00&region=%E1%BA&support=%ED%A0%80&fields=%00&order=%FF",
    "&&&=&=&q",
    "q=" + "%41" * 5000,
    "year=%ED%A0%80&month=%00&category=%FF&tag=%&sort=%E1%BA&min=%FF&max=%ED%A0%80",
    "type=%FF&fields=%ED%A0%80&order=%00&limit=%&offset=%FF&search=%ED%A0%80&p=%FF",
]
MALFORMED = ["news-vi", "news-rss-vi", "case-studies-vi", "products-vi", "finder-vi", "guide-vi"]
MALFORMED += ["search", "suggest", "api-pages", "api-documents", "sitemap", "article", "home"]


@pytest.mark.parametrize("key", MALFORMED)
def test_malformed_percent_encoding(client, demo, key):
    url, _names = demo["urls"][key]
    for raw in RAW_QUERIES:
        assert_safe_response(client.get(url, QUERY_STRING=raw))


# Hostile path segments ------------------------------------------------------------------

PATH_SEGMENTS = [SCRIPT, IMG, "%ED%A0%80", "%00", "%FF", "..%2F..%2Fetc", "-1", "1e9"]
PATH_SEGMENTS += ["99999999999999999999", "x" * 2000, "đề-án", "🏭", "'OR'1'='1"]


@pytest.mark.parametrize(
    "template",
    [
        "/tin-tuc/{}/",
        "/tin-tuc/chuyen-muc/{}/",
        "/tin-tuc/the/{}/",
        "/tin-tuc/chuyen-muc/{}/rss/",
        "/en/news/category/{}/atom/",
        "/mo-hinh-trinh-dien/{}/",
        "/chinh-sach/{}/",
        "/api/v2/pages/{}/",
        "/api/v2/images/{}/",
        "/api/v2/documents/{}/",
        "/documents/{}/x.pdf",
        "/documents/1/{}",
        "/media/{}",
        "/media/images/{}",
        "/{}/",
        "/en/{}/",
    ],
)
def test_hostile_path_segments(client, demo, template):
    for segment in PATH_SEGMENTS:
        value = segment if "%" in segment else encode(segment)
        assert_safe_response(client.get(template.format(value)))


# Forms -----------------------------------------------------------------------------------


INQUIRY_FIELDS = ["name", "organisation", "phone", "email", "message", "website_url", "form_ts"]


def _inquiry(**overrides):
    data = {
        "name": "Nguyễn Văn Bình",
        "organisation": "Công ty Minh họa",
        "phone": "0912 345 678",
        "email": "binh@example.vn",
        "message": "Xin báo giá.",
        "website_url": "",
        "form_ts": sign_timestamp("inquiry", time.time() - 30),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _form_body(data):
    return "&".join(f"{encode(k)}={encode(v)}" for k, v in data.items())


def _post_form(client, url, data):
    return client.post(url, data=_form_body(data), content_type="application/x-www-form-urlencoded")


@pytest.fixture
def no_rate_limit(settings):
    settings.KCQG_RATE_LIMITS = {"default": (100_000, 600)}


def _inquiry_url(product):
    """Where the product page's inquiry form posts (website.public_forms)."""
    if product.locale.language_code == "en":
        return f"/en/forms/inquiry/{product.pk}/"
    return f"/gui-bieu-mau/inquiry/{product.pk}/"


def test_inquiry_with_hostile_values(client, demo, no_rate_limit):
    url = _inquiry_url(demo["product"])
    for value in HOSTILE:
        # Every field at once: a form checks each field on its own.
        response = _post_form(client, url, _inquiry(**dict.fromkeys(INQUIRY_FIELDS, value)))
        assert_safe_response(response)
        response = _post_form(client, url, _inquiry(message=value, name=value))
        assert_safe_response(response)
    for field in INQUIRY_FIELDS:
        assert_safe_response(_post_form(client, url, _inquiry(**{field: None})))


@SWEEP
@given(
    data=st.dictionaries(
        keys=st.sampled_from(INQUIRY_FIELDS), values=VALUE, max_size=len(INQUIRY_FIELDS)
    ),
    english=st.booleans(),
)
def test_inquiry_with_any_values(client, demo, no_rate_limit, data, english):
    product = demo["product_en" if english else "product"]
    response = _post_form(client, _inquiry_url(product), _inquiry(**data))
    assert_safe_response(response)


def test_inquiry_errors_are_escaped_in_the_page_language(client, demo, no_rate_limit):
    response = _post_form(
        client, _inquiry_url(demo["product"]), _inquiry(phone=SCRIPT, email=IMG, name=SCRIPT)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Số điện thoại chưa đúng." in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    response = _post_form(
        client, _inquiry_url(demo["product_en"]), _inquiry(phone=SCRIPT, email="")
    )
    assert response.status_code == 400
    assert "Số điện thoại chưa đúng." not in response.content.decode()


def test_inquiry_without_or_with_a_forged_csrf_token(demo, no_rate_limit):
    client = Client(enforce_csrf_checks=True)
    url = demo["product"].url
    assert_safe_response(_post_form(client, url, _inquiry()), allowed=(403,))
    client.cookies["csrftoken"] = "x" * 32
    data = _inquiry(csrfmiddlewaretoken="y" * 32)
    assert_safe_response(_post_form(client, url, data), allowed=(403,))
    data = _inquiry(csrfmiddlewaretoken=SCRIPT)
    assert_safe_response(_post_form(client, url, data), allowed=(403,))


def test_inquiry_as_json_or_multipart_garbage(client, demo, no_rate_limit):
    url = _inquiry_url(demo["product"])
    assert_safe_response(client.post(url, data=b"\xff\xfe\x00", content_type="application/json"))
    assert_safe_response(
        client.post(url, data=b"--x\r\nbroken", content_type="multipart/form-data; boundary=x")
    )
    assert_safe_response(client.post(url, data="a=%ED%A0%80&b=%", content_type="text/plain"))


def test_post_to_pages_without_a_form(client, demo):
    for key in ("news-vi", "article", "finder-vi", "guide-vi", "case-studies-vi", "search"):
        url, _names = demo["urls"][key]
        assert_safe_response(_post_form(client, url, {"q": SCRIPT}))


# The view beacon -------------------------------------------------------------------------


BEACON_IDS = ["0", "-1", "abc", SCRIPT, "%ED%A0%80", "%00", "1.5", "99999999999999999999"]
BEACON_IDS += ["9223372036854775807", "9223372036854775808", "²", "١"]


def test_view_beacon_with_bad_ids(client, demo):
    for language in ("", "/en"):
        for page_id in [*BEACON_IDS, str(demo["article"].pk)]:
            value = page_id if "%" in page_id else encode(page_id)
            for method in (client.post, client.get, client.put, client.delete):
                assert_safe_response(method(f"{language}/views/{value}/"), allowed=(204, 404, 405))
            assert_safe_response(
                client.get(f"{language}/views/{value}/pixel.gif"), allowed=(200, 404)
            )


@SWEEP
@given(page_id=st.integers(min_value=-(10**30), max_value=10**30), body=VALUE)
def test_view_beacon_with_any_id(client, demo, page_id, body):
    cache.clear()
    response = client.post(
        f"/views/{page_id}/", data=body.encode("utf-8", "surrogatepass"), content_type="text/plain"
    )
    assert response.status_code in (204, 404)


def test_a_page_of_each_type_survives_a_hostile_query(client, demo):
    """A live page of each type, in each language, with every usual parameter hostile."""
    names = sorted({n for _url, ns in demo["urls"].values() for n in ns})
    query = query_string({name: [IMG] for name in names})
    seen = set()
    for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
        if (page.content_type_id, page.locale_id) not in seen:
            seen.add((page.content_type_id, page.locale_id))
            assert_safe_response(client.get(page.url, QUERY_STRING=query))
    assert len(seen) >= 16
