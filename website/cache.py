"""A cache that is never a reason for a reader to get an error.

The site's cache (``REDIS_URL``) only ever holds copies: pages, the menu and site
structure, "most read", Wagtail's rendition and site lookups. When Redis is down or
restarting, every read is a miss and every write is dropped, so each request renders
from the database as if nothing were cached; ``/healthz`` still says 503 (its probe
reads back nothing). Nothing that must be right (rate limits, beacon de-duplication,
used form tokens) lives here: that is ``website.limits``, in the database.

``ResilientRedisCache`` is Django's ``RedisCache`` with that fallback in one place, so
every caller gets it, ours and Wagtail's alike:

- a failed call logs one WARNING per ``WARN_EVERY`` seconds per process (how many calls
  failed since), never one per request, and an INFO line when Redis answers again;
- after a failure the process leaves Redis alone for ``RETRY_AFTER`` seconds (OPTIONS
  ``retry_after``), so a page with twenty cache look-ups does not wait on twenty failed
  connections; the short socket timeouts below bound the one call that finds out.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

WARN_EVERY = 60
RETRY_AFTER = 2.0
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}
FAILURES = (RedisError, OSError)


class Outage:
    """Whether the cache is down, when to try it again, and the throttled warnings."""

    def __init__(self, name, retry_after=RETRY_AFTER, warn_every=WARN_EVERY):
        self.name = name
        self.retry_after = retry_after
        self.warn_every = warn_every
        self._lock = threading.Lock()
        self.down_since = None
        self._retry_at = 0.0
        self._warned_at = None
        self._failures = 0

    def skip(self):
        """True while the cache is known to be down and not yet due for another try."""
        return self.down_since is not None and time.monotonic() < self._retry_at

    def failed(self, error):
        now = time.monotonic()
        with self._lock:
            if self.down_since is None:
                self.down_since = now
            self._retry_at = now + self.retry_after
            self._failures += 1
            if self._warned_at is not None and now - self._warned_at < self.warn_every:
                return
            self._warned_at = now
            failures, self._failures = self._failures, 0
        logger.warning(
            "cache %s unavailable, serving without it (%d failed calls): %s",
            self.name,
            failures,
            error,
        )

    def succeeded(self):
        if self.down_since is None:
            return
        with self._lock:
            if self.down_since is None:
                return
            seconds = time.monotonic() - self.down_since
            self.down_since = None
            self._warned_at = None
            self._failures = 0
        logger.info("cache %s available again after %.1f s", self.name, seconds)


def _fallback(default):
    """Wrap a cache method: on a connection failure, answer ``default(args, kwargs)``."""

    def decorate(method):
        def wrapper(self, *args, **kwargs):
            if self.outage.skip():
                return default(args, kwargs)
            try:
                result = method(self, *args, **kwargs)
            except FAILURES as error:
                self.outage.failed(error)
                return default(args, kwargs)
            self.outage.succeeded()
            return result

        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper

    return decorate


def _get_default(args, kwargs):
    # get(key, default=None, version=None)
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _nothing(args, kwargs):
    return None


def _false(args, kwargs):
    return False


def _empty(args, kwargs):
    return {}


def _all_keys_failed(args, kwargs):
    # set_many answers the keys it could not store.
    return list(args[0] if args else kwargs.get("data", {}))


def _missing_key(args, kwargs):
    # incr (and decr, which calls it) of a key the cache does not hold; callers already handle it.
    raise ValueError("cache unavailable")


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, answering "not cached" instead of raising when Redis is down."""

    def __init__(self, server, params):
        params = dict(params)
        options = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        retry_after = float(options.pop("retry_after", RETRY_AFTER))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self.outage = Outage(params.get("KEY_PREFIX") or "default", retry_after=retry_after)

    def available(self):
        """False while the cache is known to be down."""
        return self.outage.down_since is None

    get = _fallback(_get_default)(RedisCache.get)
    get_many = _fallback(_empty)(RedisCache.get_many)
    has_key = _fallback(_false)(RedisCache.has_key)
    set = _fallback(_nothing)(RedisCache.set)
    set_many = _fallback(_all_keys_failed)(RedisCache.set_many)
    add = _fallback(_false)(RedisCache.add)
    touch = _fallback(_false)(RedisCache.touch)
    delete = _fallback(_false)(RedisCache.delete)
    delete_many = _fallback(_nothing)(RedisCache.delete_many)
    incr = _fallback(_missing_key)(RedisCache.incr)
    clear = _fallback(_false)(RedisCache.clear)


def cache_available(cache):
    """False when ``cache`` is a resilient cache that is known to be down."""
    available = getattr(cache, "available", None)
    return available() if available is not None else True
