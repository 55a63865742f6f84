from datetime import UTC, date, datetime, time

import pytest
import time_machine
from django.utils import timezone

from credentials.codes import code_generate
from credentials.models import Certificate
from credentials.services import certificate_issue
from governors.models import Board, Role, TrainingRequirement
from tests.factories import ModulePageFactory
from tests.governors.factories import BoardFactory, GovernorshipFactory


def aware(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(10)))


def certificate(*, learner, module, completed_on: date, expires_on: date | None = None, **extra):
    """A certificate as credentials issues it, with the dates a test needs."""
    return Certificate.objects.create(
        code=code_generate(),
        source_key=f"test:{learner.pk}:{module.pk}:{completed_on}",
        learner=learner,
        page=module,
        learner_name=learner.display_name,
        title=module.title,
        completed_at=aware(completed_on),
        issued_at=aware(completed_on),
        expires_at=aware(expires_on) if expires_on else None,
        **extra,
    )


def on(day: date):
    """Today is `day`, at noon."""
    return time_machine.travel(datetime.combine(day, time(12), tzinfo=UTC), tick=False)


def complete(governor, module, day: date) -> Certificate:
    """Complete the module on `day`, issued as credentials issues it (a renewal supersedes)."""
    with on(day):
        return certificate_issue(
            learner=governor,
            page=module,
            source_key=f"test:{governor.pk}:{module.pk}:{day}",
            completed_at=aware(day),
        )


@pytest.fixture
def induction(db):
    module = ModulePageFactory(title="Governor induction", slug="gov-induction", kind="governance")
    return TrainingRequirement.objects.create(module=module, due_within_days=183)


@pytest.fixture
def safeguarding(db):
    module = ModulePageFactory(
        title="Safeguarding for governors",
        slug="gov-safeguarding",
        kind="governance",
        validity_months=24,
    )
    return TrainingRequirement.objects.create(module=module, due_within_days=183)


@pytest.fixture
def board_a(db):
    return BoardFactory(name="Abington Vale Primary School governing body")


@pytest.fixture
def board_b(db):
    return BoardFactory(name="Kettering Park Academy local governing body", kind=Board.Kind.LOCAL)


@pytest.fixture
def chair_a(board_a):
    return GovernorshipFactory(
        board=board_a, role=Role.CHAIR, governor__email="chair-a@example.org"
    ).governor


@pytest.fixture
def chair_b(board_b):
    return GovernorshipFactory(
        board=board_b, role=Role.CHAIR, governor__email="chair-b@example.org"
    ).governor
