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
