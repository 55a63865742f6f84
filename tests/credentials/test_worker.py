import pytest
from django.db import transaction
from django.utils import timezone

from credentials.models import Certificate
from credentials.services import award_schedule
from tests.factories import ModulePageFactory, UserFactory


@pytest.mark.worker
def test_a_real_worker_issues_the_certificate_once_the_completion_commits(celery_worker_on_redis):
    learner = UserFactory()
    module = ModulePageFactory(cpd_hours=6)
    with transaction.atomic():
        award_schedule(
            learner_id=learner.pk,
            page_id=module.pk,
            source_key="module-completion:worker-test",
            completed_at=timezone.now(),
        )
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
    with transaction.atomic():
        award_schedule(
            learner_id=learner.pk,
            page_id=module.pk,
            source_key="module-completion:worker-pdf",
            completed_at=timezone.now(),
        )
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
