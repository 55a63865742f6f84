import contextlib
import os

import pytest

from tests.factories import PASSWORD, UserFactory, totp_enable

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls are still safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
import importlib
import signal
import subprocess
import sys
import time

from celery.contrib.testing.worker import start_worker
from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.urls import reverse
from kombu import pools
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from academy_site.celery import app
from accounts.roles import (
    COUNCIL_OFFICER_PERMISSIONS,
    PROVIDER_LEAD_PERMISSIONS,
    council_officers_group,
    permissions_named,
)
from tests.browser import CHROMIUM_ARGS, CHROMIUM_PATH, CheckedPage


def _role_permissions_ensure() -> None:
    """Every permission a seeded role holds exists (one query), else every app's are made."""
    try:
        permissions_named(COUNCIL_OFFICER_PERMISSIONS + PROVIDER_LEAD_PERMISSIONS)
    except Permission.DoesNotExist:
        ContentType.objects.clear_cache()
        for app_config in apps.get_app_configs():
            create_permissions(app_config, verbosity=0)
        for model in apps.get_models():
            opts = model._meta
            codenames = [f"{action}_{opts.model_name}" for action in opts.default_permissions]
            codenames += [codename for codename, _ in opts.permissions]
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            for codename in codenames:
                Permission.objects.get_or_create(
                    content_type=content_type, codename=codename, defaults={"name": codename}
                )


def _mentoring_rules_ensure() -> None:
    """Mentoring's induction rules and reference data come from a data migration too."""
    from mentoring.models import InductionRules
    from mentoring.rules import rules_load

    if not InductionRules.objects.exists():
        rules_load()


def _ensure_reference_data() -> None:
    """Put back what the data migrations create (locale, root, home page, site, audiences):
    a test that commits (live server, worker, races) ends with every table emptied."""
    # A flush that skipped post_migrate (a copied or restored database) leaves no permissions.
    _role_permissions_ensure()
    _mentoring_rules_ensure()
    if Page.objects.filter(depth=2, slug="home").exists():
        return
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(
            instance=Page(
                title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page)
            )
        )
    homepage = importlib.import_module("academy_site.migrations.0002_create_homepage")
    homepage.create_homepage(apps, None)
    audiences = importlib.import_module("courses.migrations.0002_audiences")
    audiences.add_audiences(apps, None)


@pytest.fixture(autouse=True)
def _reference_data(request):
    names = request.fixturenames
    if "db" in names or "transactional_db" in names or request.node.get_closest_marker("django_db"):
        request.getfixturevalue("transactional_db" if "transactional_db" in names else "db")
        _ensure_reference_data()


@pytest.fixture(autouse=True)
def _shared_cache_cleared():
    """Each test starts with an empty cache: cached outlines, sites and view restrictions read
    in one test's rolled-back transaction must not be seen by the next."""
    from django.core.cache import cache

    cache.clear()


def pytest_terminal_summary(terminalreporter):
    """Say how many URL x role checks the permission matrix made; each role's test records its
    own count, and xdist brings the records back to this (the controlling) process."""
    counts = [
        dict(report.user_properties)
        for status in ("passed", "failed")
        for report in terminalreporter.stats.get(status, [])
        if getattr(report, "when", None) == "call"
    ]
    counts = [count for count in counts if "permission_matrix_get" in count]
    if counts:
        get = sum(count["permission_matrix_get"] for count in counts)
        post = sum(count["permission_matrix_post"] for count in counts)
        urls = max(count["permission_matrix_urls"] for count in counts)
        terminalreporter.write_line(
            f"permission matrix: {get + post} URL x role checks ({get} GET, {post} POST; "
            f"{urls} URLs, {len(counts)} roles)"
        )


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def learner(db):
    return UserFactory(email="learner@example.org", first_name="Lee", last_name="Learner")


@pytest.fixture
def other_learner(db):
    return UserFactory(email="other@example.org", first_name="Olu", last_name="Other")


@pytest.fixture
def council_officer(db):

    user = UserFactory(email="officer@example.org", first_name="Olivia", last_name="Officer")
    _role_permissions_ensure()
    user.groups.add(council_officers_group())
    return totp_enable(user)


@pytest.fixture
def privileged(db):
    """Make someone who sees other people's records as the site requires them: with an
    authenticator app set up (accounts.mfa sends them to set one up otherwise)."""
    return totp_enable


@pytest.fixture
def reauthenticate(password):
    """Enter the password again, as allauth asks before a revocation or a change to someone
    else's record (for five minutes after, nothing more is asked)."""

    def _reauthenticate(client):
        response = client.post(reverse("account_reauthenticate"), {"password": password})
        assert response.status_code == 302, response.content.decode()

    return _reauthenticate


@pytest.fixture
def admin_user(db):
    """A superuser with an authenticator app (replaces pytest-django's, which has none)."""
    return UserFactory(email="admin@example.org", is_staff=True, is_superuser=True, totp=True)


@pytest.fixture
def user_with_perms(db):
    """Make a user holding exactly these permissions ("app.codename"), in no group."""

    def make(*names: str, **fields):
        user = UserFactory(**{"totp": True, **fields})
        user.user_permissions.add(*permissions_named(names))
        return user

    return make


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    """A fresh browser tab on the live server; axe-core checks each page it visits."""

    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = CheckedPage(context.new_page(), live_server.url)
    yield page
    try:
        page.check_accessibility()
    finally:
        context.close()


def _worker_broker_url() -> str | None:
    """The Redis broker for worker tests: the next databases after the one CELERY_BROKER_URL
    names, one per xdist worker, so parallel runs never share (or flush) each other's queues."""
    url = os.environ.get("CELERY_BROKER_URL", "")
    if not url.startswith("redis"):
        return None
    base_url, _, db = url.rstrip("/").rpartition("/")
    if not db.isdigit():
        base_url, db = url.rstrip("/"), "0"
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return f"{base_url}/{int(db) + int(worker.removeprefix('gw') or 0) + 1}"


def _reset_broker_pool(app) -> None:
    """Drop pooled broker connections and producers so the next use (a worker test, or an
    eager task: Celery acquires a producer even then) connects to the broker now configured."""

    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    pools.reset()
    app.amqp._producer_pool = None
    # The result backend is cached on the app (or per thread): drop it so .get() reads where
    # the worker writes.
    app._backend_cache = None
    app._local.__dict__.pop("backend", None)


@contextlib.contextmanager
def _app_sending_to_redis():
    """The Celery app in this process, sending to this test's own Redis database (emptied)."""

    broker = _worker_broker_url()
    if broker is None:
        message = "Worker tests need CELERY_BROKER_URL=redis://... (the CI command sets it)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    saved = {
        key: app.conf[key]
        for key in ("broker_url", "result_backend", "task_always_eager", "task_store_eager_result")
    }
    # Celery reads CELERY_BROKER_URL from the environment before its configuration.
    saved_environment = os.environ.get("CELERY_BROKER_URL")
    os.environ["CELERY_BROKER_URL"] = broker
    app.conf.update(broker_url=broker, result_backend=broker, task_always_eager=False)
    _reset_broker_pool(app)
    try:
        with app.connection_for_write() as connection:
            assert connection.as_uri().rpartition("/")[2] == broker.rpartition("/")[2]
            connection.ensure_connection(max_retries=1)
            connection.default_channel.client.flushdb()
        yield app
    finally:
        app.conf.update(saved)
        if saved_environment is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = saved_environment
        _reset_broker_pool(app)


@pytest.fixture
def celery_worker_on_redis(transactional_db):
    """A real Celery worker thread consuming from Redis. In CI a missing Redis fails the test."""

    with (
        _app_sending_to_redis() as app,
        start_worker(app, pool="threads", concurrency=2, perform_ping_check=False) as worker,
    ):
        yield worker


@pytest.fixture
def celery_worker_process(transactional_db, settings, tmp_path):
    """Start a real `celery worker` process (prefork pool, one child) on this test's PostgreSQL
    database and Redis, with the app module the test names; stopped at the end of the test."""

    if connection.vendor != "postgresql":
        message = "A worker process shares the test database only on PostgreSQL."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    started = []

    def start(app_module: str, **environment) -> subprocess.Popen:
        db = connection.settings_dict
        database_url = (
            f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        )
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                app_module,
                "worker",
                "--pool",
                "prefork",
                "--concurrency",
                "1",
                "--loglevel",
                "INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],  # fmt: skip
            cwd=settings.BASE_DIR,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "academy_site.settings.test",
                "DATABASE_URL": database_url,
                "CELERY_BROKER_URL": app.conf.broker_url,  # this test's own Redis database
                "ACADEMY_TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
                "ACADEMY_TEST_WORKER_PROCESS": "1",  # a task it queues goes to the broker
                **environment,
            },
            stdout=(tmp_path / "worker.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        started.append(worker)
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=0.5):
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, "the worker did not answer a ping in 60 s"
        return worker

    with _app_sending_to_redis() as app:
        try:
            yield start
        finally:
            for worker in started:
                worker.send_signal(signal.SIGTERM)
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()
