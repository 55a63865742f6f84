"""People who see or change other people's records must set up two-factor log-in first."""

from datetime import timedelta

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from django.core.checks import run_checks
from django.urls import reverse

from accounts.mfa import mfa_required
from courses.services import provider_permissions_setup
from governors.models import Role
from tests.factories import PASSWORD, ProviderPageFactory, UserFactory, totp_code
from tests.governors.conftest import GovernorshipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead_without_totp(db):
    """A provider lead who has not set up an authenticator app yet."""
    lead = UserFactory(email="new.lead@example.org")
    lead.groups.add(provider_permissions_setup(provider=ProviderPageFactory()))
    return lead


def test_privilege_comes_from_permissions_and_board_offices(lead_without_totp, learner):
    chair = GovernorshipFactory(role=Role.CHAIR).governor
    former_chair = GovernorshipFactory(role=Role.CHAIR, ended_on="2025-12-31").governor
    parent = GovernorshipFactory(role=Role.PARENT).governor
    assert mfa_required(lead_without_totp)
    assert mfa_required(UserFactory(is_superuser=True))
    assert mfa_required(chair)
    assert not mfa_required(former_chair)
    assert not mfa_required(parent)
    assert not mfa_required(learner)


def test_a_lead_without_totp_cannot_open_the_admin(client, lead_without_totp):
    client.force_login(lead_without_totp)
    for url in ["/admin/", "/admin/pages/", "/", "/account/profile/", "/django-admin/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url == reverse("mfa_activate_totp"), url


def test_a_lead_logging_in_is_taken_to_set_up_totp_then_reaches_the_admin(
    client, lead_without_totp
):
    client.post(reverse("account_login"), {"login": lead_without_totp.email, "password": PASSWORD})
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[0][0] == reverse("mfa_activate_totp")
    assert "Set up an authenticator app to continue" in response.content.decode()

    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_a_chair_without_totp_is_sent_to_set_it_up(client):
    chair = GovernorshipFactory(role=Role.CHAIR).governor
    Authenticator.objects.filter(user=chair).delete()
    client.force_login(chair)
    assert client.get("/governance/").url == reverse("mfa_activate_totp")


def test_learners_and_governors_may_go_without_totp(client, learner):
    governor = GovernorshipFactory(role=Role.PARENT).governor
    for person in (learner, governor):
        client.force_login(person)
        assert client.get("/").status_code == 200
        assert client.get(reverse("mfa_index")).status_code == 200


def test_set_up_pages_and_log_out_stay_open(client, lead_without_totp):
    client.force_login(lead_without_totp)
    assert client.get(reverse("mfa_index")).status_code == 200
    assert client.get(reverse("account_reauthenticate")).status_code == 200
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_a_privileged_person_cannot_switch_totp_off(client, council_officer):
    from courses.services import council_officers_setup

    council_officers_setup()
    client.force_login(council_officer)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.post(reverse("mfa_deactivate_totp"))
    assert "You cannot turn off your authenticator app" in response.content.decode()
    assert Authenticator.objects.filter(user=council_officer, type="totp").exists()


def test_a_learner_may_switch_totp_off(client):
    learner = UserFactory(totp=True)
    client.force_login(learner)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    client.post(reverse("mfa_deactivate_totp"))
    assert not Authenticator.objects.filter(user=learner, type="totp").exists()


def test_privileged_sessions_end_after_thirty_idle_minutes(client, admin_user, learner):
    client.force_login(admin_user)
    client.get("/admin/")
    assert client.session.get_expiry_age() == 30 * 60
    with time_machine.travel(timedelta(minutes=29)):
        assert client.get("/admin/").status_code == 200
    with time_machine.travel(timedelta(minutes=29 + 31)):
        assert client.get("/admin/").url.startswith(reverse("account_login"))

    client.force_login(learner)
    client.get("/")
    assert client.session.get_expiry_age() > 24 * 60 * 60


def test_an_unimportable_two_factor_rule_fails_the_system_check(settings):
    settings.ACCOUNTS_MFA_REQUIRED_CHECKS = ["governors.selectors.no_such_rule"]
    errors = [error for error in run_checks() if error.id == "accounts.E001"]
    assert len(errors) == 1
    assert "governors.selectors.no_such_rule" in errors[0].msg


def test_changing_a_user_in_the_admin_asks_for_the_password_again(client, admin_user, learner):
    client.force_login(admin_user)
    url = f"/admin/users/edit/{learner.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"email": learner.email, "first_name": "Changed"})
    assert response.url.startswith(reverse("account_reauthenticate"))
    learner.refresh_from_db()
    assert learner.first_name != "Changed"
