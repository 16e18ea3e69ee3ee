"""/media/ serves images and renditions only: no path, however written, reaches a document
(issue 27, finding 1).

The requests go through the WSGI application itself, with the request target as a client
sends it (``curl --path-as-is``) and decoded into PATH_INFO the way gunicorn decodes it,
so ``%2e%2e`` and ``%2f`` arrive as ``..`` and ``/`` exactly as in production."""

import io
import os
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from gunicorn.util import unquote_to_wsgi_str
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% Bien ban hop noi bo - khong cong bo\n%%EOF\n"


def wsgi_get(target, method="GET"):
    """(status code, headers, body) of ``target`` (a raw request target, query string
    included) from the WSGI application."""
    raw_path, _, query = target.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_wsgi_str(raw_path),
        "RAW_URI": target,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])
        started["headers"] = dict(headers)

    # As Django's test client does: the test's transaction keeps its connection, which
    # the end of a request would otherwise close.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = WSGIHandler()(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            getattr(result, "close", lambda: None)()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return started["status"], started["headers"], body


@pytest.fixture
def private_document(home):
    """A PDF in a collection only logged-in users may see."""
    collection = Collection.get_first_root_node().add_child(name="Nội bộ")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Biên bản họp nội bộ",
        collection=collection,
        file=SimpleUploadedFile("bien-ban-hop.pdf", PDF),
    )


@pytest.fixture
def image(home):
    buffer = io.BytesIO()
    PILImage.new("RGB", (80, 60), (20, 120, 60)).save(buffer, format="JPEG")
    return get_image_model().objects.create(
        title="Lò sấy chè", file=SimpleUploadedFile("lo-say-che.jpg", buffer.getvalue())
    )


def traversals(name):
    """Every way the attack run wrote "images/../documents/<file>" (and a few more)."""
    return [
        f"/media/images/../documents/{name}",
        f"/media/images/%2e%2e/documents/{name}",
        f"/media/images/%2E%2E/documents/{name}",
        f"/media/images/..%2fdocuments/{name}",
        f"/media/images/..%2Fdocuments/{name}",
        f"/media/images/%2e%2e%2fdocuments/{name}",
        f"/media/original_images/../documents/{name}",
        f"/media/original_images/%2e%2e/documents/{name}",
        f"/media/original_images/..%2fdocuments/{name}",
        f"/media/images/./../documents/{name}",
        f"/media/images//../documents/{name}",
        f"/media/images/x/../../documents/{name}",
        f"/media/images/..%5cdocuments/{name}",
        f"/media/images/..\\documents/{name}",
        f"/media/documents/{name}",
        f"/media//documents/{name}",
        f"/media/./documents/{name}",
        f"/media/%2e/documents/{name}",
        f"/media/images/../../media/documents/{name}",
    ]


def test_no_encoding_of_a_traversal_serves_a_private_document(private_document):
    name = os.path.basename(private_document.file.name)
    assert Path(private_document.file.path).read_bytes() == PDF
    for target in traversals(name):
        status, headers, body = wsgi_get(target)
        assert status == 404, (target, status)
        assert b"Bien ban hop" not in body, target
        assert "pdf" not in headers.get("Content-Type", ""), target
    # The document itself is still there for those allowed: through Wagtail's view,
    # which sends an anonymous reader to log in.
    status, headers, _body = wsgi_get(private_document.url)
    assert status == 302
    assert "login" in headers["Location"]


def test_a_real_image_and_its_rendition_are_served(image):
    rendition = image.get_rendition("fill-40x30|format-webp")
    for url, content_type in ((image.file.url, "image/jpeg"), (rendition.url, "image/webp")):
        status, headers, body = wsgi_get(url)
        assert status == 200, url
        assert headers["Content-Type"] == content_type
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert body[:4] in (b"\xff\xd8\xff\xe0", b"RIFF")
        assert wsgi_get(url, method="HEAD")[0] == 200


def test_only_image_files_are_served_from_the_image_folders(image, settings):
    """A file that is not an image, put under images/ by any means, is not served; nor is
    an image reached through a symbolic link that leads out of the folder."""
    media = Path(settings.MEDIA_ROOT)
    (media / "images").mkdir(exist_ok=True)
    (media / "images" / "ghi-chu.html").write_text("<script>alert(1)</script>")
    (media / "images" / "sao-luu.pdf").write_bytes(PDF)
    outside = media.parent / "outside"
    outside.mkdir()
    PILImage.new("RGB", (4, 4)).save(outside / "bi-mat.png")
    (media / "images" / "lien-ket.png").symlink_to(outside / "bi-mat.png")
    (media / "images" / "thu-muc").symlink_to(outside, target_is_directory=True)
    for target in (
        "/media/images/ghi-chu.html",
        "/media/images/sao-luu.pdf",
        "/media/images/lien-ket.png",
        "/media/images/thu-muc/bi-mat.png",
        "/media/images/",
        "/media/images",
        "/media/",
    ):
        assert wsgi_get(target)[0] == 404, target


def test_documents_group_members_still_download_through_the_document_view(
    client, private_document, django_user_model
):
    user = django_user_model.objects.create_user("bientap", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(user)
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == PDF
