"""Liveness and readiness for load balancers and monitoring: answers within a second either way."""

import logging
import secrets
import shutil

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

# Short enough that /healthz answers within a second with the broker frozen or gone.
BROKER_PING_TIMEOUT = 0.4


def _database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return "unavailable"
    return "ok"


def _broker_status() -> str:
    """Its own connection with its own short timeouts, never the app's pooled producers."""
    url = settings.CELERY_BROKER_URL
    if settings.CELERY_TASK_ALWAYS_EAGER and not url.startswith("redis"):
        return "in-process"
    try:
        if url.startswith(("redis://", "rediss://", "unix://")):
            import redis

            client = redis.Redis.from_url(
                url,
                socket_timeout=BROKER_PING_TIMEOUT,
                socket_connect_timeout=BROKER_PING_TIMEOUT,
                retry_on_timeout=False,
                retry=None,
            )
            try:
                client.ping()
            finally:
                client.close()
        else:
            from kombu import Connection

            with Connection(url, connect_timeout=BROKER_PING_TIMEOUT) as conn:
                conn.ensure_connection(max_retries=0, timeout=BROKER_PING_TIMEOUT)
    except Exception:
        return "unavailable"
    return "ok"


def _storage_status() -> str:
    """Whether the private storage (certificate PDFs, evidence) takes a write, and has room."""
    storage = storages["private"]
    try:
        name = storage.save(
            f"healthz/{secrets.token_hex(8)}.txt", ContentFile(b"ok"), max_length=100
        )
        try:
            written = storage.size(name) == 2
        finally:
            storage.delete(name)
        if not written:
            return "unavailable"
        location = getattr(storage, "location", None)
        if location and shutil.disk_usage(location).free < settings.ACADEMY_MEDIA_MIN_FREE_BYTES:
            return "low"
    except Exception:
        logger.warning("Media storage failed its health check", exc_info=True)
        return "unavailable"
    return "ok"


def _certificates_waiting_for_pdf() -> int:
    from credentials.selectors import certificates_overdue_for_pdf

    return certificates_overdue_for_pdf().count()


@never_cache
def healthz(request):
    database = _database_status()
    broker = _broker_status()
    body = {"database": database, "broker": broker, "storage": _storage_status()}
    if database == "ok":
        body["certificates_waiting_for_pdf"] = _certificates_waiting_for_pdf()
    healthy = database == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **body},
        status=200 if healthy else 503,
    )
