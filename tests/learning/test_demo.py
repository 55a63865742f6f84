from datetime import timedelta

import pytest
from django.utils import timezone

from credentials.models import Certificate
from learning import demo
from learning.models import Enrolment, LessonProgress, ModuleCompletion, QuizAttempt, Reflection
from tests.factories import UserFactory
from tests.learning.factories import module_build

pytestmark = pytest.mark.django_db


def counts():
    return [
        model.objects.count()
        for model in (Enrolment, LessonProgress, QuizAttempt, ModuleCompletion, Reflection)
    ]


def test_the_seed_gives_the_demo_learners_records_and_running_it_again_changes_nothing(
    django_capture_on_commit_callbacks,
):
    teacher = UserFactory(email="teacher@academy.example")
    governor = UserFactory(email="governor@academy.example")
    module_build(slug="itt-adaptive-teaching", title="Adaptive teaching")
    module_build(slug="ect-assessment-and-feedback", title="Assessment and feedback")
    module_build(slug="gov-safeguarding", title="Safeguarding for governors", validity_months=24)

    with django_capture_on_commit_callbacks(execute=True):
        first = demo.seed(lambda line: None)
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        second = demo.seed(lambda line: None)

    assert first == second == {"enrolments": 3, "completions": 2, "reflections": 1}
    assert counts() == before
    assert Enrolment.objects.get(learner=teacher, module__slug="itt-adaptive-teaching").status == (
        Enrolment.Status.COMPLETED
    )
    in_progress = Enrolment.objects.get(learner=teacher, module__slug="ect-assessment-and-feedback")
    assert in_progress.status == Enrolment.Status.ACTIVE
    assert in_progress.progress.count() == 2
    assert Reflection.objects.get().learner == teacher
    safeguarding = Certificate.objects.get(learner=governor)
    soon = safeguarding.expires_at - timezone.now()
    assert timedelta(days=14) < soon < timedelta(days=28)
    assert Certificate.objects.count() == 2


def test_the_demo_trainee_shares_a_reflection_with_the_teacher_as_mentor(client):
    teacher = UserFactory(email="teacher@academy.example")
    trainee = UserFactory(email="trainee@academy.example")
    module_build(slug="itt-primary-maths-subject-knowledge", title="Primary maths")

    demo.seed(lambda line: None)
    demo.seed(lambda line: None)

    shared = Reflection.objects.get(learner=trainee)
    assert shared.shared_with == teacher
    client.force_login(teacher)
    page = client.get("/my-learning/reflections/shared-with-me/").content.decode()
    assert shared.prompt in page
