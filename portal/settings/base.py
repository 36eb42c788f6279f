"""Settings shared by every environment.

Safe on its own: DEBUG is off and there is no secret key, so nothing runs with
these settings alone by accident. dev.py and test.py relax them; production.py
insists on the values a real deployment needs.
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE, NONE, SELF

env = os.environ.copy()

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
SECRET_KEY = env.get("SECRET_KEY", "")
ALLOWED_HOSTS = [h.strip() for h in env.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "home",
    "trusts",
    "directory",
    "practice",
    "search",
    "selfreview",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.memo.RequestMemoMiddleware",
    "portal.middleware.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.two_factor.RequireStaffTwoFactorMiddleware",
    "trusts.admin_boundaries.AdminBoundaryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "trusts.translation_rules.TranslationRulesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns lockouts into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "csp.context_processors.nonce",
            ],
        },
    },
]

# A SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set (shared between app servers), else per-process memory.
# Seconds to wait for Redis to connect or answer before serving uncached.
REDIS_TIMEOUT = float(env.get("REDIS_TIMEOUT", "0.25"))


def redis_caches(url: str, timeout: float = REDIS_TIMEOUT) -> dict:
    """The shared cache on Redis (tests/home/test_hung_redis.py uses this too).

    Rate limits and page caching must not take the site down with Redis:
    errors are ignored (a miss, a dropped write), each call waits at most
    `timeout`, and after one failure the process stops asking Redis for 30 s
    (home/cache_breaker.py).
    """
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "CLIENT_CLASS": "home.cache_breaker.CircuitBreakerClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
                "BREAKER_SECONDS": 30,
            },
            "KEY_PREFIX": "portal",
        }
    }


if env.get("REDIS_URL"):
    CACHES = redis_caches(env["REDIS_URL"])
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    # Only a cache shared by every app server can be invalidated on publish.
    PAGE_CACHE_SECONDS = int(env.get("PAGE_CACHE_SECONDS", "600"))
    # Facet counts, search results and related practice for anonymous
    # visitors, invalidated on publish like the page cache (home/data_cache.py).
    DATA_CACHE_SECONDS = int(env.get("DATA_CACHE_SECONDS", "300"))
    # Not a traceback per call while the breaker is open: it logs once.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    PAGE_CACHE_SECONDS = int(env.get("PAGE_CACHE_SECONDS", "0"))
    DATA_CACHE_SECONDS = int(env.get("DATA_CACHE_SECONDS", "0"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages: English unprefixed, Welsh under /cy/.
LANGUAGE_CODE = "en-gb"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en-gb", _("English")),
    ("cy", _("Welsh")),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: console on a laptop; production.py reads SMTP settings.
EMAIL_BACKEND = env.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.get("EMAIL_USE_TLS", "") == "1"
# Seconds before a silent SMTP server gives up; the site's own mail goes out
# from tasks (directory/emails.py), Django's and Wagtail's within a request.
EMAIL_TIMEOUT = int(env.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "portal@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Tasks: Wagtail 8 updates the search and reference indexes as tasks.
TASKS = {
    "default": {
        "BACKEND": env.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Search: the database backend unless ELASTICSEARCH_URL points at a cluster.
ELASTICSEARCH_URL = env.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env.get("ELASTICSEARCH_INDEX", "portal") + "_",
            "TIMEOUT": int(env.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
        },
        # Kept so search can fall back when the cluster is unreachable.
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
    }

WAGTAIL_SITE_NAME = "Shared Practice"
# No Gravatar: it would send a hash of every staff member's email address to a
# third party from each admin page (and the admin CSP blocks it anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "odt", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.uploads.DocumentForm"
# Only PDFs open in the browser; everything else downloads as an attachment.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents are streamed without a literal "Content-Encoding: None" (home/files.py).
SENDFILE_BACKEND = "home.files"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_MODERATION_ENABLED = True
# Images must decode fully, not just start like one (home/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.uploads.ImageForm"
WAGTAIL_WORKFLOW_ENABLED = True

LOGIN_URL = "/accounts/login/"

# Brute-force protection on every login form (the site's and Wagtail's).
# Failures count per username *and* client address, so an attacker elsewhere
# cannot lock a moderator out by guessing at their username; the lock lifts
# by itself after the cool-off. Attempts are kept in the database, so the
# protection holds when Redis is down.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(env.get("AXES_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/locked.html"
# Staff must pass a second factor before the admin answers (home/two_factor.py).
REQUIRE_STAFF_2FA = env.get("REQUIRE_STAFF_2FA", "0") == "1"
OTP_TOTP_ISSUER = "Shared Practice"

# The client's address, for lockouts and every rate limit alike: with N proxies
# in front of the app, the N-th X-Forwarded-For entry from the right
# (home/client_address.py). ipware's own proxy count left it empty.
TRUSTED_PROXY_COUNT = int(env.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_address"

# Security headers that hold in every environment; production.py adds HTTPS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Public pages: our own files and nonce-tagged inline scripts only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin needs inline scripts and styles (see portal/middleware.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
}

# Demo accounts' password (used only by `manage.py seed_demo`).
DEMO_PASSWORD = env.get("DEMO_PASSWORD", "share-practice-2026")
