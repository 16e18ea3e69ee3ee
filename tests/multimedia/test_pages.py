"""The video page as a reader gets it: the lead video with its captions and poster, the
transcript, the VideoObject JSON-LD; a YouTube video behind a poster with no player
loaded; the index, the home section, search."""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import timezone

from multimedia.models import VideoPage, youtube_id
from website.counter import record_view
from website.search import search_pages

from .conftest import make_video

pytestmark = pytest.mark.django_db


def json_ld(html, kind):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        for node in data.get("@graph", [data]):
            if node.get("@type") == kind:
                return node
    raise AssertionError(f"no {kind} in the page")


def test_video_page_plays_the_library_file_with_captions(client, video_page, video_item):
    html = client.get(video_page.url).content.decode()
    assert f'<source src="{video_item.url}" type="video/mp4">' in html
    assert re.search(
        r'<track kind="captions" src="[^"]+phu-de\.vi\.vtt" srclang="vi" label="Tiếng Việt" default>',
        html,
    )
    assert re.search(
        r'<track kind="captions" src="[^"]+phu-de\.en\.vtt" srclang="en" label="English">', html
    )
    assert re.search(
        r'<video class="mm-video" controls preload="metadata" playsinline poster="/media/images/[^"]+\.jpg"',
        html,
    )
    assert "Thời lượng: 1:05" in html
    assert "giảm hao hụt sau thu hoạch ở Đồng Tháp" in html  # the transcript


def test_video_object_has_the_required_properties(client, video_page, video_item, site_origin):
    node = json_ld(client.get(video_page.url).content.decode(), "VideoObject")
    assert node["name"] == video_page.title
    assert node["description"].startswith("Phóng sự số 0")
    assert node["thumbnailUrl"][0].startswith(site_origin + "/media/images/")
    assert node["uploadDate"] == "2024-05-20T08:00:00+07:00"
    assert node["contentUrl"] == site_origin + video_item.url
    assert node["duration"] == "PT1M5S"
    assert "Đồng Tháp" in node["transcript"]


def test_sitemap_carries_each_video_with_the_required_tags(
    client, video_page, video_item, section, poster, site_origin
):
    """Google's video sitemap: thumbnail, title, description, and the file (library
    video) or the player (YouTube); the duration in seconds; a valid XML document."""
    youtube = make_video(section, 1, external_url="https://youtu.be/aqz-KE-bpKQ", poster=poster)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "v": "http://www.google.com/schemas/sitemap-video/1.1",
    }
    root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
    videos = {
        url.find("s:loc", ns).text: url.findall("v:video", ns) for url in root.findall("s:url", ns)
    }
    assert not videos[site_origin + "/"] and not videos[site_origin + section.url]
    (own,) = videos[site_origin + video_page.url]
    assert own.find("v:thumbnail_loc", ns).text.startswith(site_origin + "/media/images/")
    assert own.find("v:title", ns).text == video_page.title
    assert own.find("v:description", ns).text.startswith("Phóng sự số 0")
    assert own.find("v:content_loc", ns).text == site_origin + video_item.url
    assert own.find("v:player_loc", ns) is None
    assert own.find("v:duration", ns).text == "65"
    assert own.find("v:publication_date", ns).text == "2024-05-20T08:00:00+07:00"
    (embedded,) = videos[site_origin + youtube.url]
    assert embedded.find("v:content_loc", ns) is None
    assert (
        embedded.find("v:player_loc", ns).text
        == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
    )
    assert embedded.find("v:duration", ns) is None  # not known for an outside player


def test_youtube_video_is_a_poster_until_clicked(client, section, poster, site_origin):
    page = make_video(
        section,
        1,
        external_url="https://youtu.be/aqz-KE-bpKQ",
        poster=poster,
        poster_alt_text="Gian hàng",
    )
    html = client.get(page.url).content.decode()
    assert "<iframe" not in html
    # The player's address only as data for the script; the link leads to the video's page.
    assert (
        'data-embed="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&amp;rel=0"'
        in html
    )
    assert 'href="https://youtu.be/aqz-KE-bpKQ"' in html
    assert not re.search(r'src="https?://[^"]*youtube', html)
    node = json_ld(html, "VideoObject")
    assert node["embedUrl"] == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
    assert "contentUrl" not in node


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=10", "aqz-KE-bpKQ"),
        ("https://youtu.be/aqz-KE-bpKQ", "aqz-KE-bpKQ"),
        ("https://m.youtube.com/shorts/aqz-KE-bpKQ", "aqz-KE-bpKQ"),
        ("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", "aqz-KE-bpKQ"),
        ("https://www.youtube.com/watch?v=<script>", None),
        ("https://example.com/watch?v=aqz-KE-bpKQ", None),
    ],
)
def test_youtube_addresses(url, expected):
    assert youtube_id(url) == expected


def test_editor_mistakes_get_clear_messages(section, poster):
    page = VideoPage(title="Không có video", slug="khong-co", summary="Tóm tắt.")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Chọn một tệp video hoặc nhập địa chỉ YouTube/Facebook." in str(error.value)
    page.external_url = "https://vimeo.com/123"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Chỉ nhận địa chỉ video YouTube hoặc Facebook" in str(error.value)
    page.external_url = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "cần ảnh đại diện" in str(error.value)


def test_english_translation_has_its_own_texts_and_captions(client, video_page, home_en, locale_en):
    section_en = video_page.get_parent().specific.copy_for_translation(locale_en)
    section_en.title, section_en.slug = "Video and photo", "video-photo"
    section_en.save_revision().publish()
    page_en = video_page.copy_for_translation(locale_en).specific
    page_en.title, page_en.slug = "A crop dryer", "crop-dryer"
    page_en.summary = "A cooperative dries mangoes with the sun."
    page_en.save_revision().publish()
    html = client.get("/en/video-photo/crop-dryer/").content.decode()
    assert "A cooperative dries mangoes with the sun." in html
    assert 'srclang="en" label="English" default>' in html
    assert json_ld(html, "VideoObject")["inLanguage"] == "en"


def test_index_lists_the_newest_first(client, section, poster):
    for n in range(3):
        make_video(section, n, external_url="https://youtu.be/aqz-KE-bpKQ", poster=poster)
    html = client.get(section.url).content.decode()
    titles = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)
    assert titles == ["Máy sấy nông sản 0", "Máy sấy nông sản 1", "Máy sấy nông sản 2"]


def test_index_shows_what_readers_watched_most_this_week(client, section, poster):
    """Counted views (the view counter's beacon) rank the section's "Xem nhiều" box,
    over the last seven days: an old favourite's views from last month do not count."""
    pages = [
        make_video(section, n, external_url="https://youtu.be/aqz-KE-bpKQ", poster=poster)
        for n in range(3)
    ]
    beacon = {
        "HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36"
    }
    for n, address in enumerate(["10.0.0.1", "10.0.0.2", "10.0.0.3"]):
        assert (
            client.post(f"/views/{pages[2].pk}/", REMOTE_ADDR=address, **beacon).status_code == 204
        )
        if n < 2:
            assert (
                client.post(f"/views/{pages[1].pk}/", REMOTE_ADDR=address, **beacon).status_code
                == 204
            )
    record_view(pages[0].pk, by=500, day=timezone.localdate() - dt.timedelta(days=30))
    html = client.get(section.url).content.decode()
    box = html[html.index('id="most-read-title">Xem nhiều</h2>') :]
    ranked = re.findall(
        r'<li>\s*<a href="([^"]+)">([^<]+)</a>\s*<span class="meta">(\d+) lượt xem', box
    )
    assert ranked == [
        (pages[2].url, "Máy sấy nông sản 2", "3"),
        (pages[1].url, "Máy sấy nông sản 1", "2"),
    ]


def test_home_page_shows_the_video_photo_section(client, home, video_page):
    html = client.get("/").content.decode()
    assert 'id="home-multimedia">Video – Ảnh</h2>' in html
    assert video_page.title in html


@override_settings(
    WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database"}}
)
def test_transcript_is_found_by_search(video_page):
    from wagtail.search.backends import get_search_backend

    get_search_backend().add(video_page)
    found = list(search_pages(VideoPage.objects.live(), "hao hut sau thu hoach"))
    assert [page.pk for page in found] == [video_page.pk]
