"""The page cache: anonymous readers get cached pages; editors, forms and changes don't."""

import time

import pytest
import time_machine
from django.test import Client
from wagtail.models import Site

from multimedia.models import MediaItem
from website.models import Region, SiteSettings


@pytest.mark.django_db
def test_second_read_is_a_hit_with_validators(client, home, page_cache, django_assert_num_queries):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert "public" in second["Cache-Control"]
    assert "s-maxage=300" in second["Cache-Control"]
    assert second["Last-Modified"]
    # Security headers are kept on hits.
    assert "default-src 'self'" in second["Content-Security-Policy"]
    revalidated = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert revalidated.status_code == 304
    assert revalidated.content == b""


@pytest.mark.django_db
def test_languages_and_query_strings_are_cached_apart(client, home_en, page_cache):
    vi = client.get("/")
    en = client.get("/en/")
    assert vi["X-Page-Cache"] == en["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    assert client.get("/?a=1")["X-Page-Cache"] == "miss"
    assert '<html lang="en">' in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_publishing_expires_the_cache(client, home, page_cache):
    client.get("/")
    home.intro = "Lời giới thiệu mới"
    home.save_revision().publish()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Lời giới thiệu mới" in response.content.decode()


@pytest.mark.django_db
def test_unpublishing_and_snippets_and_settings_expire_the_cache(client, home, page_cache):
    client.get("/")
    region = Region.objects.filter(locale__language_code="vi").first()
    region.name = region.name + " (sửa)"
    region.save()
    assert client.get("/")["X-Page-Cache"] == "miss"
    settings_row = SiteSettings.for_site(Site.objects.get(root_page=home))
    settings_row.footer_text = "Chân trang đổi"
    settings_row.save()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Chân trang đổi" in response.content.decode()


@pytest.mark.django_db
def test_editing_a_media_item_expires_the_cache(client, home, page_cache):
    """A library video's duration or poster shows on pages: a change there is seen."""
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    MediaItem.objects.create(title="Phóng sự mới", type="audio", duration=65)
    assert client.get("/")["X-Page-Cache"] == "miss"


@pytest.mark.django_db
@pytest.mark.parametrize("restriction_type", ["login", "password"])
def test_making_a_page_private_expires_the_cache(client, home, page_cache, restriction_type):
    """A page that readers had cached while it was public is not served to them once
    an editor restricts it (Wagtail's privacy setting), nor after it is opened again."""
    from wagtail.models import PageViewRestriction

    from website.models import StandardPage

    page = home.add_child(instance=StandardPage(title="Họp nội bộ", slug="hop-noi-bo"))
    page.save_revision().publish()
    assert client.get("/hop-noi-bo/").status_code == 200
    assert client.get("/hop-noi-bo/")["X-Page-Cache"] == "hit"
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="mat-khau-hop"
    )
    response = client.get("/hop-noi-bo/")
    assert response.get("X-Page-Cache") != "hit"
    assert "Họp nội bộ</h1>" not in response.content.decode()
    restriction.delete()
    response = client.get("/hop-noi-bo/")
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"


@pytest.mark.django_db
def test_a_new_worker_sees_the_bump(client, home, page_cache):
    """The version lives outside the process (stamp file or shared cache)."""
    from website import page_cache as module

    before = module.current_version()
    module.bump_version("test")
    assert module.current_version() != before


@pytest.mark.django_db
def test_editors_bypass_the_cache(client, home, admin_user, page_cache):
    client.get("/")
    editor = Client()
    editor.force_login(admin_user)
    response = editor.get("/")
    assert "X-Page-Cache" not in response
    assert "'unsafe-inline'" in response["Content-Security-Policy"]  # userbar


@pytest.mark.django_db
def test_posts_errors_and_cookie_setting_responses_are_not_cached(client, home, page_cache):
    assert client.get("/khong-co/").status_code == 404
    assert "X-Page-Cache" not in client.get("/khong-co/")
    assert client.get("/healthz")["Cache-Control"].startswith("max-age=0")
    assert "X-Page-Cache" not in client.post("/")


def test_responses_with_csrf_tokens_or_cookies_are_not_stored(rf):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from website.page_cache import _response_cacheable

    plain = HttpResponse("<p>x</p>")
    assert _response_cacheable(plain, rf.get("/"))
    request = rf.get("/")
    get_token(request)  # what {% csrf_token %} does in a form
    assert not _response_cacheable(HttpResponse("<form>"), request)
    with_cookie = HttpResponse("x")
    with_cookie.set_cookie("csrftoken", "abc")
    assert not _response_cacheable(with_cookie)


@pytest.mark.django_db
def test_hits_are_served_compressed_to_those_who_accept_it(client, home, page_cache):
    import gzip

    plain = client.get("/")
    hit = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == plain.content
    assert "Accept-Encoding" in hit["Vary"]
    assert "Content-Encoding" not in client.get("/")


@pytest.mark.django_db
def test_browsers_that_accept_brotli_get_brotli(client, home, page_cache):
    brotli = pytest.importorskip("brotli")  # pinned in requirements.txt

    plain = client.get("/")
    gzipped = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    hit = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Content-Encoding"] == "br"
    assert brotli.decompress(hit.content) == plain.content
    assert len(hit.content) < len(gzipped.content)
    assert "Accept-Encoding" in hit["Vary"]
    # Its own ETag, revalidated with it alone.
    assert len({hit["ETag"], gzipped["ETag"], plain["ETag"]}) == 3
    assert (
        client.get("/", HTTP_ACCEPT_ENCODING="br", HTTP_IF_NONE_MATCH=hit["ETag"]).status_code
        == 304
    )
    assert (
        client.get("/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=hit["ETag"]).status_code
        == 200
    )
    refused = client.get("/", HTTP_ACCEPT_ENCODING="gzip;q=1, br;q=0")
    assert refused["Content-Encoding"] == "gzip"


@pytest.mark.django_db
def test_a_hit_reads_only_the_body_it_sends(client, home, page_cache, monkeypatch):
    """Each encoding is an entry of its own: a phone taking brotli does not unpickle the
    gzip and plain bodies too (they were ~50 KB of a home page's ~65)."""
    pytest.importorskip("brotli")
    from django.core.cache import cache

    plain = client.get("/")
    read = []
    get = cache.get

    def recording_get(key, *args, **kwargs):
        value = get(key, *args, **kwargs)
        read.append(value)
        return value

    monkeypatch.setattr(cache, "get", recording_get)
    for accept, encoding in (("gzip, deflate, br", "br"), ("gzip", "gzip"), ("", None)):
        read.clear()
        hit = client.get("/", HTTP_ACCEPT_ENCODING=accept)
        assert hit["X-Page-Cache"] == "hit"
        assert hit.get("Content-Encoding") == encoding
        pages = [value for value in read if isinstance(value, tuple)]
        assert len(pages) == 1
        assert pages[0][0].content == hit.content
        assert len(hit.content) < len(plain.content) or encoding is None
    # What was stored is not changed by serving it: the next hit says "hit", not "miss".
    assert client.get("/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_readers_searching_do_not_expire_the_cache(client, home, page_cache):
    from website import page_cache as module

    client.get("/")
    version = module.current_version()
    client.get("/tim-kiem/", {"q": "khuyến công"})  # logs the query for editors
    assert module.current_version() == version
    assert client.get("/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_a_pages_first_read_of_the_day_does_not_expire_the_cache(client, home, page_cache):
    from website import page_cache as module
    from website.counter import record_view

    client.get("/")
    version = module.current_version()
    record_view(home.pk)  # creates the day's row and the total
    record_view(home.pk)  # then raises them
    assert module.current_version() == version
    assert client.get("/")["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_tracking_parameters_of_shared_links_hit_the_same_entry(client, home, page_cache):
    plain = client.get("/")
    assert plain["X-Page-Cache"] == "miss"
    shared = client.get("/?fbclid=IwAR0abc&utm_source=zalo&utm_medium=social")
    assert shared["X-Page-Cache"] == "hit"
    assert shared.content == plain.content
    zalo = client.get("/?zarsrc=30&utm_campaign=kcqg")
    assert zalo["X-Page-Cache"] == "hit"
    # Real parameters still make their own entry and keep their value.
    other = client.get("/?fbclid=x&page=2")
    assert other["X-Page-Cache"] == "miss"


def test_stripping_tracking_parameters_keeps_the_others(rf):
    from website.page_cache import strip_tracking_params

    request = rf.get("/tin-tuc/?utm_source=fb&category=co-khi&fbclid=1&q=%C4%91%E1%BB%81+%C3%A1n")
    strip_tracking_params(request)
    assert request.GET.dict() == {"category": "co-khi", "q": "đề án"}
    assert request.get_full_path() == "/tin-tuc/?category=co-khi&q=%C4%91%E1%BB%81+%C3%A1n"
    untouched = rf.get("/?utm=1&page=3")
    strip_tracking_params(untouched)
    assert untouched.GET.dict() == {"utm": "1", "page": "3"}


def _wait_until(condition, seconds=10):
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


@pytest.mark.django_db
@pytest.mark.parametrize("cacheable", [True, False])
def test_a_page_missed_by_two_requests_at_once_is_rendered_once(page_cache, rf, cacheable):
    """While one thread renders a missed page, another request for it waits and is
    served the stored result; if nothing could be stored, it renders the page itself."""
    import threading

    from django.http import HttpResponse

    from website import page_cache as module

    release = threading.Event()
    renders = []

    def get_response(request):
        renders.append(request)
        if len(renders) == 1:
            assert release.wait(10)
        response = HttpResponse(f"<p>lần {len(renders)}</p>", content_type="text/html")
        if not cacheable:
            response.set_cookie("csrftoken", "x")
        return response

    middleware = module.PageCacheMiddleware(get_response)
    results = {}

    def read(name):
        results[name] = middleware(rf.get("/trang-dong-thoi/", HTTP_HOST="testserver"))

    first = threading.Thread(target=read, args=("first",))
    first.start()
    _wait_until(lambda: len(renders) == 1)
    second = threading.Thread(target=read, args=("second",))
    second.start()
    _wait_until(lambda: any(f.waiting for f in list(module._flights.values())))
    assert len(renders) == 1  # the second request waits for the first render
    release.set()
    first.join(10)
    second.join(10)
    assert results["first"].content == "<p>lần 1</p>".encode()
    if cacheable:
        assert len(renders) == 1
        assert results["second"]["X-Page-Cache"] == "hit"
        assert results["second"].content == results["first"].content
    else:
        assert len(renders) == 2
        assert results["second"].content == "<p>lần 2</p>".encode()
    assert not module._flights  # nothing left behind


@pytest.mark.django_db
def test_a_render_that_fails_lets_the_next_request_render(page_cache, rf):
    from website import page_cache as module

    def get_response(request):
        raise RuntimeError("render failed")

    middleware = module.PageCacheMiddleware(get_response)
    with pytest.raises(RuntimeError):
        middleware(rf.get("/loi/", HTTP_HOST="testserver"))
    assert not module._flights


@pytest.mark.django_db
def test_if_modified_since_gets_a_304_until_the_page_changes(client, home, page_cache):
    first = client.get("/")
    last_modified = first["Last-Modified"]
    for _ in range(2):  # the miss stored it; now hits
        revalidated = client.get("/", HTTP_IF_MODIFIED_SINCE=last_modified)
        assert revalidated.status_code == 304
        assert revalidated.content == b""
        assert revalidated["ETag"] == first["ETag"]
        assert revalidated["Last-Modified"] == last_modified
    # An older copy, or a date that is no date, gets the page.
    older = client.get("/", HTTP_IF_MODIFIED_SINCE="Mon, 20 May 2019 08:58:00 GMT")
    assert older.status_code == 200
    assert client.get("/", HTTP_IF_MODIFIED_SINCE="hôm qua").status_code == 200
    # If-None-Match decides when both are sent (RFC 9110): a stale ETag gets the page.
    both = client.get("/", HTTP_IF_MODIFIED_SINCE=last_modified, HTTP_IF_NONE_MATCH='"cu"')
    assert both.status_code == 200
    # After a change (a few seconds later: HTTP dates count whole seconds) the page is
    # rendered afresh, and a copy from before it is not current.
    with time_machine.travel(time.time() + 5, tick=False):
        home.intro = "Lời giới thiệu mới"
        home.save_revision().publish()
        changed = client.get("/", HTTP_IF_MODIFIED_SINCE=last_modified)
        assert changed.status_code == 200
        assert "Lời giới thiệu mới" in changed.content.decode()


@pytest.mark.django_db
def test_compressed_and_plain_pages_have_their_own_etags(client, home, page_cache):
    import gzip

    miss = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    hit = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    plain = client.get("/")
    assert miss["Content-Encoding"] == hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(miss.content) == plain.content
    assert miss["ETag"] == hit["ETag"]
    assert hit["ETag"] != plain["ETag"]
    assert not hit["ETag"].startswith("W/") and not plain["ETag"].startswith("W/")
    # Each revalidates with its own ETag, and not with the other's.
    assert client.get("/", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304
    gzip_etag = hit["ETag"]
    assert (
        client.get("/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=gzip_etag).status_code
        == 304
    )
    assert client.get("/", HTTP_IF_NONE_MATCH=gzip_etag).status_code == 200
    assert (
        client.get("/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=plain["ETag"]).status_code
        == 200
    )


@pytest.mark.django_db
def test_every_response_has_a_restrictive_permissions_policy(client, home, page_cache):
    for response in (client.get("/"), client.get("/"), client.get("/robots.txt")):
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in policy
        assert 'fullscreen=(self "https://www.youtube.com"' in policy


def test_a_request_reads_the_version_once_and_a_bump_inside_it_is_seen(
    client, home, page_cache, monkeypatch
):
    """The page cache key and the chrome's look-ups of one request share one read of the
    version; a change the request itself makes is read afresh after it."""
    from website import page_cache as module

    reads = []
    read = module._read_version
    monkeypatch.setattr(module, "_read_version", lambda: reads.append(1) or read())
    page_cache.PAGE_CACHE_SECONDS = 0  # rendered: the chrome's look-ups read it too
    assert client.get("/").status_code == 200
    assert len(reads) == 1

    seen = []
    with module.held_version():
        seen.append(module.current_version())
        seen.append(module.current_version())
        module.bump_version("a change made by the request")
        seen.append(module.current_version())
        seen.append(module.current_version())
    assert seen[0] == seen[1] != seen[2] == seen[3]
    assert module.current_version() == seen[3]
