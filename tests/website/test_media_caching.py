"""Image URLs under /media/ stand for one content for ever, so they are cached for a
year as immutable: an uploaded image never takes a name used before (website/storage.py),
and its renditions' names start with the original's (issue 22)."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def _upload(name, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (80, 60), colour).save(buffer, format="JPEG")
    return get_image_model().objects.create(
        title=name, file=SimpleUploadedFile(name, buffer.getvalue())
    )


def test_a_deleted_image_name_is_never_given_again(home):
    first = _upload("lo-say-che.jpg", (20, 120, 60))
    first_name = first.file.name
    first_rendition = first.get_rendition("fill-40x30|format-webp").file.name
    assert first_name.startswith("original_images/lo-say-che_")
    first.delete()
    second = _upload("lo-say-che.jpg", (200, 20, 60))
    assert second.file.name != first_name
    assert second.get_rendition("fill-40x30|format-webp").file.name != first_rendition


def test_images_and_renditions_are_cached_for_a_year(client, home):
    image = _upload("may-say.jpg", (20, 120, 60))
    rendition = image.get_rendition("width-40|format-webp")
    for url in (image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
