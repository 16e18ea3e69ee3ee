"""Base settings: safe by default. Every external service is chosen by one
environment variable (see README.md, "Configuration")."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import dj_email_url

from website.origin import parse as parse_origin

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Secure by default: no secret, no debug, no hosts. dev.py and test.py relax
# this; production.py refuses to start without real values.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "website",
    "news",
    "showcase",
    "policies",
    "multimedia",  # video, audio, photo stories, infographics and the media library
    "archive",  # the old portal's articles (import_archive) and Word imports
    "alerts",  # e-mail alerts of new policies and news; no app imports it
    "demo",  # the demo content and load_demo_content; no app imports it
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtailmedia",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache and WhiteNoise: every response gets the header.
    "website.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses HTML that is not already compressed (cache hits come compressed):
    # brotli when the client accepts it, else gzip.
    "django.middleware.gzip.GZipMiddleware",
    "website.middleware.BrotliMiddleware",
    # Before sessions, locale and CSRF: a cache hit skips all of them.
    "website.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Uploads in one transaction; a failed write leaves no file and no row.
    "website.middleware.UploadTransactionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "website.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Finds the page for a URL with fewer queries than Wagtail (website/patches/routing.py;
    # steps aside when KCQG_PATCHES leaves "routing" out).
    "website.patches.routing.PageRouteMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "website.context_processors.site_settings",
            ],
        },
    },
]

WSGI_APPLICATION = "website.wsgi.application"

# Database: DATABASE_URL, default a SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; busy timeout waits for
    # the write lock instead of failing with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            ),
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: REDIS_URL, default local memory. It holds only copies: when Redis is down every
# read misses and pages are built from the database (website/cache.py); rate limits and
# de-duplication live in the database (website/limits.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "website.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kcqg",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kcqg",
            # A cached page is three entries (website/page_cache.py: brotli, gzip, plain);
            # 1,000 hold ~300 pages, ~20 MB a process, as 300 held them when a page was one.
            "OPTIONS": {"MAX_ENTRIES": 1000},
        }
    }

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins once a user+IP is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Full-page cache for anonymous readers (website/page_cache.py). 0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))

# A CDN or Varnish in front: FRONTEND_CACHE_PURGE_URL is the address that takes
# HTTP PURGE requests; Wagtail purges a page's URLs when it is published.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# Languages: Vietnamese first (served without a prefix), English under /en/.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A translation started in the admin is a draft until its strings are translated and
# a moderator publishes it: the English site never shows a page still in Vietnamese.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The project's own catalogues first; then locale_upstream/, the Vietnamese that the
# catalogues of Wagtail, wagtail-localize, taggit, axes and Django lack or get wrong
# (docs/upstream-translations.md). Both win over the packages' own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Dates in the admin as Vietnamese editors write them: 20/05/2019, 20/05/2019 08:00.
# website/formats/ makes both languages read those (and 20-05-2019, 2019-05-20),
# never month first; the date picker shows and writes the same format.
FORMAT_MODULE_PATH = ["website.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"

# Static files: WhiteNoise, compressed and hashed.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
MEDIA_URL = "/media/"

# The media library (wagtailmedia, our model multimedia.MediaItem): the formats it
# accepts by name; multimedia.validation checks each file's content and size.
WAGTAILMEDIA = {
    "MEDIA_MODEL": "multimedia.MediaItem",
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg", "oga"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
MULTIMEDIA_MAX_UPLOAD_BYTES = int(os.environ.get("MULTIMEDIA_MAX_UPLOAD_MB", "200")) * 1024 * 1024
# Serve uploads from Django when no web server in front does (SERVE_MEDIA=0 to stop).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)

STORAGES = {
    "default": {"BACKEND": "website.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "website.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Wagtail
WAGTAIL_SITE_NAME = "Khuyến công quốc gia"
# No Gravatar: editors' e-mail hashes stay here and the admin loads nothing from outside.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The site's one public address (website/origin.py): every absolute URL the site emits
# starts with it, and Wagtail's admin e-mails and API use it too.
SITE_ORIGIN = parse_origin(os.environ.get("SITE_ORIGIN", "http://127.0.0.1:8000"))
WAGTAILADMIN_BASE_URL = SITE_ORIGIN
# No upgrade check either: the dashboard would ask releases.wagtail.org for the latest
# version on every view (a government network may block it). WAGTAIL_UPDATE_CHECK=1
# (or "lts") switches it on.
WAGTAIL_ENABLE_UPDATE_CHECK = {"": False, "0": False, "1": True, "lts": "lts"}.get(
    os.environ.get("WAGTAIL_UPDATE_CHECK", "").strip().lower(), False
)
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's login form with the password label in the admin's language.
WAGTAILADMIN_USER_LOGIN_FORM = "website.admin_labels.AdminLoginForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "website.uploads.DocumentForm"
# Documents go through Wagtail's view (privacy checks) and always download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Content types of downloads, whatever the machine's mime.types says.
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
WAGTAILIMAGES_IMAGE_FORM_BASE = "website.uploads.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# A picture over 40 megapixels (a decompression bomb, say) is refused with a message.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No SVG: it can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
WAGTAILAPI_BASE_URL = SITE_ORIGIN
WAGTAILAPI_LIMIT_MAX = 50

# Search: Wagtail's backends with Vietnamese folding (website/search_backends/).
# SEARCH_URL unset = the database backend (SQLite FTS5 or PostgreSQL full text);
# SEARCH_URL=http(s)://host:9200 = Elasticsearch 9, or OpenSearch 3 when
# SEARCH_ENGINE=opensearch or the host name says "opensearch". See docs/deployment.md.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "").strip().lower()
# Elasticsearch/OpenSearch analysis: the default analyzer folds diacritics and
# keeps the original token too ("khuyến" → "khuyến", "khuyen"); asciifolding
# also folds "đ" to "d".
# Spelling variants as one word, as website.search_words.canonical_word does it for the
# database backends: the tone of a final "oa", "oe", "uy" on its first vowel ("hoá" →
# "hóa", "thuỷ" → "thủy", "khoẻ" → "khỏe"; applied anywhere in a word, the same way at
# index and query time), and a lone "y" after a consonant written "i" ("kỹ" → "kĩ").
_TONED = {"a": "áàảãạ", "e": "éèẻẽẹ", "y": "ýỳỷỹỵ", "o": "óòỏõọ", "u": "úùủũụ", "i": "íìỉĩị"}
_TONE_MOVES = [
    f"{first}{_TONED[second][tone]} => {_TONED[first][tone]}{second}"
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
    for tone in range(5)
]
_ONSETS = "b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x"
_LONE_Y = {
    f"kcqg_lone_y_{index}": {
        "type": "pattern_replace",
        "pattern": f"\\b({_ONSETS}){y}\\b",
        "replacement": f"$1{i}",
        "flags": "CASE_INSENSITIVE|UNICODE_CASE|UNICODE_CHARACTER_CLASS",
    }
    for index, (y, i) in enumerate(zip("y" + _TONED["y"], "i" + _TONED["i"], strict=True))
}
SEARCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "char_filter": {
                "kcqg_tone_placement": {
                    "type": "mapping",
                    "mappings": [
                        *_TONE_MOVES,
                        *[move.replace(move[0], move[0].upper(), 1) for move in _TONE_MOVES],
                    ],
                },
                **_LONE_Y,
            },
            "filter": {
                "kcqg_folding": {"type": "asciifolding", "preserve_original": True},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "char_filter": ["kcqg_tone_placement", *_LONE_Y],
                    "tokenizer": "standard",
                    "filter": ["lowercase", "kcqg_folding"],
                },
            },
        },
    }
}


def search_backends(url, engine=""):
    """WAGTAILSEARCH_BACKENDS for a SEARCH_URL (empty: the database)."""
    if not url:
        # "simple": PostgreSQL's english configuration drops Vietnamese
        # syllables ("an", "do", "to") as stopwords; SQLite ignores it.
        return {
            "default": {
                "BACKEND": "website.search_backends.database",
                "SEARCH_CONFIG": "simple",
            }
        }
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    opensearch = engine == "opensearch" or (engine == "" and "opensearch" in host)
    return {
        "default": {
            "BACKEND": (
                "website.search_backends.opensearch3"
                if opensearch
                else "website.search_backends.elasticsearch9"
            ),
            "URLS": [url],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "kcqg_"),
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "OPTIONS": {"max_retries": 2, "retry_on_timeout": True},
            "INDEX_SETTINGS": SEARCH_INDEX_SETTINGS,
            "ATOMIC_REBUILD": True,
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_URL, SEARCH_ENGINE)

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@khuyencong.gov.vn")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# EMAIL_URL: one URL for the mail server (dj-email-url): smtp://user:pass@host:587/?tls=True
# (STARTTLS), smtps://user:pass@host:465 or smtp://...?ssl=True (TLS from the start),
# ?timeout=10; file:///path writes each mail to a file in that folder. Unset, dev.py writes
# mails to the folder .mail/ and production.py asks for EMAIL_URL or EMAIL_HOST.
EMAIL_URL = os.environ.get("EMAIL_URL", "").strip()
if EMAIL_URL:
    _email = dj_email_url.parse(EMAIL_URL)
    EMAIL_BACKEND = _email["EMAIL_BACKEND"]
    EMAIL_HOST = _email["EMAIL_HOST"]
    EMAIL_PORT = _email["EMAIL_PORT"]
    EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
    EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
    EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
    EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
    EMAIL_TIMEOUT = _email["EMAIL_TIMEOUT"] or 30
    if EMAIL_URL.startswith("file:"):
        # file:///srv/mail is the folder /srv/mail (dj-email-url would drop the first "/").
        EMAIL_FILE_PATH = urlsplit(EMAIL_URL).path

# The task queue (django-tasks): the database backend (django-tasks-db); the worker is
# `manage.py db_worker` (started by `make run`, and a service in production:
# docs/deployment.md). TASKS_BACKEND=immediate runs each task at once, in the request.
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if os.environ.get("TASKS_BACKEND") == "immediate"
            else "django_tasks_db.DatabaseBackend"
        )
    }
}

# E-mail alerts (alerts/): messages per minute of one sending worker; seconds a claimed
# message may stay unsent before another run sends it (a worker that died); seconds a
# confirmation link works (unconfirmed subscriptions are deleted after it); confirmation
# mails per address and period.
KCQG_ALERTS_PER_MINUTE = int(os.environ.get("ALERTS_PER_MINUTE", "120"))
KCQG_ALERTS_CLAIM_TIMEOUT = int(os.environ.get("ALERTS_CLAIM_TIMEOUT", "600"))
KCQG_ALERTS_CONFIRM_MAX_AGE = int(os.environ.get("ALERTS_CONFIRM_HOURS", "72")) * 3600
KCQG_ALERTS_MAILS_PER_ADDRESS = (3, 24 * 3600)

LOGIN_URL = "wagtailadmin_login"

# The Wagtail admin's address, without slashes around it (ADMIN_URL, default "admin").
ADMIN_URL = os.environ.get("ADMIN_URL", "admin").strip("/") or "admin"

# Security headers, on in every environment. Nothing of the public site may be
# framed; Wagtail's preview views allow their own admin to frame them.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): the public site needs no 'unsafe-inline'.
_EMBED_FRAMES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.facebook.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *_EMBED_FRAMES],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (and public pages seen by a logged-in editor, who gets the
# userbar and previews) still needs inline styles and scripts.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "connect-src": ["'self'", "https:"],
        "frame-src": ["'self'", "https:"],
        "frame-ancestors": ["'self'"],
    }
}

# Permissions-Policy (website/middleware.py): no powerful feature for anyone, the
# site's own pages included; embedded videos may go full screen and play protected
# media. A feature Chromium does not know would be logged as a console error.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", *_EMBED_FRAMES],
    "fullscreen": ["self", *_EMBED_FRAMES],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *_EMBED_FRAMES],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

# Admin login protection (django-axes): lock a username+IP pair out after
# AXES_FAILURE_LIMIT failed logins for AXES_COOLOFF_MINUTES. Unlock early with
# `manage.py axes_reset` (all), `axes_reset_username NAME` or `axes_reset_ip IP`.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("AXES_COOLOFF_MINUTES", "30")) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "website.views.login_locked_out"
AXES_CLIENT_IP_CALLABLE = "website.antispam.client_ip"
AXES_VERBOSE = False

# The request header a trusted reverse proxy puts the client address in
# (e.g. HTTP_X_FORWARDED_FOR); unset = REMOTE_ADDR. It is believed only from the
# proxies' own addresses or networks, TRUSTED_PROXIES (comma-separated, default
# loopback): a request that reaches the app directly cannot choose its address.
KCQG_TRUSTED_PROXY_HEADER = os.environ.get("TRUSTED_PROXY_HEADER", "")
KCQG_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")

# Public forms (website/antispam.py): per-IP rate limits {scope: (posts, seconds)}, the
# minimum fill time, banned words and domains (a match files the message as spam).
KCQG_RATE_LIMITS = {
    "default": (5, 600),
    "comment": (
        int(os.environ.get("COMMENT_RATE_LIMIT", "5")),
        int(os.environ.get("COMMENT_RATE_WINDOW", "600")),
    ),
    # Wrong passwords of one password-protected page (or document collection) from one
    # address (website.views.limit_password_attempts).
    "password": (
        int(os.environ.get("PASSWORD_ATTEMPT_LIMIT", "10")),
        int(os.environ.get("PASSWORD_ATTEMPT_WINDOW", "900")),
    ),
    # Subscriptions to e-mail alerts from one address (alerts.views).
    "alerts": (5, 600),
}
KCQG_FORM_MIN_SECONDS = int(os.environ.get("FORM_MIN_SECONDS", "3"))
KCQG_SPAM_WORDS = env_list("SPAM_WORDS")
KCQG_SPAM_DOMAINS = env_list("SPAM_DOMAINS")

# Reader comments (news/comments.py): closed N days after publication (0: never); an
# e-mail to the moderators on each new comment when KCQG_COMMENT_NOTIFY is on, to
# KCQG_COMMENT_MODERATOR_EMAILS or else the editors' address in the site settings.
KCQG_COMMENTS_CLOSE_AFTER_DAYS = int(os.environ.get("COMMENTS_CLOSE_AFTER_DAYS", "30"))
KCQG_COMMENT_NOTIFY = env_bool("COMMENT_NOTIFY", False)
KCQG_COMMENT_MODERATOR_EMAILS = env_list("COMMENT_MODERATOR_EMAILS")

# The optional (performance) patches to Wagtail and the runtime that are on
# (website/patches/): "all", "none", or a comma-separated list of image_filters,
# image_attrs, routing, sqlite_stats, gc_freeze. Security and correctness patches are always on.
KCQG_PATCHES = env_list("PATCHES", "all")

# Logging: one line per record on stdout; JSON with LOG_FORMAT=json (production).
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": os.environ.get("LOG_FORMAT", "plain"),
        }
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
    },
}

# The archive import (archive/, manage.py import_archive). Where the parts of a saved
# HTML page of the old portal are (CSS selectors; the defaults are in
# archive/parsing.py DEFAULT_SELECTORS), the old categories' new homes (old name →
# category slug; the rest go to "Khác"), whether imported articles take comments and
# are published, and the largest image file taken.
KCQG_ARCHIVE_SELECTORS = {}
KCQG_ARCHIVE_CATEGORIES = {
    "Hoạt động khuyến công": "hoat-dong-khuyen-cong",
    "Đào tạo, tập huấn": "dao-tao-tap-huan",
    "Hội chợ, triển lãm": "hoi-cho-trien-lam",
}
KCQG_ARCHIVE_COMMENTS_OPEN = env_bool("ARCHIVE_COMMENTS_OPEN", False)
KCQG_ARCHIVE_PUBLISH = env_bool("ARCHIVE_PUBLISH", True)
KCQG_ARCHIVE_MAX_IMAGE_BYTES = int(os.environ.get("ARCHIVE_MAX_IMAGE_BYTES", str(10 * 1024 * 1024)))
