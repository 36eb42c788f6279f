"""Production: every required value must come from the environment.

A missing SECRET_KEY or ALLOWED_HOSTS raises KeyError at start-up rather than
running with an unsafe default.
"""

from .base import *

DEBUG = False
SECRET_KEY = env["SECRET_KEY"]
ALLOWED_HOSTS = [h.strip() for h in env["ALLOWED_HOSTS"].split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in env.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

# Requests queue their email (home/mail.py); the worker sends it with this.
EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)

# The database task backend plus `manage.py db_worker` keeps indexing off the
# request path.
TASKS = {
    "default": {
        "BACKEND": env.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

REQUIRE_STAFF_2FA = env.get("REQUIRE_STAFF_2FA", "1") == "1"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
X_FRAME_OPTIONS = "DENY"
