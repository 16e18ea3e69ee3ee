"""The Redis cache when Redis is down: misses instead of errors, one warning a minute,
the page-cache version bumped once Redis answers again (website/cache.py)."""

import logging
import shutil

import pytest
from django.core.cache import cache

from tests.server import free_port, redis_server
from website import page_cache
from website.cache import ResilientRedisCache

needs_redis = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="redis-server not installed"
)


def _closed_port_url():
    return f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there


def _resilient(url, **options):
    return {"BACKEND": "website.cache.ResilientRedisCache", "LOCATION": url, "OPTIONS": options}


def test_every_call_answers_like_an_empty_cache_when_redis_is_down(caplog):
    down = ResilientRedisCache(_closed_port_url(), {})
    with caplog.at_level(logging.WARNING, logger="website.cache"):
        assert down.get("k") is None
        assert down.get("k", "fallback") == "fallback"
        assert down.get_many(["a", "b"]) == {}
        assert down.has_key("k") is False
        assert down.set("k", 1) is None
        assert down.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert down.add("k", 1) is False
        assert down.get_or_set("k", 5) == 5
        assert down.delete("k") is False
        assert down.touch("k") is False
        with pytest.raises(ValueError, match="unavailable"):
            down.incr("k")
        assert down.clear() is False
    assert down.available() is False
    warnings = [r for r in caplog.records if r.name == "website.cache"]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert warnings[0].levelno == logging.WARNING
    assert "unavailable, serving without it" in warnings[0].getMessage()


def test_the_warning_comes_once_per_interval_with_the_count(caplog, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("website.cache.time.monotonic", lambda: clock[0])
    down = ResilientRedisCache(_closed_port_url(), {"OPTIONS": {"retry_after": 0}})
    with caplog.at_level(logging.WARNING, logger="website.cache"):
        for _ in range(30):
            down.get("k")
            clock[0] += 1  # 30 calls over 30 s: one warning
        clock[0] += 40
        down.get("k")  # a minute after the first: the next one, with the count
    messages = [r.getMessage() for r in caplog.records if r.name == "website.cache"]
    assert len(messages) == 2
    assert "(1 failed calls)" in messages[0]
    assert "(30 failed calls)" in messages[1]


@needs_redis
def test_redis_back_answers_and_says_so(tmp_path, caplog):
    with redis_server(tmp_path) as server:
        resilient = ResilientRedisCache(server.url, {"OPTIONS": {"retry_after": 0}})
        resilient.set("k", "v")
        server.stop()
        with caplog.at_level(logging.INFO, logger="website.cache"):
            assert resilient.get("k") is None
            server.start()
            assert resilient.get("k") is None  # a restarted Redis holds nothing
            resilient.set("k", "again")
            assert resilient.get("k") == "again"
        assert resilient.available()
        messages = [r.getMessage() for r in caplog.records if r.name == "website.cache"]
        assert len(messages) == 2
        assert "available again" in messages[1]


@needs_redis
@pytest.mark.django_db
def test_a_bump_missed_during_an_outage_is_made_when_redis_answers(tmp_path, settings):
    with redis_server(tmp_path) as server:
        settings.CACHES = {"default": _resilient(server.url)}
        before = page_cache.current_version()
        assert page_cache.current_version() == before
        # Redis unreachable while an editor publishes: the bump cannot be stored.
        settings.CACHES = {"default": _resilient(_closed_port_url())}
        page_cache.bump_version("published during the outage")
        # Redis back, still holding the old version: the missed bump is made first.
        settings.CACHES = {"default": _resilient(server.url)}
        after = page_cache.current_version()
        assert after != before
        assert page_cache.current_version() == after
        cache.clear()
