"""A database restart under a running site: the first request on a connection kept from before
the restart is answered normally (CONN_HEALTH_CHECKS), never with a 500."""

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.db import connection

from tests.faults import free_port, postgres_cluster

pytestmark = [
    pytest.mark.fault,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _copy_test_database(cluster) -> str:
    """The migrated test database, copied into the fault test's own cluster (faster than
    migrating from nothing)."""
    db = connection.settings_dict
    source = (
        f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    environment = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    dump = subprocess.run(
        [str(cluster.bin / "pg_dump"), "--no-owner", "--no-privileges", source],
        capture_output=True,
        check=True,
        env=environment,
    )
    target = cluster.url.rsplit("/", 1)[0] + "/academy"
    subprocess.run(
        [str(cluster.bin / "createdb"), "-h", "127.0.0.1", "-p", str(cluster.port), "-U",
         "postgres", "academy"],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [str(cluster.bin / "psql"), "-q", "-v", "ON_ERROR_STOP=1", target],
        input=dump.stdout,
        capture_output=True,
        check=True,
    )
    return target


@pytest.fixture
def site_on_own_database(tmp_path):
    """gunicorn (one sync worker, persistent connections as configured) on its own cluster."""
    if connection.vendor != "postgresql":
        pytest.skip("Copies the PostgreSQL test database: run with DATABASE_URL=postgres://...")
    with postgres_cluster() as cluster:
        database_url = _copy_test_database(cluster)
        port = free_port()
        log = (tmp_path / "gunicorn.log").open("w")
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "academy_site.wsgi", "--workers", "1",
             "--bind", f"127.0.0.1:{port}", "--pid", str(tmp_path / "gunicorn.pid")],
            cwd=settings.BASE_DIR,
            env={
                **os.environ,
                # The test settings share base.py's database settings with production and
                # serve static files without a collected manifest.
                "DJANGO_SETTINGS_MODULE": "academy_site.settings.test",
                "DATABASE_URL": database_url,
                "CONN_MAX_AGE": "600",
                "CELERY_BROKER_URL": "",
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    _get(f"{base}/healthz")
                    break
                except OSError:
                    assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
                    assert time.monotonic() < deadline, "gunicorn did not start in 60 s"
                    time.sleep(0.2)
            yield base, cluster
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


def test_the_first_requests_after_a_database_restart_are_answered(site_on_own_database):
    base, cluster = site_on_own_database
    pages = [f"{base}/healthz", f"{base}/verify/", f"{base}/verify/ABCD-EFGH-J/"]
    before = [_get(page) for page in pages]
    assert before == [200, 200, 404]

    cluster.restart()  # every connection the site holds is now closed by the server

    after = [_get(page) for page in pages for _round in range(3)]
    assert after == [200] * 3 + [200] * 3 + [404] * 3
