"""Tests: fast hashing, in-memory cache, media in a temporary folder, tasks run eagerly."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")

from .base import *  # noqa: E402,F403
from .base import env  # noqa: E402

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# A worker process started by a test is handed the test's own folder.
MEDIA_ROOT = os.environ.get("ACADEMY_TEST_MEDIA_ROOT") or tempfile.mkdtemp(
    prefix="academy-test-media-"
)
STORAGES["private"]["OPTIONS"]["location"] = f"{MEDIA_ROOT}-private"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if os.environ.get("ACADEMY_TEST_EMAIL_URL"):  # a worker process sending to a test's SMTP server
    vars().update(env.email_url("ACADEMY_TEST_EMAIL_URL"))
    EMAIL_BACKEND = "academy_site.smtp.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Worker tests switch to the real broker themselves; everything else runs in-process.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="memory://")
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("ACADEMY_TEST_WORKER_PROCESS")
CELERY_RESULT_BACKEND = "cache+memory://"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_RATE_LIMITS = False
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
WHITENOISE_AUTOREFRESH = True
