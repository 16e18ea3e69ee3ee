"""Audio: the audio page's native player, the podcast feed of each language as
feedparser (what podcast apps are built on) reads it, and "Nghe bài viết" on a news
article."""

import datetime as dt

import feedparser
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from multimedia.models import AudioPage, MediaItem
from news.factories import NewsArticlePageFactory, NewsCategoryFactory
from news.models import NewsIndexPage

from .conftest import MP3, make_video, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def audio_item(db):
    item = MediaItem(title="Bản tin khuyến công số 1", type="audio", duration=3725)
    item.file = upload("ban-tin-1.mp3", MP3)
    item.full_clean()
    item.save()
    return item


def make_audio(section, audio_item, n=0, **fields):
    page = AudioPage(
        title=f"Bản tin khuyến công số {n + 1}",
        slug=f"ban-tin-{n + 1}",
        date=timezone.make_aware(dt.datetime(2024, 6, 3, 7, 0)) - dt.timedelta(days=n),
        summary="Tin tức khuyến công trong tuần, đọc trong năm phút.",
        audio=audio_item,
        **fields,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_audio_page_has_a_native_player(client, section, audio_item):
    page = make_audio(
        section, audio_item, transcript="<p>Xin chào bà con, đây là bản tin khuyến công.</p>"
    )
    html = client.get(page.url).content.decode()
    assert '<audio class="mm-audio__player" controls preload="none">' in html
    assert f'<source src="{audio_item.url}" type="audio/mpeg">' in html
    assert 'Nghe bản tin <span class="meta">(1:02:05)</span>' in html
    assert "đây là bản tin khuyến công" in html
    assert 'type="application/rss+xml"' in html and 'href="/podcast.xml"' in html


def test_audio_page_needs_a_file(section):
    page = AudioPage(title="Thiếu tệp", slug="thieu-tep", summary="Tóm tắt.")
    with pytest.raises(ValidationError, match="Chọn một tệp âm thanh trong thư viện."):
        page.full_clean()


def test_podcast_feed_per_language(
    client, section, audio_item, poster, site_origin, home_en, locale_en
):
    first = make_audio(section, audio_item, 0, image=poster)
    make_audio(section, audio_item, 1)
    response = client.get("/podcast.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == "vi"
    # Apple's current spelling; feedparser reads only the older "yes"/"clean" to a bool.
    assert response.content.count(b"<itunes:explicit>false</itunes:explicit>") == 3
    assert feed.feed.image.href.startswith(site_origin + "/media/images/")
    assert feed.feed.tags[0].term == "Government"
    assert [entry.title for entry in feed.entries] == [
        "Bản tin khuyến công số 1",
        "Bản tin khuyến công số 2",
    ]
    entry = feed.entries[0]
    assert entry.link == site_origin + first.url
    assert entry.itunes_duration == "01:02:05"
    assert entry.published_parsed[:5] == (2024, 6, 3, 0, 0)  # 07:00 in Hanoi
    (enclosure,) = entry.enclosures
    assert enclosure.href == site_origin + audio_item.url
    assert (enclosure.type, int(enclosure.length)) == ("audio/mpeg", len(MP3))
    # The English feed lists the English episodes only; none yet.
    section_en = section.copy_for_translation(locale_en)
    section_en.title, section_en.slug = "Video and photo", "video-photo"
    section_en.save_revision().publish()
    feed_en = feedparser.parse(client.get("/en/podcast.xml").content)
    assert feed_en.feed.language == "en"
    assert feed_en.feed.title == "Khuyen cong podcast – Video and photo"
    assert feed_en.entries == []


def test_no_feed_without_a_section(client, home):
    assert client.get("/podcast.xml").status_code == 404


def test_listen_to_the_article(client, home, audio_item):
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    home.add_child(instance=index)
    index.save_revision().publish()
    article = NewsArticlePageFactory(
        parent=index,
        title="Máy sấy mới",
        category=NewsCategoryFactory(locale=home.locale),
        audio_version=audio_item,
    )
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert 'id="listen-title">Nghe bài viết' in html
    assert (
        '<audio class="mm-audio__player" controls preload="none" aria-labelledby="listen-title">'
        in html
    )
    assert f'<source src="{audio_item.url}" type="audio/mpeg">' in html


def test_section_feed_carries_every_format_with_its_file(
    client, section, audio_item, poster, site_origin, video_page, video_item
):
    """/video-anh.xml, as a feed reader gets it: every format of the section, newest
    first, each with its file (video, audio) or its picture as the enclosure; the index
    page announces it."""
    make_audio(section, audio_item, 0, image=poster)
    make_video(section, 9, external_url="https://youtu.be/aqz-KE-bpKQ", poster=poster)
    response = client.get("/video-anh.xml")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == "vi" and feed.feed.link == site_origin + section.url
    entries = {entry.title: entry for entry in feed.entries}
    assert len(entries) == 3
    (file,) = entries["Máy sấy nông sản 0"].enclosures
    assert (file.href, file.type) == (site_origin + video_item.url, "video/mp4")
    (sound,) = entries["Bản tin khuyến công số 1"].enclosures
    assert (sound.href, sound.type) == (site_origin + audio_item.url, "audio/mpeg")
    (picture,) = entries["Máy sấy nông sản 9"].enclosures  # YouTube: the poster
    assert picture.type == "image/jpeg" and picture.href.startswith(site_origin + "/media/")
    assert [tag.term for tag in entries["Máy sấy nông sản 0"].tags] == ["phóng sự video"]
    html = client.get(section.url).content.decode()
    assert 'type="application/rss+xml" title="Video – Ảnh (RSS)" href="/video-anh.xml"' in html
