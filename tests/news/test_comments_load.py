"""Reader comments under load, against a real gunicorn server: nothing lost, nothing doubled.

200 valid comments from 20 threads (each post from its own client address, sent in
X-Forwarded-For, which the server trusts here) are all stored exactly once while readers
keep reading the article; then one address sends 6 and the 6th gets 429 and is not stored.

The server runs one gunicorn process with 20 threads (the limit across workers is
tests/load/test_limits_server.py). All 200 posts carry the token of the one cached page:
a token works once per client address.
"""

import http.client
import sqlite3
import threading
import time
import urllib.parse
import uuid

import pytest

from tests.news.test_comments import read_form
from tests.server import gunicorn, prepare_site, server_env

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_site]

ARTICLE = "/tin-tuc/xuong-co-khi-hung-yen-may-cnc/"
THREADS = 20
PER_THREAD = 10


def _connection(base_url):
    parts = urllib.parse.urlsplit(base_url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def _post(connection, path, fields, address):
    body = urllib.parse.urlencode(fields)
    connection.request(
        "POST",
        path,
        body=body.encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Forwarded-For": address,
            "User-Agent": "kcqg-load-test",
        },
    )
    response = connection.getresponse()
    response.read()
    return response.status


def _stored(db_path, marker):
    with sqlite3.connect(db_path, timeout=30) as db:
        return dict(
            db.execute(
                "SELECT body, COUNT(*) FROM news_readercomment WHERE body LIKE ? GROUP BY body",
                (f"%{marker}%",),
            ).fetchall()
        )


def test_two_hundred_comments_from_twenty_threads_are_stored_exactly_once(tmp_path):
    env = server_env(
        tmp_path,
        TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR",
        FORM_MIN_SECONDS="0",
        COMMENT_RATE_LIMIT="5",
        COMMENT_RATE_WINDOW="600",
        PAGE_CACHE_SECONDS="300",
    )
    prepare_site(tmp_path, env)
    with gunicorn(tmp_path, env, workers=1, threads=THREADS, server_object=True) as server:
        base = server.base_url
        connection = _connection(base)
        connection.request("GET", ARTICLE)
        page = connection.getresponse()
        html = page.read().decode()
        assert page.status == 200
        form = read_form(html)
        action = form.action.split("#")[0]
        assert action.startswith("/y-kien/")
        marker = uuid.uuid4().hex[:8]
        statuses = []
        reads = []
        lock = threading.Lock()
        done = threading.Event()

        def writer(thread):
            conn = _connection(base)
            for i in range(PER_THREAD):
                fields = {
                    **form.fields,
                    "name": f"Bạn đọc {thread}",
                    "email": f"ban-doc-{thread}@example.vn",
                    "body": f"Ý kiến thử tải {marker} số {thread}-{i}.",
                }
                try:
                    status = _post(conn, action, fields, f"10.{thread}.{i}.7")
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = _connection(base)
                    status = "error"
                with lock:
                    statuses.append(status)
            conn.close()

        def reader():
            conn = _connection(base)
            while not done.is_set():
                conn.request("GET", ARTICLE)
                response = conn.getresponse()
                response.read()
                with lock:
                    reads.append(response.status)
            conn.close()

        started = time.monotonic()
        readers = [threading.Thread(target=reader) for _ in range(2)]
        writers = [threading.Thread(target=writer, args=(t,)) for t in range(THREADS)]
        for thread in readers + writers:
            thread.start()
        for thread in writers:
            thread.join(timeout=120)
        done.set()
        for thread in readers:
            thread.join(timeout=30)
        elapsed = time.monotonic() - started

        assert statuses.count(303) == THREADS * PER_THREAD, sorted(set(map(str, statuses)))
        assert set(reads) == {200}
        stored = _stored(tmp_path / "db.sqlite3", marker)
        assert len(stored) == THREADS * PER_THREAD
        assert set(stored.values()) == {1}  # each comment exactly once
        print(f"\n200 comments from {THREADS} threads in {elapsed:.1f}s; {len(reads)} reads")

        # One address: five go through, the sixth is refused with 429 and not stored.
        # Each post with a form of its own (a page outside the cache: a fresh token).
        limited = uuid.uuid4().hex[:8]
        conn = _connection(base)
        answers = []
        for n in range(6):
            conn.request("GET", f"{ARTICLE}?lan={n}")
            fresh = read_form(conn.getresponse().read().decode()).fields
            answers.append(
                _post(
                    conn,
                    action,
                    {**fresh, "name": "Một người", "body": f"Gửi nhiều lần {limited} số {n}."},
                    "10.250.0.1",
                )
            )
        conn.close()
        assert answers == [303] * 5 + [429]
        assert len(_stored(tmp_path / "db.sqlite3", limited)) == 5

        # Still pending: nothing shows on the article.
        connection = _connection(base)
        connection.request("GET", ARTICLE)
        article = connection.getresponse().read().decode()
        assert marker not in article and limited not in article
        log = server.log()
        assert "Internal Server Error" not in log and "Traceback" not in log
