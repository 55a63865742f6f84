"""The embedded default: SQLite, console e-mail, Celery in-process, DEBUG on."""

import os

os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("ACCOUNT_EMAIL_VERIFICATION", "optional")

from .base import *  # noqa: E402,F403
from .base import env  # noqa: E402

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# In-process tasks log each run at INFO; the seed and the demo server stay readable without them.
LOGGING["loggers"].update(  # noqa: F405
    {"celery.app.trace": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}}
)
