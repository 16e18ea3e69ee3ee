"""Production settings. Refuses to start without SECRET_KEY and ALLOWED_HOSTS."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

if not SECRET_KEY or SECRET_KEY.startswith(("dev-", "test-")) or len(SECRET_KEY) < 32:  # noqa: F405
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random string of at least 32 characters for production."
    )
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "Set ALLOWED_HOSTS to the site's host names, comma-separated, for production."
    )

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
if os.environ.get("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
