"""Each thing's own date everywhere: a backdated article keeps the date its editor set,
a policy document shows its issue date and number, a case study its programme years
(site search, related boxes, feeds, the API, JSON-LD)."""

import datetime as dt
import json
import re
import zoneinfo

import feedparser
import pytest
import time_machine
from django.utils import timezone

from policies.factories import PolicyIndexPageFactory, make_policy
from policies.models import DocumentType
from showcase.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# "Today" for these tests: the editor publishes on 04/12/2026 an article dated 20/05/2019.
TODAY = dt.datetime(2026, 12, 4, 10, 0, tzinfo=HANOI)

pytestmark = pytest.mark.django_db


@pytest.fixture
def backdated(make_article):
    with time_machine.travel(TODAY, tick=False):
        page = make_article(
            "Làng gốm Phù Lãng đón đoàn khảo sát mô hình trình diễn",
            lead="Đoàn khảo sát xem lò nung gốm tiết kiệm năng lượng ở Phù Lãng.",
            publish_date=dt.datetime(2019, 5, 20, 15, 58, tzinfo=HANOI),
            provinces=["bac-ninh"],
            sectors=["thu-cong-my-nghe"],
        )
    assert timezone.localtime(page.first_published_at).date() == TODAY.date()
    return page


def result_meta(html, url):
    """The meta line (type, details, date) of the search result that links to ``url``."""
    for block in re.findall(r'<li class="search-result">(.*?)</li>', html, re.S):
        if f'href="{url}"' in block:
            meta = re.search(r'<p class="search-result__meta">(.*?)</p>', block, re.S).group(1)
            return " ".join(re.sub(r"<[^>]+>", " ", meta).split()), meta
    raise AssertionError(f"no result for {url}")


def test_backdated_article_in_search_shows_the_editors_date(client, backdated):
    with time_machine.travel(TODAY, tick=False):
        html = client.get("/tim-kiem/", {"q": "gom Phu Lang"}).content.decode()
    text, meta = result_meta(html, backdated.url)
    assert text == "Tin tức 20/05/2019"
    assert '<time datetime="2019-05-20T15:58:00+07:00">20/05/2019</time>' in meta
    assert "04/12/2026" not in html.split('<ol class="search-results"')[1]


def test_backdated_article_in_a_case_studys_related_news(client, home, backdated):
    index = CaseStudyIndexPageFactory(parent=home, slug="mo-hinh")
    case = CaseStudyPageFactory(
        parent=index, title="Lò nung gốm tiết kiệm năng lượng", enterprise_name="Gốm Phù Lãng"
    )
    with time_machine.travel(TODAY, tick=False):
        html = client.get(case.url).content.decode()
    box = re.search(r'<section class="section sc-related-news".*?</section>', html, re.S).group(0)
    assert "Làng gốm Phù Lãng đón đoàn khảo sát" in box
    assert '<time class="meta" datetime="2019-05-20T15:58:00+07:00">20/05/2019</time>' in box
    assert "04/12/2026" not in box


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_backdated_article_in_the_feeds(client, backdated, kind):
    with time_machine.travel(TODAY, tick=False):
        response = client.get(f"/tin-tuc/{kind}/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    (entry,) = feed.entries
    assert entry.published_parsed[:5] == (2019, 5, 20, 8, 58)  # 15:58 in Ha Noi
    if kind == "atom":
        assert entry.updated_parsed[:5] == (2019, 5, 20, 8, 58)
        assert feed.feed.updated_parsed[:3] == (2019, 5, 20)


def test_a_correction_after_publication_is_the_update(client, backdated):
    later = dt.datetime(2026, 12, 6, 9, 0, tzinfo=HANOI)
    with time_machine.travel(later, tick=False):
        backdated.lead = "Đoàn khảo sát xem lò nung gốm (đã sửa)."
        backdated.save_revision().publish()
        feed = feedparser.parse(client.get("/tin-tuc/atom/").content)
    (entry,) = feed.entries
    assert entry.published_parsed[:3] == (2019, 5, 20)
    assert entry.updated_parsed[:4] == (2026, 12, 6, 2)


def test_backdated_article_in_the_api_and_jsonld(client, backdated):
    with time_machine.travel(TODAY, tick=False):
        items = client.get("/api/v2/pages/?type=news.NewsArticlePage&fields=publish_date").json()
        html = client.get(backdated.url).content.decode()
    assert items["items"][0]["publish_date"] == "2019-05-20T15:58:00+07:00"
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    article = next(
        item
        for block in blocks
        for item in (
            json.loads(block) if isinstance(json.loads(block), list) else [json.loads(block)]
        )
        if item.get("@type") == "NewsArticle"
    )
    assert article["datePublished"] == "2019-05-20T15:58:00+07:00"
    assert article["dateModified"] == "2019-05-20T15:58:00+07:00"
    assert 'property="article:modified_time" content="2019-05-20T15:58:00+07:00"' in html


@pytest.fixture
def circulars(home):
    index = PolicyIndexPageFactory(parent=home, slug="chinh-sach")
    common = {
        "title": "Quy định chi tiết một số nội dung của Nghị định về khuyến công",
        "document_type": DocumentType.CIRCULAR,
    }
    with time_machine.travel(TODAY, tick=False):
        decree = make_policy(
            index,
            title="Nghị định về khuyến công",
            slug="nghi-dinh-45",
            document_number="45/2012/NĐ-CP",
            document_type=DocumentType.DECREE,
            issue_date=dt.date(2012, 5, 21),
            effective_date=dt.date(2012, 7, 10),
        )
        first = make_policy(
            index,
            slug="tt-46",
            document_number="46/2012/TT-BCT",
            issue_date=dt.date(2012, 12, 28),
            **common,
        )
        second = make_policy(
            index,
            slug="tt-36",
            document_number="36/2013/TT-BCT",
            issue_date=dt.date(2013, 12, 27),
            **common,
        )
    return decree, first, second


def test_policy_in_search_shows_its_number_and_issue_date(client, circulars):
    with time_machine.travel(TODAY, tick=False):
        html = client.get("/tim-kiem/", {"q": "Nghị định về khuyến công"}).content.decode()
    text, meta = result_meta(html, circulars[0].url)
    assert text.startswith("Văn bản chính sách 45/2012/NĐ-CP")
    assert '<time datetime="2012-05-21">21/05/2012</time>' in meta
    assert "04/12/2026" not in html.split('<ol class="search-results"')[1]


def test_two_circulars_with_one_title_are_told_apart_by_number(client, circulars):
    with time_machine.travel(TODAY, tick=False):
        response = client.get("/tim-kiem/", {"q": "quy dinh chi tiet"})
    html = response.content.decode()
    metas = [
        " ".join(re.sub(r"<[^>]+>", " ", meta).split())
        for meta in re.findall(r'<p class="search-result__meta">(.*?)</p>', html, re.S)
    ]
    assert sorted(metas) == [
        "Văn bản chính sách 36/2013/TT-BCT Còn hiệu lực 27/12/2013",
        "Văn bản chính sách 46/2012/TT-BCT Còn hiệu lực 28/12/2012",
    ] or sorted(metas) == [
        "Văn bản chính sách 36/2013/TT-BCT 27/12/2013",
        "Văn bản chính sách 46/2012/TT-BCT 28/12/2012",
    ]


def test_case_study_in_search_shows_its_programme_years(client, home):
    index = CaseStudyIndexPageFactory(parent=home, slug="mo-hinh")
    with time_machine.travel(TODAY, tick=False):
        case = CaseStudyPageFactory(
            parent=index, title="Máy sấy chè bằng bơm nhiệt", year_start=2021, year_end=2022
        )
        html = client.get("/tim-kiem/", {"q": "may say che"}).content.decode()
    text, meta = result_meta(html, case.url)
    assert text == "Mô hình trình diễn 2021–2022"
    assert '<time datetime="2021">2021–2022</time>' in meta


def test_api_exposes_the_dates_it_shows(client, circulars, home):
    index = CaseStudyIndexPageFactory(parent=home, slug="mo-hinh")
    CaseStudyPageFactory(parent=index, title="Máy sấy chè", year_start=2021, year_end=2022)
    policies = client.get(
        "/api/v2/pages/?type=policies.PolicyPage&fields=document_number,issue_date&order=issue_date"
    ).json()["items"]
    assert [(p["document_number"], p["issue_date"]) for p in policies] == [
        ("45/2012/NĐ-CP", "2012-05-21"),
        ("46/2012/TT-BCT", "2012-12-28"),
        ("36/2013/TT-BCT", "2013-12-27"),
    ]
    cases = client.get("/api/v2/pages/?type=showcase.CaseStudyPage&fields=year_start,year_end")
    assert [(c["year_start"], c["year_end"]) for c in cases.json()["items"]] == [(2021, 2022)]
