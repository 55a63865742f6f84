import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from accounts.models import User


def counts() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "accounts",
            "schools",
            "courses",
            "learning",
            "credentials",
            "pathways",
            "governors",
            "workforce",
            "events",
            "wagtailcore",
            "wagtailimages",
            "auth",
        }
        and not model._meta.label.startswith(
            (
                "wagtailcore.PageLogEntry",
                "wagtailcore.Revision",
                "wagtailcore.ModelLogEntry",
                "wagtailcore.Task",
            )
        )
    }


@pytest.mark.django_db
def test_seed_demo_twice_gives_the_same_records_and_prints_every_log_in(
    django_capture_on_commit_callbacks,
):
    """The seed commits as `make demo` runs it, so what it schedules on commit runs too."""
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=out)
    first = counts()
    again = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--base-url", "http://127.0.0.1:9000/", stdout=again)
    assert counts() == first
    # The log-in address is the site's own unless told where the site is served.
    assert "Log in at http://testserver/account/login/" in out.getvalue()
    assert "Log in at http://127.0.0.1:9000/account/login/" in again.getvalue()
    assert first["schools.School"] >= 40
    printed = out.getvalue()
    for email in [
        "officer@academy.example",
        "teacher@academy.example",
        "support@academy.example",
        "governor@academy.example",
    ]:
        assert email in printed
        assert User.objects.filter(email=email).exists()
    assert "academy-demo-2026" in printed


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_gives_seed_demo_and_the_site_the_address_it_serves_on():
    """`make demo PORT=9000`: the printed log-in, e-mail links and QR codes all say port 9000."""
    environment = {k: v for k, v in os.environ.items() if k != "WAGTAILADMIN_BASE_URL"}
    dry_run = subprocess.run(
        ["make", "--dry-run", "demo", "HOST=localhost", "PORT=9000"],
        cwd=Path(__file__).resolve().parents[2],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    address = "WAGTAILADMIN_BASE_URL=http://localhost:9000 "
    assert any(line.startswith(address) and "manage.py seed_demo" in line for line in dry_run)
    assert any(
        line.startswith(address) and line.endswith("manage.py runserver --noreload localhost:9000")
        for line in dry_run
    )
