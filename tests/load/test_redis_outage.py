"""Issue 27, finding 3: Redis stopped and started again under a bounded read and write load.

A production-settings gunicorn (2 workers) with REDIS_URL pointing at a redis-server of
the test's own on a free loopback port. Readers (pages, the API, the sitemap), beacons
and comments run for LOAD seconds; Redis is stopped after a third of it and started again
(empty) after two thirds. Readers must never get a 5xx; beacons and comments are either
stored (204 / 303) or refused with 503; every acknowledged comment is in the database and
every acknowledged beacon in the count. Bounded: at most 20,000 requests, loopback only.
The counts are printed (pytest -s) for the notes.
"""

import json
import os
import shutil
import threading
import time
import urllib.parse
import uuid

import pytest

from tests.loadgen import discover_paths, request, run_load
from tests.news.test_comments import read_form
from tests.server import RedisServer, production_server, query

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server not installed"),
]

LOAD_SECONDS = max(9.0, min(float(os.environ.get("KCQG_LOAD_SECONDS", "15")), 30.0))
ARTICLE = "/tin-tuc/xuong-co-khi-hung-yen-may-cnc/"
WRITES_PER_THREAD = 300


@pytest.fixture
def site_with_redis(tmp_path):
    redis = RedisServer(tmp_path).start()
    try:
        with production_server(
            tmp_path,
            threads=4,
            REDIS_URL=redis.url,
            TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR",  # the test is the proxy
            FORM_MIN_SECONDS="0",
            COMMENTS_CLOSE_AFTER_DAYS="0",
            COMMENT_RATE_LIMIT="100000",
        ) as server:
            server.redis = redis
            yield server
    finally:
        redis.stop()


def _get(base, path):
    status, body, connection = request(base, "GET", path)
    if connection:
        connection.close()
    return status, body


def _post(base, path, headers, body=b""):
    try:
        status, _body, connection = request(base, "POST", path, body=body, headers=headers)
        connection.close()
    except OSError:
        status = None
    return status


def test_redis_outage_under_load(site_with_redis):
    server = site_with_redis
    base = server.base_url
    paths = [
        *discover_paths(base, limit=30),
        "/api/v2/pages/?type=news.NewsArticlePage&fields=view_count&limit=5",
        "/api/v2/pages/?search=khuy%E1%BA%BFn+c%C3%B4ng",
        "/sitemap.xml",
    ]
    for path in paths:
        assert _get(base, path)[0] == 200, path
    status, body = _get(
        base,
        "/api/v2/pages/?type=news.NewsArticlePage&slug=xuong-co-khi-hung-yen-may-cnc&fields=view_count",
    )
    item = json.loads(body)["items"][0]
    article_id, views_before = item["id"], item["view_count"]

    marker = uuid.uuid4().hex[:8]
    lock = threading.Lock()
    stop = threading.Event()
    beacons = {}
    comments = {}
    acknowledged = []

    def count(table, status):
        with lock:
            table[status] = table.get(status, 0) + 1

    def beacon_writer(number):
        for sent in range(WRITES_PER_THREAD):
            if stop.is_set():
                return
            headers = {
                "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
                "X-Forwarded-For": f"10.{number}.{sent // 250}.{sent % 250}",
            }
            count(beacons, _post(base, f"/views/{article_id}/", headers))

    def comment_writer(number):
        for sent in range(WRITES_PER_THREAD):
            if stop.is_set():
                return
            address = f"10.{100 + number}.{sent // 250}.{sent % 250}"
            status, html = _get(base, f"{ARTICLE}?ban-doc={number}-{sent}")
            if status != 200:
                count(comments, f"form {status}")
                continue
            form = read_form(html.decode())
            text = f"Ý kiến khi Redis dừng {marker} {number}-{sent}."
            data = urllib.parse.urlencode({**form.fields, "name": "Bạn đọc", "body": text})
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Forwarded-For": address,
                "Origin": base,
            }
            status = _post(base, form.action.split("#")[0], headers, data.encode())
            count(comments, status)
            if status == 303:
                with lock:
                    acknowledged.append(text)

    writers = [threading.Thread(target=beacon_writer, args=(n,)) for n in range(2)]
    writers += [threading.Thread(target=comment_writer, args=(n,)) for n in range(2)]
    for thread in writers:
        thread.start()

    events = []
    health = {}
    during_outage = {}

    def fault(elapsed):
        if not events and elapsed > LOAD_SECONDS / 3:
            server.redis.stop()
            events.append(("redis stopped", round(elapsed, 1)))
        elif len(events) == 1 and elapsed > LOAD_SECONDS / 3 + 1:
            health["down"] = _get(base, "/healthz")[0]
            # Reads known to happen while Redis is down, whatever the load's pace.
            for path in (ARTICLE, "/en/", paths[-3], "/sitemap.xml"):
                during_outage[path] = _get(base, path)[0]
            events.append(("health checked", round(elapsed, 1)))
        elif len(events) == 2 and elapsed > 2 * LOAD_SECONDS / 3:
            server.redis.start()
            events.append(("redis started", round(elapsed, 1)))

    readers = run_load(
        base, paths, clients=8, duration=LOAD_SECONDS, max_requests=20_000, during=fault
    )
    stop.set()
    for thread in writers:
        thread.join(timeout=60)
    time.sleep(2.5)  # past the cache's retry interval: the workers see Redis again
    health["after"] = _get(base, "/healthz")[0]

    stored = query(
        server.database_url,
        "SELECT body FROM news_readercomment WHERE body LIKE %s",
        [f"%{marker}%"],
    )
    views_after = json.loads(_get(base, f"/api/v2/pages/{article_id}/?fields=view_count")[1])[
        "view_count"
    ]
    summary = {
        "events": events,
        "readers": readers.summary(),
        "beacons": {str(k): v for k, v in beacons.items()},
        "comments": {str(k): v for k, v in comments.items()},
        "comments_stored": len(stored),
        "views_counted": views_after - views_before,
        "healthz": health,
        "reads_during_outage": during_outage,
    }
    print(f"\n[redis outage] {json.dumps(summary, ensure_ascii=False)}")

    assert [name for name, _ in events] == ["redis stopped", "health checked", "redis started"]
    # Readers: never a 5xx, never a dropped connection.
    assert readers.errors == 0, readers.failures
    assert readers.requests > 0
    assert set(during_outage.values()) == {200}, during_outage
    # Writes: stored, or refused with a clear 503; never a 500.
    assert set(beacons) <= {204, 503}, beacons
    assert set(comments) <= {303, 503}, comments
    assert beacons.get(204, 0) > 0 and comments.get(303, 0) > 0
    # Nothing acknowledged is lost; each beacon came from another address.
    assert sorted(acknowledged) == sorted(body for (body,) in stored)
    assert views_after - views_before == beacons.get(204, 0)
    assert health == {"down": 503, "after": 200}
    log = server.log()
    assert "Traceback" not in log and "Internal Server Error" not in log
