import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import environ
import pytest
import requests
from django.core.cache import cache

from academy_site.settings.single_sign_on import socialaccount_providers

ROOT = Path(__file__).resolve().parents[2]
TRUST_ID = "nene-trust"
TRUST_NAME = "Nene Trust"


def _free_port() -> int:
    """OIDC_TEST_PROVIDER_PORT if set, otherwise a port the system has free on loopback."""
    if port := os.environ.get("OIDC_TEST_PROVIDER_PORT"):
        return int(port) + int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    """A real OpenID Connect provider (tests/oidc_provider) in its own process for the session."""
    from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET

    folder = tmp_path_factory.mktemp("oidc-provider")
    port = _free_port()
    log = folder / "provider.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.oidc_provider.serve", str(port), TRUST_ID],
        cwd=ROOT,
        env={**os.environ, "OIDC_PROVIDER_DATABASE": str(folder / "provider.sqlite3")},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    issuer = f"http://127.0.0.1:{port}/o"
    deadline = time.monotonic() + 60
    try:
        while True:
            assert process.poll() is None, f"the provider stopped:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"the provider did not start:\n{log.read_text()}"
            try:
                if requests.get(f"{issuer}/.well-known/openid-configuration", timeout=2).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        yield SimpleNamespace(
            issuer=issuer, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, log=log
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def trust_sign_on(oidc_provider, settings, monkeypatch):
    """Academy configured, through its environment variables, to sign in with the test provider."""
    prefix = "OIDC_" + TRUST_ID.upper().replace("-", "_") + "_"
    monkeypatch.setenv("OIDC_PROVIDERS", TRUST_ID)
    monkeypatch.setenv(prefix + "NAME", TRUST_NAME)
    monkeypatch.setenv(prefix + "SERVER_URL", oidc_provider.issuer)
    monkeypatch.setenv(prefix + "CLIENT_ID", oidc_provider.client_id)
    monkeypatch.setenv(prefix + "CLIENT_SECRET", oidc_provider.client_secret)
    settings.SOCIALACCOUNT_PROVIDERS = socialaccount_providers(environ.Env())
    return oidc_provider


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and used TOTP codes live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()
