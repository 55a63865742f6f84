"""Retention: each period is a setting, and the nightly task removes and logs what outlived it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from credentials.models import Certificate
from credentials.privacy import NAME_WITHHELD
from credentials.services import certificate_issue
from governors.models import Invitation, Role
from privacy.models import RetentionRun
from privacy.services import retention_apply
from tests.factories import ModulePageFactory, UserFactory
from tests.governors.factories import BoardFactory, GovernorshipFactory

LONG_AGO = timezone.now() - timedelta(days=365 * 7)


@pytest.fixture
def stale_invitation(db):
    invitation = Invitation.objects.create(
        board=BoardFactory(),
        email="never@example.org",
        role=Role.PARENT,
        appointed_on=timezone.localdate(),
    )
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=91)
    )
    return invitation


def test_invitations_never_accepted_go_after_their_period(stale_invitation, caplog):
    fresh = Invitation.objects.create(
        board=stale_invitation.board,
        email="new@example.org",
        role=Role.PARENT,
        appointed_on=timezone.localdate(),
    )
    caplog.set_level("INFO")
    run = retention_apply()
    assert list(Invitation.objects.all()) == [fresh]
    assert run.removed["board invitations"] == 1
    assert "board invitations 1" in caplog.text
    assert RetentionRun.objects.get() == run


def test_the_period_is_a_setting(stale_invitation, settings):
    settings.PRIVACY_INVITATION_DAYS = 120
    retention_apply()
    assert Invitation.objects.filter(pk=stale_invitation.pk).exists()


def test_unconfirmed_accounts_that_hold_nothing_go(db):
    stray = User.objects.create_user(email="stray@example.org", password="x")
    User.objects.filter(pk=stray.pk).update(date_joined=timezone.now() - timedelta(days=91))
    kept = UserFactory()  # confirmed
    User.objects.filter(pk=kept.pk).update(date_joined=timezone.now() - timedelta(days=91))
    run = retention_apply()
    assert run.removed["unconfirmed accounts deleted"] == 1
    assert not User.objects.filter(pk=stray.pk).exists()
    assert User.objects.filter(pk=kept.pk).exists()


def test_learning_records_are_erased_six_years_after_leaving(db):
    left = UserFactory(email="left@example.org")
    certificate = certificate_issue(
        learner=left, page=ModulePageFactory(), source_key="t:1", completed_at=LONG_AGO
    )
    User.objects.filter(pk=left.pk).update(last_login=LONG_AGO, date_joined=LONG_AGO)
    serving = GovernorshipFactory(governor__email="serving@example.org").governor
    User.objects.filter(pk=serving.pk).update(last_login=LONG_AGO, date_joined=LONG_AGO)
    recent = UserFactory(email="recent@example.org")

    run = retention_apply()

    assert run.removed["accounts erased after their retention period"] == 1
    assert not User.objects.filter(email="left@example.org").exists()
    assert Certificate.objects.get(pk=certificate.pk).learner_name == NAME_WITHHELD
    assert User.objects.filter(pk=serving.pk, is_active=True).exists()
    assert User.objects.filter(pk=recent.pk, is_active=True).exists()
