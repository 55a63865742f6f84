"""The CPD lead's weekly summary of overdue training: once a week, only when something is late."""

import time
from datetime import timedelta

import pytest
from django.core import mail

from academy_site.models import OutboundEmail
from workforce import services, tasks
from workforce.models import Assignment, SummarySent
from workforce.summaries import overdue_summaries_send

from .conftest import EmploymentFactory, today


def _overdue(school, lead, module, person):
    services.assignment_create(
        school=school, people=[person], module=module, due_on=today(), assigned_by=lead
    )
    Assignment.objects.update(due_on=today() - timedelta(days=7))


@pytest.mark.django_db
def test_the_cpd_lead_hears_of_overdue_training_once_a_week(
    django_capture_on_commit_callbacks, school_a, lead_a, tutor_a, teacher_a, safeguarding
):
    _overdue(school_a, lead_a, safeguarding, teacher_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert overdue_summaries_send(today=today()) == 1
        assert overdue_summaries_send(today=today()) == 0
    [email] = mail.outbox
    assert email.to == [lead_a.email]  # not the induction tutor
    assert "Tom Teacher: Safeguarding children: annual update, was due" in email.body
    assert overdue_summaries_send(today=today() + timedelta(days=7)) == 1


@pytest.mark.django_db
def test_nothing_is_sent_when_nothing_is_overdue_or_the_person_has_left(
    school_a, lead_a, safeguarding
):
    leaver = EmploymentFactory(school=school_a).person
    _overdue(school_a, lead_a, safeguarding, leaver)
    services.employment_end(employment=leaver.employments.get(), left_on=today())
    assert overdue_summaries_send(today=today()) == 0
    assert not SummarySent.objects.exists()


@pytest.mark.worker
def test_a_real_worker_sends_the_summary_once(
    celery_worker_on_redis, school_a, lead_a, safeguarding
):
    teacher = EmploymentFactory(school=school_a).person
    _overdue(school_a, lead_a, safeguarding, teacher)
    OutboundEmail.objects.all().delete()
    mail.outbox.clear()
    assert tasks.send_overdue_summaries.delay().get(timeout=20) == 1
    assert tasks.send_overdue_summaries.delay().get(timeout=20) == 0
    deadline = time.monotonic() + 20
    while not OutboundEmail.objects.filter(sent_at__isnull=False).exists():
        assert time.monotonic() < deadline, "the worker did not deliver the e-mail in 20 s"
        time.sleep(0.1)
    assert [m.to for m in mail.outbox] == [[lead_a.email]]
