"""Security: headers, CSP, login lockout, uploads, health check, 503 on a lost database."""

import io
import json
import zipfile
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from website import views
from website.uploads import check_document_content


def _csp(response):
    return response.headers.get("Content-Security-Policy", "")


@pytest.mark.django_db
def test_public_pages_carry_security_headers(client, home):
    response = client.get("/")
    csp = _csp(response)
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_error_pages_carry_csp_too(client, home):
    response = client.get("/khong-co/")
    assert response.status_code == 404
    assert "unsafe-inline" not in _csp(response)


@pytest.mark.django_db
def test_public_html_has_no_inline_script_or_style(client, home_en):
    for url in ("/", "/en/", "/khong-co/"):
        html = client.get(url).content.decode()
        for fragment in ("<script>", "style=", "onclick=", "onload=", "<style"):
            assert fragment not in html, (url, fragment)


@pytest.mark.django_db
def test_admin_gets_its_own_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert "'unsafe-inline'" in _csp(response)
    assert "frame-ancestors 'self'" in _csp(response)


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    call_command("axes_reset", verbosity=0)
    yield
    call_command("axes_reset", verbosity=0)


@pytest.mark.django_db
def test_admin_login_locks_out_after_failures(client, django_user_model, axes_on, settings):
    django_user_model.objects.create_superuser("editor", "e@example.vn", "right-password-1")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(
            "/admin/login/", {"username": "editor", "password": "wrong"}, REMOTE_ADDR="10.0.0.1"
        )
        assert response.status_code == 200
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "wrong"}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()
    # Even the right password is refused while locked out…
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "right-password-1"},
        REMOTE_ADDR="10.0.0.1",
    )
    assert response.status_code == 429
    # …from that address only.
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "right-password-1"},
        REMOTE_ADDR="10.0.0.2",
    )
    assert response.status_code == 302
    # The documented unlock command lifts it.
    call_command("axes_reset_username", "editor", verbosity=0)
    client.logout()
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "right-password-1"},
        REMOTE_ADDR="10.0.0.1",
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_forged_forwarded_addresses_do_not_escape_the_lockout(
    client, django_user_model, axes_on, settings
):
    """Issue 27: with TRUSTED_PROXY_HEADER set and the app reachable without the proxy,
    a fresh X-Forwarded-For per attempt defeated the lockout (12 of 12 answered)."""
    settings.KCQG_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    django_user_model.objects.create_superuser("editor", "e@example.vn", "right-password-1")
    statuses = [
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
        ).status_code
        for attempt in range(12)
    ]
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses == [200] * (limit - 1) + [429] * (12 - limit + 1)


def _png(width, height):
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@pytest.mark.django_db
def test_decompression_bomb_image_is_refused_with_a_message(client, admin_user):
    client.force_login(admin_user)
    bomb = _png(9000, 9000)  # 81 megapixels in a few kilobytes
    assert len(bomb) < 200_000
    response = client.post(
        "/admin/images/add/",
        {"title": "bom", "file": SimpleUploadedFile("bom.png", bomb, "image/png")},
    )
    assert response.status_code == 200
    assert "pixels" in response.content.decode() or "điểm ảnh" in response.content.decode()
    assert not get_image_model().objects.filter(title="bom").exists()


@pytest.mark.django_db
def test_svg_is_not_accepted_as_image(client, admin_user):
    client.force_login(admin_user)
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = client.post(
        "/admin/images/add/",
        {"title": "svg", "file": SimpleUploadedFile("x.svg", svg, "image/svg+xml")},
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="svg").exists()


def _docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "ok"),
    [
        ("a.pdf", b"%PDF-1.7\n...", True),
        ("a.pdf", b"<html><script>alert(1)</script></html>", False),
        ("a.docx", _docx(), True),
        ("a.docx", b"MZ\x90\x00not a zip", False),
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, True),
        ("a.txt", "Quyết định số 1288/QĐ-TTg".encode(), True),
        ("a.txt", b"<!DOCTYPE html><p>x</p>", False),
        ("a.zip", b"not a zip", False),
    ],
)
def test_document_content_must_match_extension(name, content, ok):
    upload = SimpleUploadedFile(name, content)
    # The message is translated lazily: pin the language another test may have changed.
    with translation.override("vi"):
        if ok:
            check_document_content(upload)
        else:
            with pytest.raises(ValidationError, match="không khớp"):
                check_document_content(upload)


@pytest.mark.django_db
def test_document_upload_refuses_disguised_html(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "fake",
            "file": SimpleUploadedFile("fake.pdf", b"<html><script>x</script></html>"),
        },
    )
    assert response.status_code == 200
    assert "không khớp" in response.content.decode()
    assert not get_document_model().objects.filter(title="fake").exists()
    response = client.post(
        "/admin/documents/add/",
        {"title": "page", "file": SimpleUploadedFile("page.html", b"<html></html>")},
    )
    assert not get_document_model().objects.filter(title="page").exists()


@pytest.mark.django_db
def test_documents_download_as_attachments(client, admin_user):
    document = get_document_model().objects.create(
        title="QĐ 1288", file=SimpleUploadedFile("qd-1288.pdf", b"%PDF-1.4\nhello")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/pdf"
    # Straight to the file under /media/ is refused: privacy checks live in the view.
    assert client.get(f"/media/{document.file.name}").status_code == 404


@pytest.mark.django_db
def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_says_503_when_database_is_down(client):
    with mock.patch("website.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["database"] == "error"


def test_lost_database_gives_a_503_page():
    request = RequestFactory().get("/en/news/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = views.server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "temporarily unavailable" in response.content.decode()
