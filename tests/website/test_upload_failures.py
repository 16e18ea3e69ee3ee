"""An upload on a full disk leaves nothing behind and tells the editor why (issue 27,
finding 7: a 500, an 888 KB partial file and 5 empty files, no rows).

The disk is simulated: every file the media storage opens under MEDIA_ROOT takes from
a budget of free bytes; the write that passes it writes what still fits, then raises
OSError(ENOSPC), as a real full disk does."""

import errno
import io
import os
import random
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

FULL = "ổ đĩa của máy chủ đã đầy"
_real_fdopen = os.fdopen


class FullDisk:
    def __init__(self, media_root, free):
        self.media_root = os.path.realpath(media_root)
        self.free = free

    def fdopen(self, fd, *args, **kwargs):
        file = _real_fdopen(fd, *args, **kwargs)
        if not os.readlink(f"/proc/self/fd/{fd}").startswith(self.media_root):
            return file
        return _Limited(file, self)

    def __enter__(self):
        self._patch = mock.patch("django.core.files.storage.filesystem.os.fdopen", self.fdopen)
        self._patch.start()
        return self

    def __exit__(self, *exc):
        self._patch.stop()


class _Limited:
    def __init__(self, file, disk):
        self._file, self._disk = file, disk

    def write(self, data):
        if len(data) > self._disk.free:
            self._file.write(data[: self._disk.free])
            self._file.flush()
            self._disk.free = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._disk.free -= len(data)
        return self._file.write(data)

    def __getattr__(self, name):
        return getattr(self._file, name)


def photo(name="lo-say-che.jpg"):
    """A 600×400 JPEG of noise: some 200 KB that do not compress."""
    rng = random.Random(27)
    image = PILImage.frombytes("RGB", (600, 400), bytes(rng.getrandbits(8) for _ in range(720_000)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=95)
    return SimpleUploadedFile(name, buffer.getvalue(), "image/jpeg")


PDF = b"%PDF-1.4\n" + b"% Quyet dinh phe duyet de an khuyen cong\n" * 2000 + b"%%EOF\n"


def files_under(root):
    """The uploads and renditions under MEDIA_ROOT."""
    return sorted(
        str(p.relative_to(root))
        for folder in ("original_images", "images", "documents")
        for p in Path(root, folder).rglob("*")
        if not p.is_dir()
    )


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def test_image_upload_on_a_full_disk(editor, settings):
    upload = photo()
    with FullDisk(settings.MEDIA_ROOT, free=len(upload) // 2):
        response = editor.post("/admin/images/add/", {"title": "Lò sấy chè", "file": upload})
    assert response.status_code == 302
    assert response["Location"] == "/admin/images/add/"
    page = editor.get(response["Location"])
    assert FULL in page.content.decode()
    assert not get_image_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []
    # With room again, the same upload works.
    response = editor.post("/admin/images/add/", {"title": "Lò sấy chè", "file": photo()})
    assert response.status_code == 302
    assert get_image_model().objects.get().title == "Lò sấy chè"
    assert len(files_under(settings.MEDIA_ROOT)) == 1


def test_multiple_image_upload_on_a_full_disk(editor, settings):
    upload = photo()
    with FullDisk(settings.MEDIA_ROOT, free=len(upload) - 1):
        response = editor.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": mock.ANY}
    assert FULL in response.json()["error_message"]
    assert not get_image_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


@pytest.mark.urls("tests.website.upload_urls")
def test_files_written_before_the_failing_one_are_removed_too(editor, settings):
    """A request that saves a row and a file, then fails on its second file: neither
    the first file nor the row is left."""
    with FullDisk(settings.MEDIA_ROOT, free=len(PDF) + 10):
        response = editor.post(
            "/two-files/", {"pdf": SimpleUploadedFile("qd.pdf", PDF), "jpg": photo()}
        )
    assert response.status_code == 302
    assert not get_document_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []
    # The same request with room: both files and the row stay.
    response = editor.post(
        "/two-files/", {"pdf": SimpleUploadedFile("qd.pdf", PDF), "jpg": photo()}
    )
    assert response.status_code == 200
    assert get_document_model().objects.count() == 1
    assert files_under(settings.MEDIA_ROOT) == ["documents/qd.pdf", "images/lo-say-che.jpg"]


@pytest.mark.parametrize("free", [0, 4096])
def test_document_upload_on_a_full_disk(editor, settings, free):
    with FullDisk(settings.MEDIA_ROOT, free=free):
        response = editor.post(
            "/admin/documents/add/",
            {"title": "Quyết định phê duyệt", "file": SimpleUploadedFile("qd.pdf", PDF)},
        )
    assert response.status_code == 302
    assert FULL in editor.get(response["Location"]).content.decode()
    assert not get_document_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


def test_multiple_document_upload_on_a_full_disk(editor, settings):
    with FullDisk(settings.MEDIA_ROOT, free=1000):
        response = editor.post(
            "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("qd.pdf", PDF)}
        )
    assert response.status_code == 200
    assert FULL in response.json()["error_message"]
    assert not get_document_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


def test_replacing_an_image_file_on_a_full_disk_keeps_the_old_one(editor, settings):
    editor.post("/admin/images/add/", {"title": "Lò sấy chè", "file": photo()})
    image = get_image_model().objects.get()
    original = image.file.name
    with FullDisk(settings.MEDIA_ROOT, free=5000):
        response = editor.post(
            f"/admin/images/{image.pk}/",
            {"title": "Lò sấy chè mới", "file": photo("lo-say-moi.jpg")},
        )
    assert response.status_code == 302
    assert FULL in editor.get(response["Location"]).content.decode()
    image.refresh_from_db()
    assert image.title == "Lò sấy chè"
    assert image.file.name == original
    assert not [name for name in files_under(settings.MEDIA_ROOT) if "lo-say-moi" in name]
    assert editor.get(image.file.url).status_code == 200
