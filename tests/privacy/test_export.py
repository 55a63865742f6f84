"""Download my data: built once in the background, e-mailed, only for its owner, for a week."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy_site.models import OutboundEmail
from privacy.models import DataExport
from privacy.services import data_export_build, data_export_request
from privacy.tasks import apply_retention


@pytest.fixture
def built(learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(person=learner)
    export.refresh_from_db()
    return export


def test_the_archive_is_built_and_its_link_e_mailed(built, learner):
    assert built.ready_at is not None
    assert built.expires_at == built.ready_at + timedelta(days=7)
    email = OutboundEmail.objects.get(to=learner.email)
    assert str(built.pk) in email.text
    archive = zipfile.ZipFile(built.file.open("rb"))
    account = json.loads(archive.read("accounts.json"))
    users = next(r for r in account["records"] if r["record"] == "accounts.User")
    assert users["rows"][0]["email"] == learner.email
    assert "password" not in json.dumps(account)


def test_building_twice_changes_nothing(built):
    name = built.file.name
    data_export_build(export_id=built.pk)
    built.refresh_from_db()
    assert built.file.name == name
    assert OutboundEmail.objects.count() == 1


def test_asking_while_one_is_being_built_gives_that_one(learner):
    first = data_export_request(person=learner)
    assert data_export_request(person=learner) == first
    assert DataExport.objects.count() == 1


def test_only_its_owner_downloads_it(client, built, learner, other_learner):
    url = reverse("privacy:export_download", args=[built.pk])
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).testzip() is None


def test_after_a_week_it_is_gone_file_and_all(client, built, learner):
    storage, name = built.file.storage, built.file.name
    client.force_login(learner)
    DataExport.objects.filter(pk=built.pk).update(expires_at=timezone.now())
    assert client.get(reverse("privacy:export_download", args=[built.pk])).status_code == 404
    removed = apply_retention.delay().get()
    assert removed["data exports"] == 1
    assert not storage.exists(name)
    assert not DataExport.objects.exists()
