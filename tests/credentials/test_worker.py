import pytest
from django.db import transaction
from django.utils import timezone

from credentials.models import Certificate
from credentials.services import award_schedule
from tests.factories import ModulePageFactory, UserFactory


def completion_commit(learner, module, source_key: str) -> None:
    """Schedule the award as a completion does: sent when the outermost transaction commits."""
    with transaction.atomic():
        award_schedule(
            learner_id=learner.pk,
            page_id=module.pk,
            source_key=source_key,
            completed_at=timezone.now(),
        )


@pytest.mark.worker
def test_a_real_worker_issues_the_certificate_once_the_completion_commits(celery_worker_on_redis):
    learner = UserFactory()
    module = ModulePageFactory(cpd_hours=6)
    with transaction.atomic():
        completion_commit(learner, module, "module-completion:worker-test")
        # Nothing can run before the commit: the worker would find no completion yet.
        assert not Certificate.objects.exists()
    deadline = timezone.now() + timezone.timedelta(seconds=20)
    while not Certificate.objects.filter(source_key="module-completion:worker-test").exists():
        assert timezone.now() < deadline, "the worker did not issue the certificate in 20 s"
        import time

        time.sleep(0.1)
    assert Certificate.objects.get().title == module.title


@pytest.mark.worker
def test_one_completion_through_the_real_worker_gives_a_certificate_and_its_rendered_pdf(
    celery_worker_on_redis,
):
    import time

    from pypdf import PdfReader

    learner = UserFactory(first_name="Wendy", last_name="Worker")
    module = ModulePageFactory(title="Phonics for early readers", cpd_hours=4)
    completion_commit(learner, module, "module-completion:worker-pdf")
    deadline = time.monotonic() + 30
    while not Certificate.objects.filter(rendered_at__isnull=False).exists():
        assert time.monotonic() < deadline, "the worker did not render the PDF in 30 s"
        time.sleep(0.1)
    certificate = Certificate.objects.get()
    with certificate.pdf.open("rb") as handle:
        text = PdfReader(handle).pages[0].extract_text()
    assert "Wendy Worker" in text
    assert "Phonics for early readers" in text
    assert certificate.code_display in text


@pytest.mark.worker
@pytest.mark.postgres
def test_a_worker_process_killed_mid_render_leaves_the_certificate_and_the_redelivery_renders_it(
    celery_worker_process, tmp_path
):
    """SIGKILL, not an exception: acks_late with reject-on-worker-lost puts the task back on the
    queue, and the certificate committed before rendering is rendered by the next attempt."""
    import os
    import signal
    import time

    from pypdf import PdfReader

    marker = tmp_path / "rendering-pid"
    celery_worker_process("tests.credentials.killable_worker", ACADEMY_KILL_MARKER=str(marker))
    learner = UserFactory(first_name="Kim", last_name="Killed")
    module = ModulePageFactory(title="Attendance that improves", cpd_hours=3)
    completion_commit(learner, module, "module-completion:killed-worker")
    deadline = time.monotonic() + 60
    while not marker.exists() or not marker.read_text():
        assert time.monotonic() < deadline, (tmp_path / "worker.log").read_text()
        time.sleep(0.1)
    issued = Certificate.objects.filter(source_key="module-completion:killed-worker").first()
    assert issued is not None, (tmp_path / "worker.log").read_text()
    assert issued.rendered_at is None

    os.kill(int(marker.read_text()), signal.SIGKILL)

    deadline = time.monotonic() + 60
    while not Certificate.objects.filter(pk=issued.pk, rendered_at__isnull=False).exists():
        assert time.monotonic() < deadline, "the redelivered task did not render the PDF in 60 s"
        time.sleep(0.2)
    assert Certificate.objects.count() == 1
    log = (tmp_path / "worker.log").read_text()
    assert "WorkerLostError" in log, "the child doing the render was killed, and the worker saw it"
    assert log.count("] received") == 2, "the broker delivered the issuing task again"
    certificate = Certificate.objects.get()
    with certificate.pdf.open("rb") as handle:
        text = PdfReader(handle).pages[0].extract_text()
    assert "Kim Killed" in text
    assert certificate.code_display in text
