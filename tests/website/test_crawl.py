"""A crawler's view of the demo site under production settings, with SITE_ORIGIN set to
an address that is neither the server's nor the Site record's (tests/website/conftest.py):

- every absolute URL of the site in pages (links, canonical, hreflang, OpenGraph,
  JSON-LD, share links), feeds, the sitemap and robots.txt starts with that origin;
- every page the sitemap lists (every live public page, category pages included) is
  reached from the home page of its language within 4 clicks;
- every page's hreflang alternates are reciprocal: each page a page names as its
  translation names the same set, itself included, with x-default the Vietnamese one;
- English pages (under /en/) hold no Vietnamese-only letter in their visible text or in
  an image's alt text, except in text marked ``lang="vi"`` (the language switcher's
  "Tiếng Việt") and in the few proper names of VIETNAMESE_NAMES;
- the demo's case studies and products in both languages show each language's own
  gallery captions and alt texts on that language's page (demo/data/showcase.py).
"""

import html
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

MAX_CLICKS = 4
# Hosts of other sites the pages may link to (share buttons, social pages, embeds,
# vocabularies). Anything else absolute must be at the configured origin.
EXTERNAL_HOSTS = {
    "www.facebook.com",
    "sp.zalo.me",
    "zalo.me",
    "twitter.com",
    "www.youtube.com",
    "www.youtube-nocookie.com",
    "player.vimeo.com",
    "schema.org",
    "www.w3.org",
    "www.sitemaps.org",
    "www.google.com",
    "purl.org",
    "www.itunes.com",  # the podcast feeds' XML namespace
}
# Not pages: files, the admin, the API, the view counter's beacon.
SKIPPED_PREFIXES = ("/static/", "/media/", "/documents/", "/admin/", "/api/", "/views/")
ABSOLUTE_URL = re.compile(r"""https?://[^\s"'<>(),\\]+""")
# Proper names an English page may spell the Vietnamese way. Empty on purpose: English
# pages write Vietnamese names as English-language Vietnamese media do ("Hanoi",
# "Ho Chi Minh City", "Bac Ninh", "Mr Nguyen Huu Phuoc"), and text that must stay
# Vietnamese (the language switcher, a related page or file that exists only in
# Vietnamese) is marked lang="vi". Add a name only when its owner's spelling must be
# kept and the text cannot be marked, with the reason.
VIETNAMESE_NAMES = ()
# Letters English never uses: ă â đ ê ô ơ ư and the vowels with Vietnamese tone marks
# (grave, acute, tilde, hook above, dot below), in either case.
VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# Elements whose text a reader does not see.
HIDDEN_TEXT = {"script", "style", "template"}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
WORD = re.compile(r"\w+")


def is_vietnamese_letter(char):
    if char in VIETNAMESE_LETTERS:
        return True
    base, *marks = unicodedata.normalize("NFD", char)
    return base.lower() in "aeiouy" and any(mark in TONE_MARKS for mark in marks)


def vietnamese_words(text):
    """The words of ``text`` that hold a Vietnamese-only letter, the names of
    VIETNAMESE_NAMES left out."""
    for name in VIETNAMESE_NAMES:
        text = text.replace(name, " ")
    return {word for word in WORD.findall(text) if any(map(is_vietnamese_letter, word))}


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.feeds = []
        self.alternates = {}
        self.canonical = None
        self.jsonld = []
        self._in_jsonld = False
        self.texts = []  # (visible text or alt text, "text" or "alt")
        self._open = []  # (tag, hidden: text not seen, or marked as Vietnamese)

    def _hidden(self):
        return bool(self._open) and self._open[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hidden = self._hidden() or tag in HIDDEN_TEXT or (attrs.get("lang") or "")[:2] == "vi"
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, hidden))
        if attrs.get("alt") and not hidden:
            self.texts.append((attrs["alt"], "alt"))
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "link":
            rel = attrs.get("rel", "")
            if rel == "canonical":
                self.canonical = attrs["href"]
            elif rel == "alternate" and attrs.get("hreflang"):
                self.alternates[attrs["hreflang"]] = attrs["href"]
            elif rel == "alternate" and "xml" in attrs.get("type", ""):
                self.feeds.append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data
        elif data.strip() and not self._hidden():
            self.texts.append((data, "text"))


def foreign_urls(text, origin):
    """Absolute URLs in ``text`` (URL-encoded ones too, as in share links) that are
    neither at ``origin`` nor on a known other site."""
    found = set()
    for url in ABSOLUTE_URL.findall(unquote(text)):
        if url.startswith(origin + "/") or url == origin:
            continue
        if urlsplit(url).hostname not in EXTERNAL_HOSTS:
            found.add(url)
    return found


class Crawl:
    def __init__(self, site):
        self.site = site
        self.origin = site.origin
        self.depth = {}  # URL at the origin → clicks from a home page
        self.pages = {}  # URL → PageParser of each HTML page fetched
        self.status = {}
        self.foreign = {}  # where → absolute URLs not at the origin
        self.feeds = set()

    def internal(self, base, href):
        """The URL at the origin that ``href`` on page ``base`` leads to, or None."""
        if href.startswith(("mailto:", "tel:", "#", "javascript:")):
            return None
        url = urljoin(base, href).split("#", 1)[0]
        if not url.startswith(self.origin + "/"):
            return None
        path = url[len(self.origin) :]
        if path.startswith(SKIPPED_PREFIXES):
            return None
        return url

    def fetch(self, url):
        status, headers, body = self.site.fetch(url)
        self.status[url] = status
        if not headers.get("Content-Type", "").startswith("text/html"):
            return url, None
        parser = PageParser()
        parser.feed(body)
        foreign = foreign_urls(body, self.origin)
        if foreign:
            self.foreign[url] = foreign
        for block in parser.jsonld:
            json.loads(block)  # valid JSON-LD
        return url, parser

    def run(self, starts):
        level = [start for start in starts]
        for start in starts:
            self.depth[start] = 0
        clicks = 0
        with ThreadPoolExecutor(max_workers=4) as pool:
            while level:
                following = []
                for url, parser in pool.map(self.fetch, level):
                    if parser is None:
                        continue
                    self.pages[url] = parser
                    self.feeds.update(urljoin(url, feed) for feed in parser.feeds)
                    for href in parser.links:
                        target = self.internal(url, href)
                        if target is not None and target not in self.depth:
                            self.depth[target] = clicks + 1
                            following.append(target)
                clicks += 1
                level = following
        return self


@pytest.fixture(scope="module")
def crawl(public_site):
    origin = public_site.origin
    return Crawl(public_site).run([origin + "/", origin + "/en/"])


def sitemap_urls(site):
    status, _, body = site.fetch("/sitemap.xml")
    assert status == 200
    root = ET.fromstring(body)  # noqa: S314 - our own sitemap
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [loc.text for loc in root.iterfind("s:url/s:loc", ns)], body


def test_every_absolute_url_has_the_configured_origin(public_site, crawl):
    origin = public_site.origin
    assert len(crawl.pages) > 150
    assert crawl.foreign == {}
    # Feeds (per language and category), the sitemap and robots.txt.
    assert len(crawl.feeds) >= 4
    for feed in sorted(crawl.feeds):
        status, headers, body = public_site.fetch(feed)
        assert status == 200, feed
        assert "xml" in headers["Content-Type"]
        assert foreign_urls(body, origin) == set(), feed
        assert f"{origin}/" in body
    locations, sitemap = sitemap_urls(public_site)
    assert foreign_urls(sitemap, origin) == set()
    assert all(location.startswith(origin + "/") for location in locations)
    status, _, robots = public_site.fetch("/robots.txt")
    assert status == 200
    assert f"Sitemap: {origin}/sitemap.xml" in robots
    assert foreign_urls(robots, origin) == set()


def test_every_public_page_is_reached_within_four_clicks(public_site, crawl):
    locations, _ = sitemap_urls(public_site)
    assert len(locations) > 140
    unreached = [url for url in locations if url not in crawl.depth]
    assert unreached == []
    too_deep = {url: crawl.depth[url] for url in locations if crawl.depth[url] > MAX_CLICKS}
    assert too_deep == {}
    failed = {url: crawl.status[url] for url in locations if crawl.status[url] != 200}
    # Names each page that did not answer 200, its status, and the server's log.
    assert failed == {}, public_site.log_tail()
    # Among them About, Contact and Questions in both languages, linked from every page.
    for path in ("/gioi-thieu/", "/lien-he/", "/hoi-dap/", "/en/about/", "/en/contact/"):
        assert crawl.depth[public_site.origin + path] == 1, path


def test_hreflang_alternates_are_reciprocal(public_site, crawl):
    origin = public_site.origin
    checked = 0
    for url, parser in sorted(crawl.pages.items()):
        alternates = parser.alternates
        if crawl.status[url] != 200 or not alternates:
            continue
        assert all(href.startswith(origin + "/") for href in alternates.values()), url
        assert alternates.get("x-default") == alternates.get("vi"), url
        if parser.canonical is not None:
            assert parser.canonical in alternates.values(), url
        for language, href in alternates.items():
            other = crawl.pages.get(href)
            if other is None:
                _, other = crawl.fetch(href)
                crawl.pages[href] = other
            assert other is not None, f"{href}: {crawl.status.get(href)}\n{public_site.log_tail()}"
            assert other.alternates == alternates, f"{url} names {href} ({language})"
            checked += 1
    assert checked > 300


def test_english_pages_hold_no_vietnamese_letters(public_site, crawl):
    english = {
        url: parser
        for url, parser in crawl.pages.items()
        if url.startswith(public_site.origin + "/en/") and crawl.status[url] == 200
    }
    assert len(english) > 50
    found = {}  # (alt or text, the text) → English pages it is on
    for url, parser in sorted(english.items()):
        for text, kind in parser.texts:
            if vietnamese_words(text):
                found.setdefault((kind, " ".join(text.split())), set()).add(url)
    if found:
        # One line per text, with the number of pages and the first one it is on.
        pytest.fail(
            f"{len(found)} texts with Vietnamese letters on English pages:\n"
            + "\n".join(
                f"{kind} | {len(urls)} | {min(urls)[len(public_site.origin) :]} | {text[:160]}"
                for (kind, text), urls in sorted(found.items(), key=lambda item: item[0][1])
            )
        )


def test_gallery_photos_are_in_the_language_of_their_page(public_site, crawl):
    """The case studies and products the demo writes in both languages show, on each
    language's page, that language's photo captions and alt texts (their own gallery
    rows), and none of the other language's."""
    from demo.data.showcase import CASE_STUDIES, GALLERY, INDEX, PRODUCTS

    checked = 0
    for index, items in ((INDEX, CASE_STUDIES), (GALLERY, PRODUCTS)):
        for item in items:
            if "photos" not in item:
                continue
            vi_url = f"{public_site.origin}/{index['slug']}/{item['slug']}/"
            en_url = f"{public_site.origin}/en/{index['en']['slug']}/{item['en']['slug']}/"
            pages = {vi_url: item["photos"], en_url: item["en"]["photos"]}
            for url, photos in pages.items():
                assert crawl.status.get(url) == 200, url
                _, _, body = public_site.fetch(url)
                body = html.unescape(body)
                for caption, alt in photos:
                    assert f'<p class="sc-gallery__caption">{caption}</p>' in body, url
                    assert f'alt="{alt}"' in body, url
                other = item["en"]["photos"] if url == vi_url else item["photos"]
                for caption, alt in other:
                    assert caption not in body and alt not in body, url
                checked += 1
    assert checked >= 20
