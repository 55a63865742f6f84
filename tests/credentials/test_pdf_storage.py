"""A full or failing disk: renders that cannot be written leave no file, are retried, are listed
for officers, and a sweep removes any empty or orphaned PDF."""

import os
import resource
import signal
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from credentials import tasks
from credentials.models import AwardRequest, Certificate
from credentials.services import certificate_pdf_store, certificate_pdfs_sweep


@contextmanager
def disk_full_after(size: int):
    """Real failing writes: the kernel refuses any file growing past `size` bytes (EFBIG), as a
    full disk refuses them (ENOSPC), part-way through the write."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def _storage():
    return Certificate._meta.get_field("pdf").storage


def _pdf_files() -> list[Path]:
    folder = Path(_storage().location) / "certificates"
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.fixture
def media_root(tmp_path, monkeypatch):
    """Certificate PDFs live in the private storage: point it at a folder of the test's own."""
    storage = _storage()
    location = tmp_path / "private"
    monkeypatch.setattr(storage, "_location", str(location))
    for cached in ("base_location", "location"):
        storage.__dict__.pop(cached, None)
    yield location
    for cached in ("base_location", "location"):
        storage.__dict__.pop(cached, None)


def test_a_render_that_cannot_be_written_leaves_no_file_and_raises(
    learner, module, issue, media_root
):
    certificate = issue(learner, module)
    with disk_full_after(1000), pytest.raises(OSError, match="too large"):
        certificate_pdf_store(certificate=certificate)
    assert _pdf_files() == [], "the partly written PDF was removed"
    certificate.refresh_from_db()
    assert certificate.rendered_at is None
    assert not certificate.pdf

    stored = certificate_pdf_store(certificate=certificate)
    assert [path.name for path in _pdf_files()] == [Path(stored.pdf.name).name]
    assert _pdf_files()[0].stat().st_size > 1000


def test_twenty_failed_renders_leave_no_empty_files(learner, module, issue, media_root):
    certificates = [issue(learner, module) for _ in range(4)]
    with disk_full_after(0):
        for _attempt in range(5):
            for certificate in certificates:
                with pytest.raises(OSError, match="too large"):
                    certificate_pdf_store(certificate=certificate)
    assert _pdf_files() == []


def test_a_failed_render_task_is_retried_and_gives_up_only_after_minutes():
    """Its retries span longer than an outage of a few minutes, under the visibility timeout."""
    from django.conf import settings

    task = tasks.render_certificate_pdf
    delays = [min(task.retry_backoff * 2**n, task.retry_backoff_max) for n in range(12)]
    assert task.max_retries == len(delays)
    assert not task.retry_jitter
    assert sum(delays) > 10 * 60
    assert max(delays) < settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert task.autoretry_for == (Exception,)


def test_the_sweep_removes_empty_and_orphaned_pdfs_and_keeps_the_rest(
    learner, module, issue, media_root
):
    kept = certificate_pdf_store(certificate=issue(learner, module))
    empty_but_recorded = certificate_pdf_store(certificate=issue(learner, module))
    with _storage().open(empty_but_recorded.pdf.name, "wb"):
        pass  # truncated to nothing, as a full disk leaves a file
    orphan = _storage().save("certificates/orphan.pdf", ContentFile(b"%PDF-1.7 orphan"))
    empty = _storage().save("certificates/empty.pdf", ContentFile(b""))
    two_hours_ago = (timezone.now() - timedelta(hours=2)).timestamp()
    for path in _pdf_files():
        os.utime(path, (two_hours_ago, two_hours_ago))
    young_orphan = _storage().save("certificates/young.pdf", ContentFile(b"%PDF-1.7 new"))

    removed = certificate_pdfs_sweep()

    assert sorted(removed) == sorted([orphan, empty, empty_but_recorded.pdf.name])
    names = {f"certificates/{path.name}" for path in _pdf_files()}
    assert names == {kept.pdf.name, young_orphan}
    empty_but_recorded.refresh_from_db()
    assert empty_but_recorded.rendered_at is None, "rendered again by the next reconciliation"
    assert tasks.sweep_certificate_pdfs() == 0


def test_reconciliation_renders_what_it_issues_in_the_same_run(
    learner, module, media_root, django_capture_on_commit_callbacks
):
    AwardRequest.objects.create(
        learner=learner,
        page=module,
        source_key="module-completion:broker-lost",
        completed_at=timezone.now(),
        requested_at=timezone.now() - timedelta(minutes=2),
    )
    result = tasks.reconcile_awards()
    assert result == {"issued": 1, "rendered": 1, "renders_queued": 0}
    certificate = Certificate.objects.get(source_key="module-completion:broker-lost")
    assert certificate.rendered_at is not None
    assert os.path.getsize(certificate.pdf.path) > 1000


def test_reconciliation_still_issues_when_the_disk_is_full(learner, module, media_root):
    AwardRequest.objects.create(
        learner=learner,
        page=module,
        source_key="module-completion:disk-full",
        completed_at=timezone.now(),
        requested_at=timezone.now() - timedelta(minutes=2),
    )
    with disk_full_after(0):
        result = tasks.reconcile_awards.apply().get()
    assert result["issued"] == 1
    assert result["rendered"] == 0
    assert _pdf_files() == []
    assert Certificate.objects.get().rendered_at is None


def test_officers_see_certificates_waiting_for_their_pdf(
    client, council_officer, learner, other_learner, module, issue
):
    waiting = issue(learner, module)
    Certificate.objects.filter(pk=waiting.pk).update(
        issued_at=timezone.now() - timedelta(minutes=30)
    )
    issue(other_learner, module)  # issued just now: not overdue yet
    client.force_login(council_officer)
    response = client.get("/credentials/certificates/")
    assert response.status_code == 200
    assert "1 certificate has waited more than 10 minutes for its PDF" in response.content.decode()
    assert waiting.code_display in response.content.decode()


def test_the_being_prepared_page_says_how_long_it_takes(client, learner, module, issue):
    certificate = issue(learner, module)
    client.force_login(learner)
    response = client.get(f"/certificates/{certificate.pk}/certificate.pdf")
    assert response.status_code == 202
    assert "usually ready within a minute" in response.content.decode()
    assert "up to 10 minutes" in response.content.decode()
