"""The view counter under load, against a real gunicorn server on a SQLite file."""

import sqlite3
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.server import gunicorn, prepare_site, server_env

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_site]
BEACONS = 1000


def _views(db, page_id):
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT views FROM website_pageviewtotal WHERE page_id = ?", (page_id,)
        ).fetchone()
    return row[0] if row else 0


def test_a_thousand_concurrent_beacons_count_exactly_a_thousand(tmp_path):
    # Behind a proxy on loopback (a trusted proxy by default) that names each reader.
    env = server_env(tmp_path, TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR")
    prepare_site(tmp_path, env)
    db = tmp_path / "db.sqlite3"
    with sqlite3.connect(db) as connection:
        (page_id,) = connection.execute(
            "SELECT id FROM wagtailcore_page WHERE slug = 'uu-tien-giai-doan-moi'"
        ).fetchone()
    before = _views(db, page_id)

    with gunicorn(tmp_path, env, workers=2, threads=8) as base_url:

        def send(number):
            # Each request is another reader: another address, so no dedupe.
            request = urllib.request.Request(
                f"{base_url}/views/{page_id}/",
                data=b"",
                method="POST",
                headers={
                    "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
                    "X-Forwarded-For": f"10.{number // 250}.{number % 250}.9",
                },
            )
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=32) as pool:
            statuses = list(pool.map(send, range(BEACONS)))
        elapsed = time.monotonic() - started

        # A bot and a repeat reader add nothing.
        bot = urllib.request.Request(
            f"{base_url}/views/{page_id}/",
            data=b"",
            method="POST",
            headers={"User-Agent": "Googlebot/2.1"},
        )
        with urllib.request.urlopen(bot, timeout=30) as response:
            assert response.status == 204

    assert statuses == [204] * BEACONS
    assert _views(db, page_id) == before + BEACONS
    print(f"{BEACONS} beacons in {elapsed:.1f}s")
