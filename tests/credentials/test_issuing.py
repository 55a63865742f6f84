import threading
from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from django.db import connection, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from credentials import tasks
from credentials.models import AwardRequest, Certificate, CertificateEvent, CreditEntry
from credentials.selectors import (
    cpd_hours_in_academic_year,
    credit_totals,
    valid_certificate,
)
from credentials.services import (
    award_schedule,
    certificate_issue,
    certificate_revoke,
    prior_learning_record,
)
from tests.factories import ModulePageFactory, UserFactory


def test_issuing_twice_for_one_completion_gives_one_certificate_and_one_ledger_entry(
    learner, module, issue
):
    first = issue(learner, module, source_key="module-completion:1")
    again = issue(learner, module, source_key="module-completion:1")
    tasks.issue_award(
        learner_id=learner.pk,
        page_id=module.pk,
        source_key="module-completion:1",
        completed_at=timezone.now().isoformat(),
    )
    assert first.pk == again.pk
    assert Certificate.objects.count() == 1
    assert CreditEntry.objects.get().cpd_hours == Decimal("6.0")
    assert first.learner_name == "Lee Learner"
    assert first.title == "Safeguarding in schools"
    assert first.validity_months == 24
    assert CertificateEvent.objects.filter(action="issued").count() == 1


def test_the_task_is_late_acknowledged_and_retried():
    assert tasks.issue_award.acks_late
    assert tasks.render_certificate_pdf.acks_late
    assert tasks.issue_award.autoretry_for == (Exception,)
    assert tasks.issue_award.max_retries


def test_renewal_supersedes_the_old_certificate_and_keeps_it(learner, module, issue):
    completed = timezone.now() - timedelta(days=700)
    old = issue(learner, module, completed_at=completed)
    new = issue(learner, module, completed_at=timezone.now())
    old.refresh_from_db()
    assert old.status == Certificate.Status.SUPERSEDED
    assert new.status == Certificate.Status.VALID
    assert valid_certificate(learner=learner, page=module) == new
    # Inside the window: the new expiry runs on from the old one.
    assert new.expires_on.year == old.expires_on.year + 2
    assert new.expires_on.month == old.expires_on.month


def test_academic_credits_are_earned_once_however_often_a_module_is_completed(
    learner, masters_module, issue
):
    issue(learner, masters_module)
    issue(learner, masters_module)
    totals = credit_totals(learner=learner)
    assert totals.academic_credits == 15
    assert totals.cpd_hours == Decimal(300)
    assert totals.by_level == {7: 15}


def test_revoking_appends_a_reversal_and_keeps_the_original(
    learner, masters_module, council_officer, issue
):
    certificate = issue(learner, masters_module)
    certificate_revoke(
        certificate=certificate, reason="Completed by someone else.", by=council_officer
    )
    certificate_revoke(certificate=certificate, reason="Again.", by=council_officer)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_by == council_officer
    assert certificate.revoked_reason == "Completed by someone else."
    entries = CreditEntry.objects.filter(learner=learner)
    assert entries.count() == 2
    reversal = entries.get(source=CreditEntry.Source.REVERSAL)
    assert reversal.academic_credits == -15
    assert reversal.reverses.source_key == certificate.source_key
    assert credit_totals(learner=learner).academic_credits == 0
    event = certificate.events.get(action="revoked")
    assert (event.actor, event.reason) == (council_officer, "Completed by someone else.")


def test_totals_by_level_academic_year_and_masters_thresholds(learner, council_officer):
    def prior(credits, hours, on):
        prior_learning_record(
            learner=learner,
            description="Earlier study",
            cpd_hours=Decimal(hours),
            academic_credits=credits,
            fheq_level=7,
            awarded_on=on,
            evidence=None,
            recorded_by=council_officer,
        )

    prior(60, 10, timezone.datetime(2024, 8, 31).date())
    prior(30, 5, timezone.datetime(2024, 9, 1).date())
    totals = credit_totals(learner=learner)
    assert totals.by_level == {7: 90}
    assert totals.by_academic_year == [
        ("2023 to 2024", Decimal(10), 60),
        ("2024 to 2025", Decimal(5), 30),
    ]
    # Prior learning counts toward each award only up to the officer's cap (50% by default).
    assert totals.prior_learning_credits == 90
    assert (totals.masters.module_credits, totals.masters.prior_credits) == (0, 90)
    assert [t.prior_counted for t in totals.masters.thresholds] == [30, 60, 90]
    assert totals.masters.awards_reached == []
    assert totals.masters.credits == 90
    assert cpd_hours_in_academic_year(learner=learner, year=2024) == Decimal(5)


def test_the_officer_sets_how_much_prior_learning_counts(learner, council_officer):
    from credentials.models import MastersAwardRules

    prior_learning_record(
        learner=learner,
        description="PG Cert, another university",
        cpd_hours=Decimal(0),
        academic_credits=60,
        fheq_level=7,
        awarded_on=timezone.datetime(2024, 6, 1).date(),
        evidence=None,
        recorded_by=council_officer,
    )
    rules = MastersAwardRules.load()
    rules.prior_learning_percent = 0
    rules.save()
    assert credit_totals(learner=learner).masters.awards_reached == []
    rules.prior_learning_percent = 100
    rules.save()
    assert credit_totals(learner=learner).masters.awards_reached == ["Postgraduate Certificate"]
    rules.prior_learning_percent = 34
    rules.save()
    masters = credit_totals(learner=learner).masters
    assert [t.prior_counted for t in masters.thresholds] == [20, 40, 60]
    assert masters.next_threshold.name == "Postgraduate Certificate"
    assert masters.next_threshold.remaining == 40


def test_award_schedule_sends_nothing_until_the_transaction_commits(
    learner, module, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        award_schedule(
            learner_id=learner.pk,
            page_id=module.pk,
            source_key="module-completion:77",
            completed_at=timezone.now(),
        )
        assert not Certificate.objects.exists()
    assert callbacks, "the task is sent on commit"
    certificate = Certificate.objects.get()
    assert certificate.source_key == "module-completion:77"
    assert certificate.rendered_at is not None, "the PDF is rendered by its own task"
    assert AwardRequest.objects.get().issued_at is not None


def test_a_rolled_back_completion_sends_nothing(learner, module):
    with mock.patch.object(tasks.issue_award, "delay") as delay:
        try:
            with transaction.atomic():
                award_schedule(
                    learner_id=learner.pk,
                    page_id=module.pk,
                    source_key="module-completion:rolled-back",
                    completed_at=timezone.now(),
                )
                raise RuntimeError("the completion failed")
        except RuntimeError:
            pass
    delay.assert_not_called()
    assert not AwardRequest.objects.exists()


def test_when_the_broker_is_down_reconciliation_issues_the_award(
    learner, module, django_capture_on_commit_callbacks
):
    with (
        mock.patch.object(tasks.issue_award, "delay", side_effect=OperationalError("down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        award_schedule(
            learner_id=learner.pk,
            page_id=module.pk,
            source_key="module-completion:lost",
            completed_at=timezone.now(),
        )
    assert AwardRequest.objects.filter(issued_at__isnull=True).count() == 1
    assert not Certificate.objects.exists()

    assert tasks.reconcile_awards()["issued"] == 0, "too recent: its task may still be coming"
    AwardRequest.objects.update(requested_at=timezone.now() - timedelta(minutes=2))
    result = tasks.reconcile_awards()
    assert result["issued"] == 1
    certificate = Certificate.objects.get(source_key="module-completion:lost")
    assert AwardRequest.objects.get().issued_at is not None
    assert tasks.reconcile_awards()["issued"] == 0
    assert Certificate.objects.filter(learner=learner).count() == 1
    assert certificate.status == Certificate.Status.VALID


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("racers", [8, 16])  # 16 lost every retry before issues were serialised
def test_racing_completions_leave_one_valid_certificate(racers):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL for real concurrency.")
    learner = UserFactory()
    module = ModulePageFactory(cpd_hours=2)
    barrier = threading.Barrier(racers)
    errors = []

    def run(index):
        try:
            barrier.wait()
            # Half the threads repeat one completion's task; half are different completions.
            key = "module-completion:same" if index % 2 else f"module-completion:{index}"
            certificate_issue(
                learner=learner, page=module, source_key=key, completed_at=timezone.now()
            )
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Certificate.objects.filter(source_key="module-completion:same").count() == 1
    assert Certificate.objects.filter(learner=learner, status="valid").count() == 1
    completions = racers // 2 + 1  # the distinct ones, and the one repeated
    assert Certificate.objects.filter(learner=learner).count() == completions
    assert CreditEntry.objects.filter(learner=learner).count() == completions
