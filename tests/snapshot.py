"""Render every public answer of a site database into a folder, to compare two versions
of the code byte for byte (a refactoring must not change what readers get).

    python tests/snapshot.py DB.sqlite3 OUT_DIR [MEDIA_DIR]

Takes every live page the sitemaps list, page 2 of each listing, the feeds, robots.txt,
the sitemaps, search pages in both languages, the policy finder with filters and the
API's answers. Renders with the test settings (no page cache), SITE_ORIGIN
https://khuyencong.example, in-process with Django's test client. CSRF tokens, CSP
nonces and signed fill times are replaced by fixed words. Then `diff -r OUT_A OUT_B`.

The database is used as it is (migrate it first when the code adds migrations); copy it
before, as rendering may write renditions and view counts are not touched (no beacon).
"""

import hashlib
import os
import re
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCHES = [
    "/tim-kiem/?q=ch%E1%BA%BF",
    "/tim-kiem/?q=thanh+hoa",
    "/tim-kiem/?q=45%2F2012",
    "/tim-kiem/?q=may+say&page=2",
    "/en/search/?q=tea",
    "/api/v2/pages/?search=che&limit=5",
]
EXTRA = [
    "/robots.txt",
    "/sitemap.xml",
    "/api/v2/pages/?limit=20",
    "/api/v2/pages/?type=news.NewsArticlePage&fields=*&limit=5",
    "/api/v2/images/?limit=5",
    "/api/v2/documents/?limit=5",
]
QUERY_VARIANTS = ["?page=2", "?page=999", "?q=ch%E1%BA%BF", "?nam=2024", "?bad=%00"]


def normalise(body):
    body = re.sub(
        rb'name="csrfmiddlewaretoken" value="[^"]+"',
        b'name="csrfmiddlewaretoken" value="CSRF"',
        body,
    )
    body = re.sub(rb'nonce="[^"]+"', b'nonce="NONCE"', body)
    body = re.sub(rb'name="form_ts" value="[^"]+"', b'name="form_ts" value="SIGNED"', body)
    body = re.sub(rb"'nonce-[^']+'", b"'nonce-NONCE'", body)
    return body


def filename(url):
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", url.strip("/")) or "root"
    return clean[:120] + "-" + hashlib.sha256(url.encode()).hexdigest()[:8]


def main():
    database, out = sys.argv[1], Path(sys.argv[2])
    os.environ["DATABASE_URL"] = "sqlite:///" + str(Path(database).resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")
    os.environ["SITE_ORIGIN"] = "https://khuyencong.example"
    if len(sys.argv) > 3:
        os.environ["TEST_MEDIA_ROOT"] = str(Path(sys.argv[3]).resolve())
    import django

    django.setup()
    from django.test import Client
    from wagtail.models import Page

    out.mkdir(parents=True, exist_ok=True)
    client = Client(HTTP_HOST="localhost")
    urls = []
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        url = page.get_url()
        if not url:
            continue
        path = urlsplit(url).path
        urls.append(path)
        if page.get_children().live().count() > 6:
            urls += [path + quote(v, safe="?=%&/") for v in QUERY_VARIANTS]
    urls += EXTRA + SEARCHES
    feeds = set()
    index = []
    for url in urls:
        response = client.get(url)
        body = b"".join(response) if response.streaming else response.content
        body = normalise(body)
        for feed in re.findall(rb'type="application/(?:rss|atom)\+xml"[^>]*href="([^"]+)"', body):
            feeds.add(urlsplit(feed.decode()).path)
        name = filename(url)
        (out / name).write_bytes(body)
        index.append(f"{response.status_code} {response.get('Content-Type', '')} {name} {url}")
    for url in sorted(feeds):
        response = client.get(url)
        name = filename(url)
        (out / name).write_bytes(normalise(response.content))
        index.append(f"{response.status_code} {response.get('Content-Type', '')} {name} {url}")
    (out / "INDEX").write_text("\n".join(index) + "\n")
    print(f"{len(index)} answers in {out}")


if __name__ == "__main__":
    main()
