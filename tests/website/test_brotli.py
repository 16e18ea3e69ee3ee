"""Brotli for responses the page cache did not answer (issue 22: "a br request gets an
uncompressed page"): a page rendered with the cache off, a streamed response, and what
must stay as it is (small bodies, encoded bodies, clients without br, pages with the
CSRF token)."""

import gzip

import brotli
import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from website.middleware import BrotliMiddleware

BODY = ("<p>Khuyến công quốc gia: máy sấy, lò nung, dây chuyền chế biến.</p>\n" * 60).encode()


def run(response, accept="gzip, deflate, br, zstd"):
    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING=accept)
    return BrotliMiddleware(lambda request: response)(request)


def test_brotli_when_the_client_accepts_it():
    response = run(HttpResponse(BODY, headers={"ETag": '"abc"'}))
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(response.content) == BODY
    assert int(response["Content-Length"]) == len(response.content) < len(BODY) // 5
    assert response["Vary"] == "Accept-Encoding"
    assert response["ETag"] == 'W/"abc"'


@pytest.mark.parametrize("accept", ["gzip, deflate", "", "br;q=0, gzip", "identity"])
def test_left_alone_without_br(accept):
    response = run(HttpResponse(BODY), accept=accept)
    assert not response.has_header("Content-Encoding")
    assert response.content == BODY
    assert response["Vary"] == "Accept-Encoding"


def test_small_and_encoded_bodies_are_left_alone():
    small = run(HttpResponse(b"<p>ok</p>"))
    assert not small.has_header("Content-Encoding") and small.content == b"<p>ok</p>"
    assert not small.has_header("Vary")
    zipped = gzip.compress(BODY)
    encoded = run(HttpResponse(zipped, headers={"Content-Encoding": "gzip"}))
    assert encoded["Content-Encoding"] == "gzip" and encoded.content == zipped


def test_streamed_response_is_compressed_as_it_streams():
    chunks = [BODY[:1000], BODY[1000:3000], BODY[3000:]]
    response = run(StreamingHttpResponse(iter(chunks), headers={"Content-Length": "1"}))
    assert response["Content-Encoding"] == "br"
    assert not response.has_header("Content-Length")
    parts = list(response.streaming_content)
    assert len(parts) == 4  # each chunk flushed as it comes, then the end
    assert brotli.decompress(b"".join(parts)) == BODY


@pytest.mark.django_db
def test_a_page_with_the_csrf_token_stays_with_gzip():
    def view(request):
        # A page with a form: the token in the HTML, the cookie set by CsrfViewMiddleware.
        response = HttpResponse(BODY + get_token(request).encode())
        response.set_cookie("csrftoken", request.META["CSRF_COOKIE"])
        return response

    request = RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip, br")
    response = BrotliMiddleware(view)(request)
    assert not response.has_header("Content-Encoding")


@pytest.mark.django_db
def test_an_uncached_page_comes_with_brotli_and_gzip_for_others(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    plain = client.get("/")
    assert plain.status_code == 200
    assert not plain.has_header("Content-Encoding")
    br = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert br["Content-Encoding"] == "br"
    assert "Accept-Encoding" in br["Vary"]
    html = brotli.decompress(br.content).decode()
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    zipped = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content).decode().startswith("<!DOCTYPE html>")
