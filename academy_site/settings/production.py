"""Production: everything from the environment, secure by default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default=None)
if not SECRET_KEY and not DEBUG:
    raise ImproperlyConfigured(
        "Set SECRET_KEY: the site will not start without it when DEBUG is off."
    )

if not DEBUG and "redis" not in CACHES["default"]["BACKEND"].lower():  # noqa: F405
    raise ImproperlyConfigured(
        "Set CACHE_URL to a Redis URL (redis://host:6379/1): rate limits must be shared by "
        "every web process and host."
    )

ACCOUNT_EMAIL_VERIFICATION = "mandatory"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
