"""Full-page cache for anonymous readers.

Public GET/HEAD responses are cached per host, path and query string (the path
carries the language: Vietnamese without a prefix, English under /en/) in the
configured cache. Never cached: logged-in editors (a session cookie), readers
with a pending message, previews and the admin, POSTs, responses that set
cookies or carry a CSRF token (pages with forms), non-200 responses.

Tracking parameters that links pick up when shared (``utm_*``, ``fbclid`` from
Facebook, ``zarsrc`` from Zalo, ``gclid``, …) are dropped from the request before
anything sees it: no page reads them, and without this every click on a shared
link would be a cache miss and a cache entry of its own.

Invalidation is by a site-wide version: publishing, unpublishing, moving or
deleting a page, and saving or deleting any content model (snippets, settings,
images, documents, comments once approved, …) bumps it, so every cached page
expires at once. The version lives in the cache when the cache is shared
(Redis), else in a stamp file next to the media, so that every gunicorn worker
of one machine sees a bump at once. A request reads it once, as it begins, for its
cache key and the chrome's look-ups (``held_version``), and again only after a bump
of its own. The date is part of the key, so "most read this week" boxes turn over
daily; PAGE_CACHE_SECONDS bounds how stale a view count can be.

When Redis is down (website/cache.py) every look-up misses, so pages are rendered
as if uncached, and the version reads as a fresh one each time. A bump that could
not reach Redis is remembered in the process and made as soon as Redis answers
again, so nothing published during the outage is hidden behind older copies.

Pages are stored as three entries, a brotli, a gzip and a plain one (brotli when the
Brotli package is installed, as requirements.txt pins it), compressed once when stored:
a reader whose browser accepts ``br`` gets the smaller brotli body, others gzip, old
clients the plain one; each encoding has its own ETag. An entry is the whole response,
headers set, so a hit reads and unpickles only the body it sends and sets two headers
(Age and X-Page-Cache): ~10 µs a hit less than one entry holding all three bodies.

A miss is rendered once per process: while one thread renders a page, other
requests for the same key in that worker wait for it (at most FLIGHT_WAIT_SECONDS)
and are then served from the cache. After a publish every page misses at once; without
this, each of a worker's threads rendered the busiest pages side by side (a search for
a word in every article twice at once: twice the time, twice the memory).
"""

import contextlib
import contextvars
import hashlib
import logging
import os
import threading
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe, quote_etag
from django.utils.text import compress_string

from website.cache import cache_available

try:
    import brotli
except ImportError:  # pinned in requirements.txt; without it pages are served gzip only
    brotli = None

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
BYPASS_COOKIES = ("sessionid", "messages")
CACHED_TYPES = ("text/html", "application/rss+xml", "application/atom+xml", "application/xml")


def _shared_cache():
    backend = settings.CACHES["default"]["BACKEND"]
    return "locmem" not in backend and "dummy" not in backend


def _stamp_file():
    # A string join, not a Path: this is read on every request (a Path took ~5 µs).
    folder = getattr(settings, "PAGE_CACHE_STAMP_FILE", "") or settings.MEDIA_ROOT
    return os.path.join(folder, ".page-cache-stamp")


_pending_bump = threading.Event()  # a bump Redis missed: made when it answers again
# The version read once for the request being served (``held_version``); None: read it.
_held = contextvars.ContextVar("kcqg_page_cache_version", default=None)


def current_version():
    """The site-wide version (a string). Within a request, the one read as it began,
    unless the request itself bumped it since (``held_version``)."""
    held = _held.get()
    return held if held is not None else _read_version()


@contextlib.contextmanager
def held_version():
    """Read the version once for everything inside (a request: its page cache key and
    the chrome's dozen look-ups, each a Redis round trip or a stat of the stamp file).
    A bump inside lets go of it: what follows reads the new one."""
    token = _held.set(_read_version())
    try:
        yield
    finally:
        _held.reset(token)


def _read_version():
    if _shared_cache():
        if _pending_bump.is_set() and cache_available(cache):
            bump_version("made after a cache outage")
        version = cache.get(VERSION_KEY)
        if version is None:
            version = time.time_ns()
            cache.add(VERSION_KEY, version, None)
            version = cache.get(VERSION_KEY, version)
        return str(version)
    try:
        return str(os.stat(_stamp_file()).st_mtime_ns)
    except FileNotFoundError:
        return "0"


def bump_version(reason=""):
    """Expire every cached page (all languages, all workers)."""
    _held.set(None)
    if _shared_cache():
        was_pending = _pending_bump.is_set()
        _pending_bump.clear()
        try:
            cache.incr(VERSION_KEY)
        except ValueError:
            cache.set(VERSION_KEY, time.time_ns(), None)
        if not cache_available(cache):
            _pending_bump.set()
            if not was_pending:  # once per outage, not once per change
                logger.warning("page cache: version bump waits for the cache (%s)", reason)
    else:
        stamp = Path(_stamp_file())
        try:
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(str(time.time_ns()))
            now = time.time_ns()
            os.utime(stamp, ns=(now, now))
        except OSError:
            logger.exception("page cache: cannot write %s", stamp)
    logger.debug("page cache invalidated: %s", reason)


TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "zarsrc",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "yclid",
        "ttclid",
        "twclid",
        "li_fat_id",
    }
)


def _is_tracking(name):
    return name in TRACKING_PARAMS or name.startswith("utm_")


def strip_tracking_params(request):
    """Remove tracking parameters from the request's query string (and request.GET)."""
    query = request.META.get("QUERY_STRING", "")
    if not query or ("utm_" not in query and not any(p in query for p in TRACKING_PARAMS)):
        return
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not _is_tracking(name)]
    if len(kept) == len(pairs):
        return
    request.META["QUERY_STRING"] = urlencode(kept)
    request.__dict__.pop("GET", None)  # WSGIRequest.GET is parsed lazily from META


def _enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def _request_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in BYPASS_COOKIES):
        return False
    path = request.path_info
    admin_prefix = f"/{settings.ADMIN_URL}/"
    return not path.startswith((admin_prefix, "/healthz", "/static/", "/media/", "/documents/"))


def _key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    return f"pagecache:{current_version()}:{timezone.localdate().isoformat()}:{digest}"


def _response_cacheable(response, request=None):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    # A page with a form holds a CSRF token: it belongs to one reader only.
    # (Vary: Cookie alone comes from the userbar's look at the session, which
    # for a reader without a session cookie is the same for everybody.)
    if request is not None and request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    content_type = response.get("Content-Type", "")
    return content_type.startswith(CACHED_TYPES)


def _client_headers(response, etag, last_modified):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = (
        f"public, max-age={settings.PAGE_CACHE_BROWSER_SECONDS}, "
        f"s-maxage={settings.PAGE_CACHE_SECONDS}"
    )
    patch_vary_headers(response, ("Cookie",))


# Brotli's quality 5: a page in about a millisecond, smaller than gzip's best; the
# higher qualities take tens of milliseconds more for a few per cent.
BROTLI_QUALITY = 5
# The encodings of a page's cache entries besides the plain one, by preference.
ENCODINGS = ("br", "gzip") if brotli else ("gzip",)


def _encoding_etag(etag, encoding):
    """The ETag of a compressed body: another representation, another strong ETag
    ('"abc"' → '"abc-gzip"', '"abc-br"'), so that a cache in between never takes one for
    the other."""
    return f'{etag[:-1]}-{encoding}"'


def accepted_encodings(request):
    """The content codings the client accepts (Accept-Encoding without ``;q=0``)."""
    accepted = set()
    for item in request.META.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        coding, _, params = item.strip().partition(";")
        quality = params.replace(" ", "").removeprefix("q=")
        if coding and not (params and quality.strip("0.") == ""):
            accepted.add(coding.strip())
    return accepted


def _not_modified(request, response, last_modified):
    """``response`` made a 304 when the reader's copy is current: If-None-Match names its
    ETag (weak comparison, as GZipMiddleware weakens it on a miss), or, without
    If-None-Match, If-Modified-Since is not older than the page (RFC 9110, 13.2.2)."""
    etag = response["ETag"]
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH", "")
    if not if_none_match and "HTTP_IF_MODIFIED_SINCE" not in request.META:
        return None
    if if_none_match:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        fresh = "*" in tags or etag.removeprefix("W/") in tags
    else:
        since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
        fresh = since is not None and int(last_modified) <= since
    if not fresh:
        return None
    response.status_code = 304
    response.content = b""
    return response


FLIGHT_WAIT_SECONDS = 10


class _Flight:
    """A render of one cache key in progress in this process."""

    def __init__(self):
        self.done = threading.Event()
        self.waiting = 0  # requests waiting for it (read by the tests)


_flights = {}
_flights_lock = threading.Lock()


class PageCacheMiddleware:
    """Serve anonymous readers from the cache; store what may be stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with held_version():
            return self._serve(request)

    def _serve(self, request):
        if request.method in ("GET", "HEAD"):
            strip_tracking_params(request)
        if not (_enabled() and _request_cacheable(request)):
            return self.get_response(request)
        # A cache outage reads as a miss (website/cache.py): the page is rendered.
        key = _key(request)
        encoding = _encoding(request)
        entry = cache.get(f"{key}:{encoding}")
        if entry is not None:
            return _from_entry(request, entry)
        with _flights_lock:
            flight = _flights.get(key)
            leader = flight is None
            if leader:
                flight = _flights[key] = _Flight()
            else:
                flight.waiting += 1
        if not leader:
            # Another thread renders this page: wait for it, then serve its result
            # (or render too, if it could not be stored: a page with a form, an error).
            flight.done.wait(FLIGHT_WAIT_SECONDS)
            entry = cache.get(f"{key}:{encoding}")
            if entry is not None:
                return _from_entry(request, entry)
            return self._render(request, key, encoding)
        try:
            return self._render(request, key, encoding)
        finally:
            with _flights_lock:
                _flights.pop(key, None)
            flight.done.set()

    def _render(self, request, key, encoding):
        response = self.get_response(request)
        if request.method == "GET" and _response_cacheable(response, request):
            entries = _entries(response)
            # One entry per encoding: a hit reads (and unpickles) only the body it
            # sends, with its headers already set.
            cache.set_many(
                {f"{key}:{encoding}": entry for encoding, entry in entries.items()},
                settings.PAGE_CACHE_SECONDS,
            )
            # Served as a hit would be (compressed from the entry, same ETags).
            return _from_entry(request, entries[encoding], "miss")
        return response


def _encoding(request):
    """The body a reader gets: brotli if the browser takes it (and the Brotli package is
    installed), else gzip, else the plain one."""
    accepted = accepted_encodings(request)
    return next((name for name in ENCODINGS if name in accepted), "identity")


def _entries(response):
    """The cache entries of a page, one per encoding: ``(response, stored at)``, each a
    complete response with its own body, Content-Encoding and ETag, compressed once here
    rather than on every hit."""
    body = response.content
    etag = quote_etag(hashlib.md5(body, usedforsecurity=False).hexdigest())
    stored_at = time.time()
    _client_headers(response, etag, stored_at)
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in {"content-length", "set-cookie", "date"}
    ]
    bodies = {"identity": body, "gzip": compress_string(body)}
    if brotli:
        bodies["br"] = brotli.compress(body, quality=BROTLI_QUALITY)
    entries = {}
    for encoding, content in bodies.items():
        stored = HttpResponse(content)
        for name, value in headers:
            stored[name] = value
        if encoding != "identity":
            stored["Content-Encoding"] = encoding
            stored["ETag"] = _encoding_etag(etag, encoding)
        patch_vary_headers(stored, ("Accept-Encoding",))
        entries[encoding] = (stored, stored_at)
    return entries


def _from_entry(request, entry, outcome="hit"):
    """The response of a cache entry (a fresh copy: unpickled from the cache, or built for
    it), for this request."""
    response, stored_at = entry
    response["X-Page-Cache"] = outcome
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    return _not_modified(request, response, stored_at) or response
