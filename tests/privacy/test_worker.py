import time

import pytest
from django.db import OperationalError, transaction

from privacy.models import DataExport
from privacy.services import data_export_request
from tests.factories import UserFactory


def _ready(export_id) -> bool:
    """Whether the worker has built it. SQLite's shared in-memory test database locks a whole
    table while the worker writes to it: a read that meets the lock just asks again."""
    try:
        return DataExport.objects.filter(pk=export_id, ready_at__isnull=False).exists()
    except OperationalError:
        return False


@pytest.mark.worker
def test_a_real_worker_builds_the_archive_once_the_request_commits(celery_worker_on_redis):
    person = UserFactory()
    with transaction.atomic():
        export = data_export_request(person=person)
        # Nothing runs before the commit: the worker would find no export yet.
    deadline = time.monotonic() + 20
    while not _ready(export.pk):
        assert time.monotonic() < deadline, "the worker did not build the archive in 20 s"
        time.sleep(0.1)
    export.refresh_from_db()
    assert export.file.storage.exists(export.file.name)
    assert export.size > 0
