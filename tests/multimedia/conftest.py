"""Fixtures of the multimedia tests: small files with the first bytes of each format (the
content check reads only those), a poster image and a published section with a video."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from demo.build import demo_image
from multimedia.models import MediaItem, MultimediaIndexPage, VideoPage
from website.groups import EDITORS

MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 2000
WEBM = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08"
    b"\x42\x82\x84webm\x42\x87\x81\x04\x42\x85\x81\x02" + b"\x00" * 2000
)
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 2000
M4A = b"\x00\x00\x00\x18ftypM4A \x00\x00\x02\x00M4A isom" + b"\x00" * 2000
OGG = b"OggS\x00\x02" + b"\x00" * 2000
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 2000
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
VTT_VI = "WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào bà con.\n".encode()
VTT_EN = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello, everyone.\n"


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def editor(db):
    user = User.objects.create_user("bientap", password="mat-khau-dai-123")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def poster(db):
    return demo_image(
        "Ảnh đại diện video", seed=3, width=1280, height=720, description="Xưởng cơ khí"
    )


@pytest.fixture
def video_item(db, poster):
    item = MediaItem(
        title="Máy sấy nông sản", type="video", duration=65, width=1280, height=720, poster=poster
    )
    item.file = upload("may-say.mp4", MP4)
    item.captions_vi = upload("may-say.vi.vtt", VTT_VI)
    item.captions_en = upload("may-say.en.vtt", VTT_EN)
    item.full_clean()
    item.save()
    return item


@pytest.fixture
def section(home):
    index = MultimediaIndexPage(
        title="Video – Ảnh", slug="video-anh", intro="Phóng sự video và ảnh."
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_video(section, n=0, **fields):
    fields.setdefault("summary", f"Phóng sự số {n} về máy sấy nông sản của hợp tác xã.")
    page = VideoPage(
        title=f"Máy sấy nông sản {n}",
        slug=f"may-say-{n}",
        date=timezone.make_aware(dt.datetime(2024, 5, 20, 8, 0)) - dt.timedelta(days=n),
        **fields,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def video_page(section, video_item):
    return make_video(
        section,
        video=video_item,
        transcript="<p>Người dẫn: Máy sấy giúp giảm hao hụt sau thu hoạch ở Đồng Tháp.</p>",
    )
