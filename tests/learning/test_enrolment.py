import pytest
from django.utils import timezone

from learning import services
from learning.models import Enrolment, LessonProgress, ModuleCompletion
from tests.factories import ModulePageFactory
from tests.learning.factories import module_build

pytestmark = pytest.mark.django_db


def completed(learner, module):
    enrolment = Enrolment.objects.create(
        learner=learner, module=module, status=Enrolment.Status.COMPLETED
    )
    ModuleCompletion.objects.create(enrolment=enrolment, cycle=1, completed_at=timezone.now())
    return enrolment


def test_a_learner_missing_prerequisites_is_told_which_and_not_enrolled(learner, taken):
    first = ModulePageFactory(title="Behaviour basics")
    second = ModulePageFactory(title="Assessment basics")
    taken.module.prerequisites.add(first, second)
    taken.module.save()
    completed(learner, first)

    with pytest.raises(services.PrerequisitesMissing) as raised:
        services.enrolment_create(learner=learner, module=taken.module)

    assert raised.value.missing == [second]
    assert "Assessment basics" in raised.value.message
    assert not Enrolment.objects.filter(learner=learner, module=taken.module).exists()


def test_a_learner_with_every_prerequisite_is_enrolled(learner, taken):
    first = ModulePageFactory(title="Behaviour basics")
    taken.module.prerequisites.add(first)
    taken.module.save()
    completed(learner, first)

    enrolment = services.enrolment_create(learner=learner, module=taken.module)

    assert enrolment.status == Enrolment.Status.ACTIVE
    assert enrolment.cycle == 1


def test_the_module_page_links_the_missing_prerequisites_and_enrolling_is_refused(
    client, learner, taken
):
    first = ModulePageFactory(title="Behaviour basics")
    taken.module.prerequisites.add(first)
    taken.module.save()
    client.force_login(learner)

    page = client.get(taken.module.url).content.decode()
    assert f'href="{first.url}"' in page
    assert "Enrol on this module" not in page

    response = client.post(f"/learn/modules/{taken.module.pk}/enrol/", follow=True)
    assert f'<a class="govuk-link" href="{first.url}">Behaviour basics</a>' in (
        response.content.decode()
    )
    assert not Enrolment.objects.filter(learner=learner).exists()


def test_enrolling_twice_keeps_one_enrolment(learner, taken):
    first = services.enrolment_create(learner=learner, module=taken.module)
    again = services.enrolment_create(learner=learner, module=taken.module)
    assert first.pk == again.pk
    assert Enrolment.objects.count() == 1


def test_leaving_keeps_progress_and_enrolling_again_resumes(learner, taken):
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    services.lesson_complete(enrolment=enrolment, lesson=taken.reading)

    services.enrolment_withdraw(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.WITHDRAWN
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 1
    with pytest.raises(services.LearningError):
        services.lesson_complete(enrolment=enrolment, lesson=taken.closing)

    resumed = services.enrolment_create(learner=learner, module=taken.module)
    assert resumed.pk == enrolment.pk
    assert resumed.status == Enrolment.Status.ACTIVE
    assert resumed.withdrawn_at is None
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 1


def test_renewing_starts_a_new_cycle_only_for_completed_modules_that_expire(learner):
    taken = module_build(validity_months=24)
    enrolment = services.enrolment_create(learner=learner, module=taken.module)
    with pytest.raises(services.LearningError, match="Complete this module"):
        services.enrolment_renew(enrolment=enrolment)
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.save()

    renewed = services.enrolment_renew(enrolment=enrolment)

    assert (renewed.cycle, renewed.status) == (2, Enrolment.Status.ACTIVE)


def test_a_module_that_never_expires_cannot_be_renewed(learner, taken):
    enrolment = Enrolment.objects.create(
        learner=learner, module=taken.module, status=Enrolment.Status.COMPLETED
    )
    with pytest.raises(services.LearningError, match="does not expire"):
        services.enrolment_renew(enrolment=enrolment)
    enrolment.refresh_from_db()
    assert enrolment.cycle == 1


def test_pressing_renew_twice_carries_on_the_renewal_already_started(client, learner):
    taken = module_build(validity_months=24)
    enrolment = completed(learner, taken.module)
    client.force_login(learner)
    url = f"/learn/modules/{taken.module.pk}/renew/"

    first = client.post(url)
    again = client.post(url, follow=True)

    assert first.url == taken.reading.url
    assert again.redirect_chain[-1][0] == taken.reading.url
    assert "You are already renewing this training." in again.content.decode()
    enrolment.refresh_from_db()
    assert (enrolment.cycle, enrolment.status) == (2, Enrolment.Status.ACTIVE)
