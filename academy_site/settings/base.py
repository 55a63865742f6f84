"""Settings shared by every environment: safe defaults, everything else from the environment."""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONCE

from .single_sign_on import socialaccount_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False) if (BASE_DIR / ".env").exists() else None

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "academy_site",
    "accounts",
    "schools",
    "courses",
    "learning",
    "pathways",
    "credentials",
    "workforce",
    "events",
    "governors",
    "volunteers",
    "mentoring",
    "evaluation",
    "reports",
    "privacy",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.microsoft",
    "allauth.socialaccount.providers.google",
    "allauth.socialaccount.providers.openid_connect",
    "django_celery_beat",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "academy_site.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "academy_site.middleware.SiteCacheMiddleware",
    "academy_site.middleware.PersonRolesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.mfa.MfaRequiredMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "courses.middleware.LessonsNotPublishableMiddleware",
]

ROOT_URLCONF = "academy_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "academy_site.context_processors.site_chrome",
            ],
        },
    },
]

FORM_RENDERER = "academy_site.forms.GovukFormRenderer"

WSGI_APPLICATION = "academy_site.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
# A connection kept from before a database restart is checked (and replaced) before a request
# uses it, so the first request after the restart does not fail.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    # Parameters bound by the server, and a statement run twice on a connection kept prepared
    # there: PostgreSQL then plans the pages' queries once per connection instead of on every
    # request (bench/load_pages.py: its CPU per My learning fell from 7.4 to 3.4 ms). Off with
    # DATABASE_PREPARED_STATEMENTS=false behind a pooler in transaction mode (PgBouncer < 1.21).
    if env.bool("DATABASE_PREPARED_STATEMENTS", default=True):
        from academy_site.db import ServerBindingCursor  # binds in the client past 65,535

        DATABASES["default"]["OPTIONS"].update(
            server_side_binding=True, prepare_threshold=2, cursor_factory=ServerBindingCursor
        )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The demo's concurrent writes (the editor's autosave, previews, learners): readers never
    # block the writer (WAL), a writer waits its turn (timeout, in seconds) instead of failing
    # with "database is locked", and takes the write lock when its transaction begins, so two
    # transactions never deadlock upgrading a read lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache for every process and host (Redis in production: production.py insists), so rate
# limits, allauth's and Academy's, are counted once and survive a restart.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "academy_site.cache.RedisCache"  # one client per pool
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: e-mail log-in, verification, MFA with TOTP and recovery codes, rate limits.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Academy: "
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Our own actions, limited by allauth's rate limiter (academy_site.ratelimit), in its format.
ACADEMY_RATE_LIMITS = {
    # Certificate codes looked up that do not exist, per client address.
    "verify_unknown_code": "30/10m/ip",
    # Addresses with no account a learner tries when sharing a reflection: enough for typos.
    "mentor_unknown_address": "10/1h/user",
    # People a school's lead adds or invites to a role one at a time, and staff files imported.
    "workforce_invitation": "60/1h/user",
    "workforce_import": "20/1h/user",
    # Archives of one's own data asked for: each one reads every app's records.
    "privacy_export": "5/1d/user",
}
# Behind a proxy, the client's address comes from X-Forwarded-For (this many proxies deep) or
# from one header the proxy sets; every per-address rate limit, allauth's and ours, reads it.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER", default=None)
# Single sign-on (Microsoft 365, Google Workspace, a trust's own OpenID Connect provider): a
# provider appears on the log-in page only when its variables are set (single_sign_on.py).
# An existing account is signed in only through an address the provider has verified; a new
# learner still gives a role and school, and an unverified address is checked by our own e-mail.
SOCIALACCOUNT_PROVIDERS = socialaccount_providers(env)
SOCIALACCOUNT_ADAPTER = "accounts.adapters.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_STORE_TOKENS = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Academy"
MFA_ADAPTER = "accounts.adapters.MFAAdapter"
# Who must set up two-factor log-in besides superusers, staff and Wagtail admin users: the apps
# above accounts name their own rules here, fn(*, user) -> bool (`manage.py check` imports them).
ACCOUNTS_MFA_REQUIRED_CHECKS = [
    "governors.selectors.board_leader_is",
    "workforce.selectors.has_school_role",
]
# A privileged session ends after this many seconds without a request.
PRIVILEGED_SESSION_IDLE_TIMEOUT = env.int("PRIVILEGED_SESSION_IDLE_TIMEOUT", default=30 * 60)

# Content-Security-Policy (django-csp): scripts only from Academy's own files or with the
# request's nonce; style attributes are allowed for progress-bar widths, <style> elements are not.
VIDEO_HOSTS = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
_CSP_COMMON = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *VIDEO_HOSTS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
    }
}
# Wagtail's and Django's admins (privileged, two-factor users only) write inline scripts and
# styles in their widgets, so they get their own policy.
ACADEMY_ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ACADEMY_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "img-src": ["'self'", "data:", "blob:"],
        "frame-ancestors": ["'self'"],  # the page editor's live preview
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
    }
}
ACADEMY_PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    "browsing-topics=()"
)

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "academy_site" / "static_build"]
# Certificate PDFs and prior-learning evidence: outside MEDIA_ROOT, served only through views.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# /healthz reports media storage as "low" below this much free space (a certificate is ~50 kB).
ACADEMY_MEDIA_MIN_FREE_BYTES = env.int("ACADEMY_MEDIA_MIN_FREE_BYTES", default=100 * 1024 * 1024)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
if EMAIL_CONFIG["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend":
    # The same backend, telling the outbox just before the server can accept each message.
    EMAIL_BACKEND = "academy_site.smtp.EmailBackend"
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Academy <academy@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Celery: a real broker when CELERY_BROKER_URL is set, tasks in-process when it is not.
# Without one, the in-memory transport stands in, so eager tasks never look for an AMQP server.
CELERY_TASK_ALWAYS_EAGER = not env("CELERY_BROKER_URL", default="")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="") or "memory://"
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Every broker call is bounded, so a stopped or frozen Redis costs a request at most about 1.5 s
# (two attempts of 0.5 s): the AwardRequest written with the completion is the safety net that
# reconciliation issues from. Worker and beat keep reconnecting for as long as the outage lasts.
BROKER_SOCKET_TIMEOUT = 0.5
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_timeout": BROKER_SOCKET_TIMEOUT,
    "socket_connect_timeout": BROKER_SOCKET_TIMEOUT,
    # A task held by a worker that was killed goes back on the queue after 5 minutes, not the
    # default hour. Tasks (and retry countdowns, at most 2 minutes) must finish well within it.
    "visibility_timeout": 5 * 60,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
CELERY_TASK_PUBLISH_RETRY = True
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.1,
    "interval_max": 0.1,
}
CELERY_REDIS_SOCKET_TIMEOUT = BROKER_SOCKET_TIMEOUT
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = BROKER_SOCKET_TIMEOUT
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False

WAGTAIL_SITE_NAME = "Academy"
# Every log-in goes through allauth (rate limits, two-factor): Wagtail's own forms are closed.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# On PostgreSQL, full-text search with English stemming ("phonics" is indexed as "phonic"); the
# catalogue adds other endings and spellings itself (courses/search.py), so SQLite finds them too.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
}
# Documents go through Wagtail's view (and academy_site's before_serve_document rule), never by path.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

ACADEMY_ORGANISATION = env(
    "ACADEMY_ORGANISATION", default="Northamptonshire Leadership and Governance Academy"
)
# Open Badges: use did:web:<host> as the issuer's id (the DID document is at
# /.well-known/did.json). Takes effect only where the site is served over HTTPS at the root of
# its own domain (WAGTAILADMIN_BASE_URL), which did:web requires.
ACADEMY_ISSUER_DID_WEB = env.bool("ACADEMY_ISSUER_DID_WEB", default=False)
# Where people write for help, to report an accessibility problem or ask for another format.
ACADEMY_SUPPORT_EMAIL = env("ACADEMY_SUPPORT_EMAIL", default="academy@example.org")

# How long personal data is kept (privacy.services.retention applies these every night).
PRIVACY_EXPORT_DAYS = env.int("PRIVACY_EXPORT_DAYS", default=7)
PRIVACY_INVITATION_DAYS = env.int("PRIVACY_INVITATION_DAYS", default=90)
PRIVACY_UNCONFIRMED_ACCOUNT_DAYS = env.int("PRIVACY_UNCONFIRMED_ACCOUNT_DAYS", default=90)
PRIVACY_LEARNING_RECORD_YEARS = env.int("PRIVACY_LEARNING_RECORD_YEARS", default=6)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail indexes every page it saves through django-tasks: one line per task is noise.
        "django_tasks": {"level": "WARNING"},
    },
}

# Periodic work (django-celery-beat syncs these into its admin-editable schedule).
CELERY_BEAT_SCHEDULE = {
    "academy-site-deliver-pending-emails": {
        "task": "academy_site.tasks.deliver_pending_emails",
        "schedule": 10 * 60,
    },
    "credentials-reconcile-awards": {
        "task": "credentials.tasks.reconcile_awards",
        "schedule": 5 * 60,
    },
    "credentials-sweep-pdfs": {
        "task": "credentials.tasks.sweep_certificate_pdfs",
        "schedule": crontab(hour=3, minute=40),
    },
    "credentials-expiry-reminders": {
        "task": "credentials.tasks.send_expiry_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
    "governors-training-reminders": {
        "task": "governors.tasks.send_training_reminders",
        "schedule": crontab(hour=7, minute=15),
    },
    "governors-rebuild-training-standings": {
        "task": "governors.tasks.rebuild_training_standings",
        "schedule": crontab(hour=3, minute=10),
    },
    "governors-chair-summaries": {
        "task": "governors.tasks.send_chair_summaries",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
    "workforce-overdue-summaries": {
        "task": "workforce.tasks.send_overdue_summaries",
        "schedule": crontab(hour=7, minute=45, day_of_week="mon"),
    },
    "mentoring-induction-reminders": {
        "task": "mentoring.tasks.send_induction_reminders",
        "schedule": crontab(hour=7, minute=50),
    },
    "events-send-reminders": {
        "task": "events.tasks.send_reminders",
        "schedule": 60 * 60,
    },
    "courses-publish-scheduled-pages": {
        "task": "courses.tasks.publish_scheduled_pages",
        "schedule": 5 * 60,
    },
    "reports-refresh-pathway-stages": {
        "task": "reports.tasks.refresh_pathway_stages",
        "schedule": 15 * 60,
    },
    "reports-refresh-figure-summaries": {
        "task": "reports.tasks.refresh_figure_summaries",
        "schedule": 5 * 60,
    },
    "privacy-apply-retention": {
        "task": "privacy.tasks.apply_retention",
        "schedule": crontab(hour=2, minute=30),
    },
}
