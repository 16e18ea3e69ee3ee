"""RSS 2.0 and Atom feeds, for all news and per category, in each language."""

import datetime as dt
import zoneinfo

import feedparser
import pytest

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def articles(make_article, image, category, other_category):
    make_article(
        "Khai giảng lớp đào tạo thợ hàn",
        lead="Ba mươi học viên bắt đầu khóa học.",
        hero_image=image,
        category=category,
        publish_date=dt.datetime(2025, 5, 20, 15, 58, tzinfo=HANOI),
    )
    make_article("Hội chợ công nghiệp nông thôn", category=other_category)
    make_article("Bản nháp không lên RSS", live=False)
    make_article("Tin riêng tư không lên RSS", private=True)


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind, content_type", [("rss", "application/rss+xml"), ("atom", "application/atom+xml")]
)
def test_feed_of_all_news_is_valid_and_complete(site_origin, client, articles, kind, content_type):
    response, feed = parse(client, f"/tin-tuc/{kind}/")
    assert response["Content-Type"].startswith(content_type)
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Hội chợ công nghiệp nông thôn", "Khai giảng lớp đào tạo thợ hàn"] or set(
        titles
    ) == {"Hội chợ công nghiệp nông thôn", "Khai giảng lớp đào tạo thợ hàn"}
    entry = next(e for e in feed.entries if e.title == "Khai giảng lớp đào tạo thợ hàn")
    assert entry.link == "https://khuyencong.example/tin-tuc/khai-giang-lop-dao-tao-tho-han/"
    assert feed.feed.link == "https://khuyencong.example/tin-tuc/"
    assert entry.summary == "Ba mươi học viên bắt đầu khóa học."
    assert entry.published_parsed[:5] == (2025, 5, 20, 8, 58)  # 15:58 in Ha Noi
    assert entry.author == "Trần Đức Khải"
    assert [tag.term for tag in entry.tags] == ["Đào tạo, tập huấn"]
    enclosure = next(link for link in entry.links if link.rel == "enclosure")
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("https://khuyencong.example/media/images/")
    assert int(enclosure.length) > 0
    assert feed.feed.language == "vi" if kind == "rss" else True


@pytest.mark.django_db
def test_category_feed_holds_only_that_category(client, articles):
    _, feed = parse(client, "/tin-tuc/chuyen-muc/dao-tao/rss/")
    assert [entry.title for entry in feed.entries] == ["Khai giảng lớp đào tạo thợ hàn"]
    _, feed = parse(client, "/tin-tuc/chuyen-muc/dao-tao/atom/")
    assert [entry.title for entry in feed.entries] == ["Khai giảng lớp đào tạo thợ hàn"]
    assert client.get("/tin-tuc/chuyen-muc/khong-co/rss/").status_code == 404


@pytest.mark.django_db
def test_english_feed(client, make_article, news_index_en):
    make_article("Welding course opens", parent=news_index_en)
    _, feed = parse(client, "/en/news/rss/")
    assert [entry.title for entry in feed.entries] == ["Welding course opens"]
    assert feed.feed.language == "en"
    _, feed = parse(client, "/en/news/atom/")
    assert [entry.title for entry in feed.entries] == ["Welding course opens"]


@pytest.mark.django_db
def test_feeds_are_advertised_on_news_pages(client, make_article):
    page = make_article("Bài viết")
    for url in ["/tin-tuc/", page.url]:
        html = client.get(url).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="Tin tức (RSS)" href="/tin-tuc/rss/">'
            in html
        )
        assert (
            '<link rel="alternate" type="application/atom+xml" title="Tin tức (Atom)" href="/tin-tuc/atom/">'
            in html
        )
    html = client.get("/tin-tuc/chuyen-muc/dao-tao/").content.decode()
    assert 'href="/tin-tuc/chuyen-muc/dao-tao/rss/"' in html
