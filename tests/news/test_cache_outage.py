"""Issue 27: a Redis outage answered 500 on every page (page, API, sitemap, beacons,
comments). With the cache unreachable, readers are served without it, writes that
need a shared store use the database, and /healthz says 503."""

import logging

import pytest
from wagtail.models import Site

from news.models import ReaderComment
from tests.news.test_comments import read_form
from tests.server import free_port
from website.models import PageViewTotal, SiteSettings

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


@pytest.fixture
def redis_down(settings, home, tmp_path):
    SiteSettings.for_site(Site.objects.get(root_page=home))
    settings.CACHES = {
        "default": {
            "BACKEND": "website.cache.ResilientRedisCache",
            # Nothing listens on this port: every connection is refused.
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    settings.KCQG_FORM_MIN_SECONDS = 0
    return settings


@pytest.mark.django_db
def test_readers_are_served_without_the_cache(client, make_article, redis_down, caplog):
    article = make_article("Hội chợ hàng công nghiệp nông thôn", slug="hoi-cho")
    paths = [
        "/",
        "/tin-tuc/",
        article.url,
        "/api/v2/pages/?type=news.NewsArticlePage&fields=view_count",
        f"/api/v2/pages/{article.pk}/",
        "/sitemap.xml",
        "/tin-tuc/rss/",
        "/tim-kiem/?q=h%E1%BB%99i+ch%E1%BB%A3",
    ]
    with caplog.at_level(logging.WARNING):
        for _round in range(2):
            for path in paths:
                response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
                assert response.get("X-Page-Cache") in (None, "miss")
        assert "Hội chợ hàng công nghiệp nông thôn" in client.get(article.url).content.decode()

        # The view beacon counts, once per address, without the cache.
        for _ in range(3):
            assert client.post(f"/views/{article.pk}/", HTTP_USER_AGENT=BROWSER).status_code == 204
        assert PageViewTotal.objects.get(page_id=article.pk).views == 1

        # A comment is stored and acknowledged; its rate limit and token still hold.
        form = read_form(client.get(article.url).content.decode())
        url = form.action.split("#")[0]
        data = {**form.fields, "name": "Lan", "body": "Gửi khi bộ nhớ đệm hỏng."}
        assert client.post(url, data, HTTP_USER_AGENT=BROWSER).status_code == 303
        assert client.post(url, data, HTTP_USER_AGENT=BROWSER).status_code == 400
        assert ReaderComment.objects.get().body == "Gửi khi bộ nhớ đệm hỏng."

    # No error logged for any of that; the outage is one warning, not one per request.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.name for r in warnings] == ["website.cache", "website.page_cache"]
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["checks"] == {"database": "ok", "cache": "error"}
