"""Rate limits are counted once in the shared Redis cache: across processes and restarts."""

import json
import os
import subprocess
import sys
import uuid

import pytest

from tests.academy_site.test_settings import CLEAN, ROOT

# Each process is one gunicorn worker (or host): it records failed log-ins for one account.
ATTEMPTS = """
import json, sys, django
django.setup()
from allauth.core import ratelimit
from django.test import RequestFactory
request = RequestFactory().post("/account/login/", REMOTE_ADDR=sys.argv[2])
print(json.dumps([
    ratelimit.consume(request, action="login_failed", key=sys.argv[1])
    for _ in range(int(sys.argv[3]))
]))
"""


@pytest.fixture
def redis_url():
    url = os.environ.get("CACHE_URL", "")
    if not url.startswith("redis"):
        message = "The shared-cache test needs CACHE_URL=redis://... (the CI command sets it)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


def failed_log_ins(redis_url: str, email: str, address: str, count: int) -> list[bool]:
    """Start a fresh production process on the shared cache; which attempts it let through."""
    result = subprocess.run(
        [sys.executable, "-c", ATTEMPTS, email, address, str(count)],
        cwd=ROOT,
        env={
            **CLEAN,
            "DJANGO_SETTINGS_MODULE": "academy_site.settings.production",
            "SECRET_KEY": "s" * 60,
            "CACHE_URL": redis_url,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_log_in_limit_holds_across_processes_and_restarts(redis_url):
    email = f"target-{uuid.uuid4().hex}@example.org"  # a fresh account: no flushing needed
    # allauth allows five failed log-ins an account in five minutes, from any address.
    first = failed_log_ins(redis_url, email, "10.0.0.1", 3)
    second = failed_log_ins(redis_url, email, "10.0.0.2", 3)
    assert first == [True, True, True]
    assert second == [True, True, False], "the second process must see the first one's count"
    # A restarted process still refuses.
    assert failed_log_ins(redis_url, email, "10.0.0.3", 1) == [False]


def test_the_redis_cache_keeps_one_client_and_still_reads_and_writes():
    from academy_site.cache import RedisCache

    url = os.environ.get("CACHE_URL", "")
    if not url.startswith("redis"):
        pytest.skip("needs CACHE_URL=redis://... (the CI command sets it)")
    cache = RedisCache(url, {"KEY_PREFIX": "client-reuse-test"})
    cache.set("answer", {"value": 42}, 30)
    assert cache.get("answer") == {"value": 42}
    assert cache.get_many(["answer", "missing"]) == {"answer": {"value": 42}}
    assert cache._cache.get_client() is cache._cache.get_client()
    cache.delete("answer")
    assert cache.get("answer") is None
