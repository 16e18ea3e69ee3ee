"""Settings: production refuses to start without real secrets, hosts and its address."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


MAIL = {"EMAIL_HOST": "smtp.khuyencong.example.vn"}
ORIGIN = "https://example.vn"


def _import_production(code="import django; django.setup(); print('started')", **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "SITE_ORIGIN",
            "DJANGO_SETTINGS_MODULE",
            "EMAIL_HOST",
            "EMAIL_BACKEND",
        }
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="website.settings.production")
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_without_secret_key():
    result = _import_production(ALLOWED_HOSTS="example.vn")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_without_allowed_hosts():
    result = _import_production(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_production_refuses_without_site_origin():
    result = _import_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.vn")
    assert result.returncode != 0
    assert "Set SITE_ORIGIN" in result.stderr


def test_site_origin_must_be_a_scheme_and_host():
    result = _import_production(
        SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.vn", SITE_ORIGIN="example.vn/tin-tuc"
    )
    assert result.returncode != 0
    assert "SITE_ORIGIN must be a scheme and host" in result.stderr


def test_production_starts_with_all_three():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print('started', s.SITE_ORIGIN, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    )
    result = _import_production(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.vn",
        SITE_ORIGIN="https://Example.vn/",
        **MAIL,
        code=code,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["started", *["https://example.vn"] * 3]


def test_production_refuses_without_a_way_to_send_mail():
    """Inquiries (names, e-mails, phones) must not go to the console log instead."""
    for mail in (
        {},
        {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"},
        {"EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend"},
    ):
        result = _import_production(
            SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.vn", SITE_ORIGIN=ORIGIN, **mail
        )
        assert result.returncode != 0, mail
        assert "Set EMAIL_HOST" in result.stderr, mail
    result = _import_production(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="example.vn",
        SITE_ORIGIN=ORIGIN,
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH="/tmp/kcqg-mail",  # noqa: S108
    )
    assert result.returncode == 0, result.stderr


def test_services_are_chosen_by_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'])"
    )
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="website.settings.dev",
        DATABASE_URL="postgres://u@127.0.0.1:5432/x",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout
    assert "RedisCache" in result.stdout
