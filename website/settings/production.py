"""Production settings. Refuses to start without SECRET_KEY, ALLOWED_HOSTS and a way to
send e-mail (EMAIL_HOST or EMAIL_BACKEND)."""

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

# Links in pages, feeds, the sitemap and e-mails would point at the dev server's address.
if not os.environ.get("SITE_ORIGIN"):
    raise ImproperlyConfigured(
        "Set SITE_ORIGIN to the site's public address, e.g. https://khuyencong.gov.vn."
    )

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405

# HTTPS: redirect plain HTTP (except the health check), HSTS, secure cookies.
# Behind a reverse proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER=1 and
# make the proxy send "X-Forwarded-Proto: https".
if env_bool("SECURE_PROXY_SSL_HEADER"):  # noqa: F405
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Sessions stay in the database (Django's default), not in the cache: only editors have
# one, and a logout during a Redis outage could not delete a cached copy, which would log
# the editor back in once Redis returned.

# E-mail: SMTP when EMAIL_HOST is set, or the backend EMAIL_BACKEND names. Producers'
# inquiries and comment notices carry readers' names, e-mail addresses and phones: without
# a way to send them, production refuses to start rather than write them to the log
# (base's console backend) and never send them.
NO_MAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
if EMAIL_URL:  # noqa: F405 - base.py read it
    pass
elif os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)  # noqa: F405
elif os.environ.get("EMAIL_BACKEND"):
    EMAIL_BACKEND = os.environ["EMAIL_BACKEND"]
    EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")
if EMAIL_BACKEND in NO_MAIL_BACKENDS:  # noqa: F405
    raise ImproperlyConfigured(
        "Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS) "
        "for production: without it inquiries and comment notices, with readers' names, "
        "e-mail addresses and phones, would be written to the log and never sent. "
        "EMAIL_BACKEND may name another backend that sends or stores mail."
    )

LOGGING["handlers"]["stdout"]["formatter"] = os.environ.get("LOG_FORMAT", "json")  # noqa: F405
