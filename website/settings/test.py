"""Settings for the pytest suite: fast, deterministic, no outside services."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Fast hashes for the suite's users; production's hash is read too: the test servers'
# demo sites are built under production settings (tests/server.py).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# Mail stays in memory, unless EMAIL_URL names a server (the alerts' worker processes in
# tests/alerts/test_fault.py send to a test SMTP server).
if not EMAIL_URL:  # noqa: F405
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "website.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", str(BASE_DIR / ".test-media"))  # noqa: F405
# The test client's host; a test server can be given another (tests/website/test_crawl.py).
SITE_ORIGIN = parse_origin(os.environ.get("SITE_ORIGIN", "http://testserver"))  # noqa: F405
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = SITE_ORIGIN
# WhiteNoise serves from finders in tests; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# django-axes needs the request in authenticate(); Client.login() gives none.
# The lockout tests switch it on (tests/website/test_security.py).
AXES_ENABLED = os.environ.get("AXES_ENABLED", "0") == "1"
# The page cache is tested on its own (tests/website/test_page_cache.py) and in
# the load tests; elsewhere each request renders afresh.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# Publishing renders pages to make their renditions; tests of that switch it on.
KCQG_WARM_ON_PUBLISH = False
# Comments stay open on old (demo) articles; tests/news/test_comments.py sets a limit.
KCQG_COMMENTS_CLOSE_AFTER_DAYS = int(os.environ.get("COMMENTS_CLOSE_AFTER_DAYS", "0"))
# Tasks run at once, in the test (the fault test starts real worker processes).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
