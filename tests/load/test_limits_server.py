"""Issue 27, finding 6, against a real production-settings gunicorn with 2 workers and
the default local-memory cache (no Redis): the comment limit, the read count, the
Origin check, single-use tokens and forwarded addresses hold across workers.

The server trusts X-Forwarded-For only from 192.0.2.1, so the test's loopback clients
are clients that reach the app without the proxy. Each test sends from a loopback
address of its own (127.0.0.x), so their limits do not mix. Bounded: under 200 requests.
"""

import http.client
import json
import urllib.parse
import uuid

import pytest

from tests.news.test_comments import read_form
from tests.server import production_server, query

pytestmark = pytest.mark.slow

ARTICLE = "/tin-tuc/xuong-co-khi-hung-yen-may-cnc/"
LIMIT = 5  # COMMENT_RATE_LIMIT of the server


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("limits-site")
    with production_server(
        workdir,
        threads=4,
        TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR",
        TRUSTED_PROXIES="192.0.2.1",
        FORM_MIN_SECONDS="0",
        COMMENTS_CLOSE_AFTER_DAYS="0",
        COMMENT_RATE_LIMIT=str(LIMIT),
        COMMENT_RATE_WINDOW="600",
    ) as server:
        assert "REDIS_URL" not in server.env
        yield server


class Client:
    """Keep-alive-free requests from one loopback address (a new connection each time,
    so the kernel spreads them over both workers)."""

    def __init__(self, base_url, source):
        parts = urllib.parse.urlsplit(base_url)
        self.host, self.port, self.source = parts.hostname, parts.port, source
        self.base_url = base_url

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=30, source_address=(self.source, 0)
        )
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def form(self):
        """The comment form of the article, rendered afresh (a query string the page
        cache has not seen): a token of its own."""
        status, html = self.request("GET", f"{ARTICLE}?doc={uuid.uuid4().hex[:8]}")
        assert status == 200
        form = read_form(html)
        return form.action.split("#")[0], form.fields

    def comment(self, action, fields, body, **headers):
        data = urllib.parse.urlencode({**fields, "name": "Bạn đọc", "body": body})
        return self.request(
            "POST",
            action,
            body=data.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded", **headers},
        )[0]


def _stored(site, marker):
    rows = query(
        site.database_url,
        "SELECT COUNT(*) FROM news_readercomment WHERE body LIKE %s",
        [f"%{marker}%"],
    )
    return rows[0][0]


def _comments(site, source, count, headers_for=lambda number: {}):
    """``count`` comments from one address, each with a fresh form: the statuses, and how
    many of them were stored."""
    client = Client(site.base_url, source)
    marker = uuid.uuid4().hex[:8]
    statuses = []
    for number in range(count):
        action, fields = client.form()
        body = f"Ý kiến {marker} số {number}."
        statuses.append(client.comment(action, fields, body, **headers_for(number)))
    return statuses, _stored(site, marker)


def test_comment_limit_holds_across_two_workers(site):
    """Was: 9-10 of 14 accepted with the limit at 5 (each worker counted apart)."""
    statuses, stored = _comments(site, "127.0.0.2", 14)
    print(f"\n[limits] 14 comments from one address: {statuses}")
    assert statuses == [303] * LIMIT + [429] * (14 - LIMIT)
    assert stored == LIMIT
    assert len(site.worker_pids()) == 2


def test_forged_forwarded_addresses_do_not_escape_the_limit(site):
    """Was: a fresh X-Forwarded-For per request let 12 of 12 through."""
    statuses, stored = _comments(
        site, "127.0.0.3", 12, lambda number: {"X-Forwarded-For": f"198.51.100.{number}"}
    )
    assert statuses == [303] * LIMIT + [429] * (12 - LIMIT)
    assert stored == LIMIT


def test_forty_user_agents_from_one_address_count_one_read(site):
    """Was: +40."""
    client = Client(site.base_url, "127.0.0.4")
    status, body = client.request("GET", "/api/v2/pages/?slug=xuong-co-khi-hung-yen-may-cnc")
    page_id = json.loads(body)["items"][0]["id"]

    def views():
        return json.loads(client.request("GET", f"/api/v2/pages/{page_id}/?fields=view_count")[1])[
            "view_count"
        ]

    before = views()
    for number in range(40):
        agent = f"Mozilla/5.0 (Linux; Android 14; SM-A{number:03d}) Chrome/130.0 Mobile"
        status, _ = client.request("POST", f"/views/{page_id}/", headers={"User-Agent": agent})
        assert status == 204
    assert views() == before + 1


def test_foreign_origin_and_replayed_token_are_refused(site):
    client = Client(site.base_url, "127.0.0.5")
    marker = uuid.uuid4().hex[:8]
    action, fields = client.form()
    evil = [
        client.comment(action, fields, f"Từ trang lạ {marker}.", Origin="https://evil.example")
        for _ in range(6)
    ]
    assert evil == [403] * 6
    own = {"Origin": site.base_url}
    replays = [client.comment(action, fields, f"Lặp token {marker} {n}.", **own) for n in range(7)]
    # Once, then refused; every post counts towards the limit, so the last two get 429.
    assert replays == [303] + [400] * (LIMIT - 1) + [429] * (7 - LIMIT)
    assert _stored(site, marker) == 1
