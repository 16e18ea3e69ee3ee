"""Structured data on every page type in both languages, read as a crawler reads it from
the demo site under production settings with a configured origin
(tests/website/conftest.py): each page's JSON-LD blocks parse (json; the page types,
not extruct, whose RDFa and microdata parsers the site does not need) and carry the
required properties of their type (Google's lists for Article, NewsArticle, Product
and BreadcrumbList; schema.org's for Legislation), and every page has its OpenGraph and
Twitter card. A policy's legal force agrees with its status in the API.
"""

import json
import re
from collections import namedtuple
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from tests.website.conftest import ORIGIN
from tests.website.test_crawl import EXTERNAL_HOSTS
from tests.website.test_html_validity import _urls
from website.structured_data import to_json

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
IN_FORCE = {"con-hieu-luc", "sua-doi-mot-phan"}  # in force, in force and partly amended
MAIN_TYPE = {
    "home": "WebSite",
    "news index": "CollectionPage",
    "news page 2": "CollectionPage",
    "category": "CollectionPage",
    "case-study index": "CollectionPage",
    "product gallery": "CollectionPage",
    "policy finder": "CollectionPage",
    "guide": "WebPage",
    "article": "NewsArticle",
    "case study": "Article",
    "product": "Product",
    "policy": "Legislation",
    "about, contact, questions": "WebPage",
}
OG_TYPE = {"NewsArticle": "article", "Article": "article"}


Seen = namedtuple("Seen", "language kind url head")


class Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = {}  # property or name → [content, …]
        self.canonical = None
        self.alternates = {}
        self.jsonld = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data

    def one(self, key):
        values = self.meta.get(key) or [None]
        return values[0]


def kind_of(name):
    """The page type of a name of ``test_html_validity._urls`` ("en product 1")."""
    kind = re.sub(r"^(vi|en) ", "", name)
    kind = re.sub(r" \d+$", "", kind)
    return {
        "guide with results": "guide",
        "policy finder, filtered": "policy finder",
        "news page": "news page 2",
    }.get(kind, kind)


@pytest.fixture(scope="module")
def pages(public_site):
    """{name: (language, kind, url, Head)} for every page type in both languages."""
    found = {}
    for name, url in _urls(public_site).items():
        kind = kind_of(name)
        if kind not in MAIN_TYPE:
            continue  # the 404 and search pages: no page of the tree
        status, headers, body = public_site.fetch(url)
        assert status == 200, (name, url, status)
        head = Head()
        head.feed(body)
        found[name] = Seen(name[:2], kind, url, head)
    return found


def blocks(head):
    data = [json.loads(block) for block in head.jsonld]
    for block in data:
        assert block["@context"] == "https://schema.org"
    return data


def of_type(data, kind):
    return [block for block in data if block["@type"] == kind]


def at_origin(url):
    return isinstance(url, str) and url.startswith(ORIGIN + "/")


def urls_in(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from urls_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from urls_in(item)
    elif isinstance(value, str) and value.startswith(("http://", "https://")):
        yield value


def test_every_page_type_in_both_languages_was_read(pages):
    kinds = {(seen.language, seen.kind) for seen in pages.values()}
    for kind in MAIN_TYPE:
        assert ("vi", kind) in kinds, kind
        if kind != "news page 2":
            assert ("en", kind) in kinds, kind


def test_each_page_type_has_its_json_ld_type(pages):
    for name, seen in pages.items():
        language, kind, url, head = seen
        data = blocks(head)
        main = of_type(data, MAIN_TYPE[kind])
        assert len(main) == 1, (name, [block["@type"] for block in data])
        node = main[0]
        if "inLanguage" in node:
            assert node["inLanguage"] == language, name
        # Every URL of the site in the JSON-LD is at the configured origin.
        for found in urls_in(data):
            external = urlsplit(found).hostname in EXTERNAL_HOSTS
            assert at_origin(found) or external, (name, found)
        own = node.get("url") or node.get("mainEntityOfPage", {}).get("@id")
        assert own == head.canonical, (name, own, head.canonical)


def test_breadcrumbs_on_every_page_below_the_home_page(pages):
    for name, seen in pages.items():
        language, kind, url, head = seen
        crumbs = of_type(blocks(head), "BreadcrumbList")
        if kind == "home":
            assert crumbs == [], name
            continue
        assert len(crumbs) == 1, name
        items = crumbs[0]["itemListElement"]
        assert len(items) >= 2, name
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
        for item in items:
            assert item["@type"] == "ListItem" and item["name"], (name, item)
            assert at_origin(item["item"]), (name, item)
        home = ORIGIN + ("/en/" if language == "en" else "/")
        assert items[0]["item"] == home, name
        assert items[-1]["item"] == head.canonical, name


def test_home_page_website_search_action_and_organisation(pages):
    names = {}
    for seen in pages.values():
        language, kind, _, head = seen
        if kind != "home":
            continue
        data = blocks(head)
        (website,) = of_type(data, "WebSite")
        assert website["name"] and website["url"] == head.canonical
        action = website["potentialAction"]
        assert action["@type"] == "SearchAction"
        search = "/en/search/" if language == "en" else "/tim-kiem/"
        assert action["target"]["urlTemplate"] == f"{ORIGIN}{search}?q={{search_term_string}}"
        assert action["query-input"] == "required name=search_term_string"
        (organisation,) = of_type(data, "GovernmentOrganization")
        assert organisation["url"] == head.canonical
        assert re.match(rf"^{ORIGIN}/static/img/logo\.(\w+\.)?svg$", organisation["logo"]["url"])
        assert organisation["contactPoint"][0]["telephone"]
        assert organisation["contactPoint"][0]["email"]
        assert organisation["address"]["addressCountry"] == "VN"
        names[language] = organisation["name"]
    # Named in the page's language.
    assert names["vi"] != names["en"]
    assert "Bộ Công Thương" in names["vi"] and "Ministry" in names["en"]


def _check_article(name, node):
    assert 0 < len(node["headline"]) <= 110, name
    assert DATETIME.match(node["datePublished"]), name
    assert DATETIME.match(node["dateModified"]), name
    assert node["dateModified"] >= node["datePublished"], name
    assert node["image"] and all(at_origin(url) for url in node["image"]), name
    assert node["author"] and all(author["name"] for author in node["author"]), name
    assert node["author"][0]["@type"] in {"Person", "GovernmentOrganization"}, name
    assert node["publisher"]["name"] and at_origin(node["publisher"]["logo"]["url"]), name
    assert node["mainEntityOfPage"]["@id"] == node["url"], name


def test_articles_and_case_studies(pages):
    checked = set()
    for name, seen in pages.items():
        language, kind, url, head = seen
        if kind == "article":
            (node,) = of_type(blocks(head), "NewsArticle")
            _check_article(name, node)
            assert head.one("article:published_time") == node["datePublished"]
            checked.add(kind)
        elif kind == "case study":
            (node,) = of_type(blocks(head), "Article")
            _check_article(name, node)
            # The programme years, the case study's own date.
            assert re.match(r"^\d{4}(/\d{4})?$", node["temporalCoverage"]), name
            assert node["about"]["name"], name
            assert node["about"]["address"]["addressCountry"] == "VN"
            checked.add(kind)
    assert checked == {"article", "case study"}


def test_products_name_their_producer_and_award_and_sell_nothing(pages):
    count = 0
    for name, seen in pages.items():
        language, kind, url, head = seen
        if kind != "product":
            continue
        (node,) = of_type(blocks(head), "Product")
        assert node["name"] and node["description"], name
        assert node["image"] and all(at_origin(image) for image in node["image"]), name
        assert node["brand"]["@type"] == "Brand" and node["brand"]["name"], name
        assert node["manufacturer"]["name"] == node["brand"]["name"], name
        assert node["category"] and node["award"], name
        assert re.search(r"\b(19|20)\d{2}\b", node["award"]), name
        if language == "en":
            assert node["award"].startswith("Standout rural-industry product"), name
        assert not {"offers", "aggregateRating", "review"} & set(node), name
        count += 1
    assert count == 2


def test_policy_documents_are_legislation(public_site, pages):
    count = 0
    for name, seen in pages.items():
        language, kind, url, head = seen
        if kind != "policy":
            continue
        (node,) = of_type(blocks(head), "Legislation")
        assert node["name"] and node["legislationIdentifier"], name
        assert DATE.match(node["legislationDate"]), name
        assert node["legislationType"] and node["legislationJurisdiction"] == "VN", name
        assert node["legislationPassedBy"]["name"], name
        assert node["legislationLegalForce"] in {
            "https://schema.org/InForce",
            "https://schema.org/NotInForce",
        }
        count += 1
    assert count == 2


@pytest.mark.parametrize("language", ["vi", "en"])
def test_legal_force_follows_each_documents_status(public_site, language):
    status, _, body = public_site.fetch(
        f"/api/v2/pages/?type=policies.PolicyPage&locale={language}"
        "&fields=document_number,issue_date,status&limit=50"
    )
    assert status == 200, body
    items = json.loads(body)["items"]
    assert items
    for item in items:
        head = Head()
        head.feed(public_site.fetch(item["meta"]["html_url"])[2])
        (node,) = of_type(blocks(head), "Legislation")
        in_force = item["status"]["code"] in IN_FORCE
        assert node["legislationLegalForce"] == (
            "https://schema.org/InForce" if in_force else "https://schema.org/NotInForce"
        ), item["meta"]["html_url"]
        assert node["legislationIdentifier"] == item["document_number"]
        assert node["legislationDate"] == item["issue_date"]


def test_listings_list_their_items(pages):
    for name, seen in pages.items():
        language, kind, url, head = seen
        if MAIN_TYPE[kind] != "CollectionPage":
            continue
        (node,) = of_type(blocks(head), "CollectionPage")
        items = node["mainEntity"]["itemListElement"]
        assert items, name
        assert node["mainEntity"]["numberOfItems"] == len(items)
        first = 21 if "page=2" in url else 1
        assert [item["position"] for item in items] == list(range(first, first + len(items)))
        assert all(at_origin(item["url"]) and item["name"] for item in items), name


def test_open_graph_and_twitter_cards_on_every_page_type(pages):
    for name, seen in pages.items():
        language, kind, url, head = seen
        main = MAIN_TYPE[kind]
        assert head.one("og:type") == OG_TYPE.get(main, "website"), name
        for key in ("og:title", "og:description", "og:site_name", "twitter:title"):
            assert head.one(key), (name, key)
        assert head.one("og:url") == head.canonical, name
        assert head.one("og:locale") == ("en_GB" if language == "en" else "vi_VN"), name
        image = head.one("og:image")
        if image:
            assert at_origin(image), name
            assert int(head.one("og:image:width")) > 0, name
            assert int(head.one("og:image:height")) > 0, name
            assert head.one("og:image:alt"), name
            assert head.one("twitter:card") == "summary_large_image", name
            assert head.one("twitter:image") == image, name
        else:
            assert head.one("twitter:card") == "summary", name
        if main in {"NewsArticle", "Article", "Product"}:
            assert image, name  # every demo article, case study and product has a picture


def test_hreflang_names_the_page_itself_with_x_default(public_site, pages):
    """Every page type's alternates include itself (its canonical URL) and x-default,
    and the pages it names name the same set (categories and the guide included)."""
    for name, seen in pages.items():
        language, kind, url, head = seen
        alternates = head.alternates
        assert alternates.get(language) == head.canonical, (name, alternates)
        assert alternates.get("x-default") == alternates.get("vi"), (name, alternates)
        for other in ("vi", "en"):
            if other == language or other not in alternates:
                continue
            back = Head()
            back.feed(public_site.fetch(alternates[other])[2])
            assert back.alternates == alternates, (name, other)


def test_json_ld_cannot_close_its_script():
    text = to_json({"name": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & <!--"
