"""Static file URLs: hashed names from the manifest, worked out once per name; media
URLs: Django's, kept after their first use."""

import json

import pytest
from django.core.files.storage import FileSystemStorage

from website.storage import MediaStorage, StaticFilesStorage


@pytest.fixture
def storage(tmp_path, settings):
    settings.DEBUG = False
    settings.STATIC_URL = "/static/"
    manifest = {"version": "1.1", "paths": {"css/site.css": "css/site.0123abcd.css"}}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    return StaticFilesStorage(location=str(tmp_path), base_url="/static/")


def test_a_url_is_the_hashed_name_and_is_worked_out_once(storage, monkeypatch):
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    calls = []
    monkeypatch.setattr(storage, "stored_name", lambda name: calls.append(name))
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    assert calls == []


def test_a_missing_file_raises_every_time(storage):
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            storage.url("css/missing.css")


def test_debug_asks_the_manifest_each_time(storage, settings):
    settings.DEBUG = True
    assert storage.url("css/site.css") == "/static/css/site.css"
    assert "css/site.css" not in storage._urls


def test_a_media_url_is_django_s_and_follows_media_url(tmp_path, settings):
    settings.MEDIA_URL = "/media/"
    media = MediaStorage(location=str(tmp_path))
    names = ["images/máy sấy_a1B2c3D.2e16d0ba.fill-240x160.webp", "images/a b&c.jpg"]
    for name in names:
        expected = FileSystemStorage.url(media, name)
        assert media.url(name) == expected == media.url(name)
    assert media.url(names[1]) == "/media/images/a%20b%26c.jpg"
    settings.MEDIA_URL = "https://cdn.example/m/"  # Django resets the storage's base URL
    assert media.url(names[1]) == "https://cdn.example/m/images/a%20b%26c.jpg"


def test_media_urls_kept_are_bounded(tmp_path, settings, monkeypatch):
    settings.MEDIA_URL = "/media/"
    media = MediaStorage(location=str(tmp_path))
    monkeypatch.setattr(MediaStorage, "URLS_KEPT", 3)
    for n in range(10):
        assert media.url(f"images/{n}.jpg") == f"/media/images/{n}.jpg"
        assert len(media._urls) <= 3
