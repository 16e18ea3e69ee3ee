"""Static file URLs: hashed names from the manifest, worked out once per name."""

import json

import pytest

from website.storage import StaticFilesStorage


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
