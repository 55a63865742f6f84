from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    """The demo as `make demo` builds it (the seed's on-commit work run too)."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())
