"""A broken image upload gets a form error in the admin, never a 500 (issue 9, item 5)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def _png(width=64, height=48):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = _png()
BROKEN = {
    "empty": b"",
    "signature-only": PNG[:8],
    "header-only": PNG[:33],  # signature and IHDR: the size is known, the pixels are not
    "truncated": PNG[: len(PNG) // 2],
    "corrupt-pixels": PNG[:41] + bytes(len(PNG) - 53) + PNG[-12:],
    "garbage": b"\x89PNG\r\n\x1a\n" + b"\xff" * 500,
    "html": b"<html><script>alert(1)</script></html>",
    "jpeg-cut": PNG[:0] + b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
}


@pytest.fixture
def admin(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_png_gives_a_form_error(admin, name):
    upload = SimpleUploadedFile(f"{name}.png", BROKEN[name], "image/png")
    response = admin.post("/admin/images/add/", {"title": f"hỏng {name}", "file": upload})
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert 'class="error-message"' in html or "error" in html
    assert not get_image_model().objects.filter(title=f"hỏng {name}").exists()


@pytest.mark.parametrize("name", list(BROKEN))
def test_a_broken_png_in_the_multiple_upload(admin, name):
    upload = SimpleUploadedFile(f"{name}.png", BROKEN[name], "image/png")
    response = admin.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code in (200, 400), response.status_code
    assert response.json()["success"] is False
    assert not get_image_model().objects.filter(title=name).exists()


def test_a_good_png_still_uploads(admin):
    upload = SimpleUploadedFile("tot.png", PNG, "image/png")
    response = admin.post("/admin/images/add/", {"title": "tốt", "file": upload})
    assert response.status_code == 302
    image = get_image_model().objects.get(title="tốt")
    assert (image.width, image.height) == (64, 48)
    image.get_rendition("fill-32x24|format-webp")
