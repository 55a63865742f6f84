"""Two officers approving the same request at the same moment erase once; two requests for a
download at once make one archive."""

import time

import pytest
from django.db import connection

from privacy.models import DataExport, ErasureRequest
from privacy.services import ErasureNotOpen, data_export_request, erasure_approve
from privacy.services import erasure as erasure_services
from tests.factories import UserFactory
from tests.learning.test_concurrency import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Row locks need PostgreSQL: run with DATABASE_URL=postgres://...")


def test_two_officers_approving_at_once_erase_once(monkeypatch):
    from accounts.roles import council_officers_group

    person = UserFactory(email="leaving@example.org")
    officers = [UserFactory(), UserFactory()]
    for officer in officers:
        officer.groups.add(council_officers_group())
    request = erasure_services.erasure_request_make(person=person)
    erase = erasure_services.person_erase

    def slow_erase(**kwargs):
        time.sleep(0.3)
        return erase(**kwargs)

    monkeypatch.setattr(erasure_services, "person_erase", slow_erase)
    errors = run_together(
        *(
            lambda officer=officer: erasure_approve(erasure_id=request.pk, officer=officer)
            for officer in officers
        )
    )
    assert [type(e) for e in errors] == [ErasureNotOpen]
    request = ErasureRequest.objects.get(pk=request.pk)
    assert request.status == "approved"
    assert request.decided_by in officers


def test_two_download_requests_at_once_make_one_archive():
    person = UserFactory()
    errors = run_together(
        lambda: data_export_request(person=person), lambda: data_export_request(person=person)
    )
    assert errors == []
    assert DataExport.objects.filter(person=person).count() == 1
