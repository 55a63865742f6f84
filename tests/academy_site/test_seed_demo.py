from io import StringIO

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
def test_seed_demo_twice_gives_the_same_records_and_prints_every_log_in():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first
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
