"""Lighthouse 12 in its mobile preset (tests/lighthouse.py: npm package ``lighthouse``
pinned in package-lock.json, Debian's Chromium) on the demo site served under production
settings: home, an article, the news listing, the case-study index, the product gallery,
the policy finder, a search results page and a video report, in both languages (issues
22 and 24).

Targets: performance at least 98, no layout shift (CLS 0; at most 0.001 is allowed for
rounding), accessibility, best practices and SEO 100, with /robots.txt reachable.
One exception, by design: search results pages carry ``<meta name="robots"
content="noindex">`` (a results page is not content to index), which Lighthouse's SEO
check ``is-crawlable`` counts against the page; for them every other SEO audit must pass
and the noindex must be there.

The 16 audits run two at a time (each starts its own Chromium) in a fixture of the
module; each page's scores are then checked by a test of its own. A page under the
performance target is audited once more and keeps its better performance score (a busy
machine lengthens the main thread's tasks); CLS, accessibility, best practices and SEO
must hold on every run. On the 2-core machine of issue 22, busy with other work, the
audits took about 3 minutes (178 s), the whole module 6.5 minutes with the demo site. Skipped, saying why, without node,
``npm ci``'s node_modules or Chromium; CI sets KCQG_REQUIRE_BROWSER=1, and then a missing
one fails instead. It measures the front end, whatever the database: it serves the demo
from an SQLite file, and the PostgreSQL run of the suite skips it (marker sqlite_site).
"""

import json
import os
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from tests import lighthouse
from tests.server import gunicorn, prepare_site, scratch_database, server_env

pytestmark = [pytest.mark.lighthouse, pytest.mark.sqlite_site]

PAGES = {
    "vi": {
        "home": "/",
        "news listing": "/tin-tuc/",
        "case-study index": "/mo-hinh-trinh-dien/",
        "product gallery": "/san-pham-tieu-bieu/",
        "policy finder": "/chinh-sach/",
        "search results": "/tim-kiem/?q=khuy%E1%BA%BFn+c%C3%B4ng",
        "video report": "/video-anh/may-say-nong-san-nang-luong-mat-troi/",
    },
    "en": {
        "home": "/en/",
        "news listing": "/en/news/",
        "case-study index": "/en/demonstration-models/",
        "product gallery": "/en/standout-products/",
        "policy finder": "/en/policies/",
        "search results": "/en/search/?q=industrial",
        "video report": "/en/video-photo/solar-powered-crop-dryer/",
    },
}
NAMES = [f"{language} {kind}" for language in PAGES for kind in [*PAGES[language], "article"]]
PERFORMANCE = 98
MAX_CLS = 0.001
CONCURRENT = 2


def _require_lighthouse():
    reason = lighthouse.available()
    if reason:
        if os.environ.get("KCQG_REQUIRE_BROWSER"):
            pytest.fail(f"KCQG_REQUIRE_BROWSER is set but there is {reason}")
        pytest.skip(reason)


def _fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - our server
        return response.status, response.read()


def _urls(base_url):
    urls = {}
    for language, pages in PAGES.items():
        for kind, path in pages.items():
            urls[f"{language} {kind}"] = base_url + path
        _, body = _fetch(
            f"{base_url}/api/v2/pages/?type=news.NewsArticlePage&locale={language}&limit=1"
        )
        html_url = json.loads(body)["items"][0]["meta"]["html_url"]
        urls[f"{language} article"] = base_url + urlsplit(html_url).path
    return urls


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    _require_lighthouse()
    workdir = tmp_path_factory.mktemp("lighthouse-site")
    with scratch_database(workdir, "sqlite") as database_url:
        env = server_env(workdir, "website.settings.production", database_url=database_url)
        prepare_site(workdir, env)
        with gunicorn(workdir, env, workers=2, threads=4) as base_url:
            return _audit_all(base_url)


def _audit_all(base_url):
    """Audit every page of PAGES (and an article of each language) on the server."""
    assert _fetch(base_url + "/robots.txt")[0] == 200
    urls = _urls(base_url)
    for url in urls.values():  # readers meet pages from the page cache
        assert _fetch(url)[0] == 200, url
    started = time.monotonic()
    with ThreadPoolExecutor(CONCURRENT) as pool:
        results = dict(zip(urls, pool.map(lighthouse.audit, urls.values()), strict=True))
    # The performance score times the main thread, which a busy machine slows down
    # (total blocking time): a page under the target is audited once more, alone, and
    # keeps its better run (Lighthouse CI takes the median of several for the same
    # reason). Every other score and the CLS are checked on both runs.
    for name in [n for n, r in results.items() if r["scores"]["performance"] < PERFORMANCE]:
        again = lighthouse.audit(urls[name])
        worse, better = sorted((results[name], again), key=lambda r: r["scores"]["performance"])
        better["other_run"] = worse
        results[name] = better
    print(f"\nLighthouse: {len(urls)} pages in {time.monotonic() - started:.0f} s")
    for name, result in results.items():
        print(f"  {name}: {result['scores']} LCP {result['lcp_ms']:.0f} ms, CLS {result['cls']}")
    noindex = {
        name: b'<meta name="robots" content="noindex">' in _fetch(urls[name])[1] for name in urls
    }
    for name in results:
        results[name]["noindex"] = noindex[name]
    return results


# The Vietnamese demo article has a "Nghe bài viết" player: Chromium paints a native
# <audio controls> first with its timeline alone and fits the other controls in a task
# after that paint (CLS 0.0045 before static/css/site.css kept the player hidden, in its
# space, over that frame). Its page is checked like the others.
@pytest.mark.parametrize("name", NAMES)
def test_mobile_lighthouse_targets(reports, name):
    result = reports[name]
    assert result["scores"]["performance"] >= PERFORMANCE, (
        name,
        result["scores"],
        result["failed"].get("performance"),
        result.get("other_run", {}).get("scores"),
    )
    for run in (result, result.get("other_run")):
        if run is not None:
            _check_the_rest(name, run, result["noindex"])


def _check_the_rest(name, result, noindex):
    scores, failed = result["scores"], result["failed"]
    assert result["cls"] <= MAX_CLS, (name, result["cls"], result["shifts"])
    assert scores["accessibility"] == 100, (name, failed.get("accessibility"))
    assert scores["best-practices"] == 100, (name, failed.get("best-practices"))
    if name.endswith("search results"):
        assert noindex, name
        assert set(failed.get("seo", [])) <= {"is-crawlable"}, (name, failed.get("seo"))
    else:
        assert scores["seo"] == 100, (name, failed.get("seo"))
