"""The media library: an editor uploads video and audio in the admin; the type is read
from the file's content, the size is limited, captions are WebVTT served as text/vtt."""

import pytest
from django.urls import reverse
from wagtail.models import Collection

from multimedia.models import MediaItem

from .conftest import EXE, HTML, M4A, MP3, MP4, OGG, VTT_EN, VTT_VI, WEBM, upload

pytestmark = pytest.mark.django_db


def post_upload(client, user, media_type, name, data, **extra):
    client.force_login(user)
    fields = {
        "title": name,
        "file": upload(name, data),
        "collection": Collection.get_first_root_node().pk,
        "duration": "12",
        **extra,
    }
    return client.post(reverse("wagtailmedia:add", args=(media_type,)), fields)


@pytest.mark.parametrize(
    ("media_type", "name", "data", "content_type"),
    [
        ("video", "hoi-cho.mp4", MP4, "video/mp4"),
        ("video", "hoi-cho.webm", WEBM, "video/webm"),
        ("audio", "ban-tin.mp3", MP3, "audio/mpeg"),
        ("audio", "ban-tin.m4a", M4A, "audio/mp4"),
        ("audio", "ban-tin.ogg", OGG, "audio/ogg"),
    ],
)
def test_editor_uploads_each_format(client, editor, media_type, name, data, content_type):
    response = post_upload(client, editor, media_type, name, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    item = MediaItem.objects.get(title=name)
    assert (item.type, item.content_type) == (media_type, content_type)


@pytest.mark.parametrize(
    ("media_type", "name", "data"),
    [
        ("video", "phong-su.mp4", EXE),  # a renamed program
        ("video", "phong-su.mp4", HTML),  # a renamed web page
        ("audio", "ban-tin.mp3", HTML),
        ("audio", "ban-tin.mp3", EXE),
        ("video", "phong-su.mp4", MP3),  # audio is not a video
    ],
)
def test_renamed_files_are_refused_by_their_content(client, editor, media_type, name, data):
    response = post_upload(client, editor, media_type, name, data)
    assert response.status_code == 200
    assert "Nội dung tệp không phải là" in response.content.decode()
    assert not MediaItem.objects.exists()


def test_oversized_file_is_refused(client, editor, settings):
    settings.MULTIMEDIA_MAX_UPLOAD_BYTES = 1024 * 1024
    big = MP4 + b"\x00" * (1024 * 1024)
    response = post_upload(client, editor, "video", "dai.mp4", big)
    assert response.status_code == 200
    assert "Tệp quá lớn: tối đa 1 MB." in response.content.decode()
    assert not MediaItem.objects.exists()


def test_caption_file_must_be_webvtt(client, editor):
    response = post_upload(
        client,
        editor,
        "video",
        "hoi-cho.mp4",
        MP4,
        captions_vi=upload("phu-de.vtt", b"1\n00:00:00,000 --> 00:00:02,000\nSRT\n"),
    )
    assert response.status_code == 200
    assert "Tệp phụ đề phải là WebVTT" in response.content.decode()
    response = post_upload(
        client,
        editor,
        "video",
        "hoi-cho.mp4",
        MP4,
        captions_vi=upload("phu-de.vtt", VTT_VI),
        captions_en=upload("en.vtt", VTT_EN),
    )
    assert response.status_code == 302
    assert MediaItem.objects.get().caption_tracks() != []


def test_captions_are_served_as_text_vtt(client, video_item):
    for code, text in (("vi", VTT_VI), ("en", VTT_EN)):
        response = client.get(reverse("multimedia_captions", args=(video_item.pk, code)))
        assert response.status_code == 200
        assert response["Content-Type"] == "text/vtt; charset=utf-8"
        assert response.content == text
    assert client.get(reverse("multimedia_captions", args=(video_item.pk, "fr"))).status_code == 404


def test_file_served_with_content_type_and_ranges(client, video_item):
    url = video_item.url
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"
    assert b"".join(response.streaming_content) == MP4
    response = client.get(url, headers={"Range": "bytes=4-11"})
    assert response.status_code == 206
    assert response.content == b"ftypisom"
    assert response["Content-Range"] == f"bytes 4-11/{len(MP4)}"
    assert client.get(url, headers={"Range": "bytes=999999-"}).status_code == 416
    assert client.get(url.replace("may-say", "khac")).status_code == 404


def test_private_collection_is_not_served(client, video_item):
    from wagtail.models import CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Nội bộ")
    video_item.collection = private
    video_item.save()
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    assert client.get(video_item.url).status_code == 404
