"""Settings are chosen by environment variables: each case runs in a fresh interpreter."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; from django.conf import settings; django.setup();"
    "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'],"
    " 'name': str(settings.DATABASES['default']['NAME']), 'debug': settings.DEBUG,"
    " 'eager': settings.CELERY_TASK_ALWAYS_EAGER, 'broker': settings.CELERY_BROKER_URL,"
    " 'email': settings.EMAIL_BACKEND, 'verification': settings.ACCOUNT_EMAIL_VERIFICATION}))"
)
CLEAN = {
    key: value
    for key, value in os.environ.items()
    if key
    not in {"DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL", "SECRET_KEY", "DEBUG", "EMAIL_URL"}
    and not key.startswith(("DJANGO_", "PYTEST_"))
}


def run(settings_module: str, code: str = PROBE, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**CLEAN, "DJANGO_SETTINGS_MODULE": settings_module, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def probe(settings_module: str, **env) -> dict:
    result = run(settings_module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_with_nothing_set_the_embedded_default_runs_everything_in_process():
    found = probe("academy_site.settings.dev")
    assert found["engine"] == "django.db.backends.sqlite3"
    assert found["name"] == str(ROOT / "db.sqlite3")
    assert found["debug"] is True
    assert found["eager"] is True
    assert found["broker"] == "memory://", "eager tasks must not go looking for an AMQP server"
    assert found["email"] == "django.core.mail.backends.console.EmailBackend"


def test_environment_variables_choose_postgresql_and_a_real_broker():
    found = probe(
        "academy_site.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/academy",
        CELERY_BROKER_URL="redis://127.0.0.1:6379/0",
        EMAIL_URL="smtp://mail.example.org:587",
    )
    assert found["engine"] == "django.db.backends.postgresql"
    assert found["name"] == "academy"
    assert found["eager"] is False
    assert found["broker"] == "redis://127.0.0.1:6379/0"
    assert found["email"] == "academy_site.smtp.EmailBackend"  # Django's, telling the outbox


def test_production_refuses_to_start_without_a_secret_key():
    result = run("academy_site.settings.production")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


# Production settings only name the Redis server; nothing here connects to it.
REDIS_CACHE = "redis://127.0.0.1:6379/13"


def test_production_refuses_to_start_without_a_shared_cache():
    result = run("academy_site.settings.production", SECRET_KEY="s" * 60)
    assert result.returncode != 0
    assert "Set CACHE_URL to a Redis URL" in result.stderr
    result = run(
        "academy_site.settings.production", SECRET_KEY="s" * 60, CACHE_URL="locmemcache://"
    )
    assert "Set CACHE_URL to a Redis URL" in result.stderr


def test_production_shares_its_cache_and_sessions_through_redis():
    code = (
        "import django; from django.conf import settings; django.setup();"
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'],"
        " settings.SESSION_ENGINE)"
    )
    result = run(
        "academy_site.settings.production", code, SECRET_KEY="s" * 60, CACHE_URL=REDIS_CACHE
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "academy_site.cache.RedisCache",  # Django's, with one Redis client per pool
        REDIS_CACHE,
        "django.contrib.sessions.backends.cached_db",
    ]


def test_production_verifies_email_and_passes_the_deploy_check():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    signing_key = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    jwt_signing_key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    env = {
        "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-for-the-deploy-check",
        "ACADEMY_SIGNING_KEY": signing_key.decode(),
        "ACADEMY_JWT_SIGNING_KEY": jwt_signing_key.decode(),
        "CACHE_URL": REDIS_CACHE,
    }
    assert probe("academy_site.settings.production", **env)["verification"] == "mandatory"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**CLEAN, "DJANGO_SETTINGS_MODULE": "academy_site.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("debug", ["false", "0"])
def test_debug_is_off_unless_asked_for(debug):
    env = {"SECRET_KEY": "s" * 60, "DEBUG": debug, "CACHE_URL": REDIS_CACHE}
    assert probe("academy_site.settings.production", **env)["debug"] is False


def test_every_scheduled_job_names_a_registered_task(settings):
    from academy_site.celery import app

    app.loader.import_default_modules()
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "courses.tasks.publish_scheduled_pages" in scheduled
    assert scheduled <= set(app.tasks), scheduled - set(app.tasks)


def test_sqlite_waits_for_the_write_lock_instead_of_failing(db):
    """The demo's concurrent writes (editor autosave, previews, learners) once failed with
    'database is locked'; on SQLite each connection waits and takes the lock up front."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] == 20000
    assert connection.transaction_mode == "IMMEDIATE"
