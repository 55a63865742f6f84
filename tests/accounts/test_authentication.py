import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, SchoolFactory, UserFactory


def totp_now(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def activate_totp(client, password=PASSWORD) -> str:
    """Set up an authenticator app; allauth asks for the password again first."""
    client.post(reverse("account_reauthenticate"), {"password": password})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_now(secret)})
    assert response.status_code == 302
    return secret


@pytest.mark.django_db
def test_log_in_by_email_and_log_out(client):
    user = UserFactory(email="tom@example.org")
    response = log_in(client, "tom@example.org")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)

    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="tom@example.org")
    response = log_in(client, "tom@example.org", "not-the-password")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "not correct" in response.content.decode()


@pytest.mark.django_db
def test_sign_up_stores_the_profile_and_needs_the_email_verified(
    client, django_capture_on_commit_callbacks
):
    school = SchoolFactory(name="Abington Vale Primary School")
    with django_capture_on_commit_callbacks(execute=True):  # e-mail goes once the sign-up commits
        response = client.post(
            reverse("account_signup"),
            {
                "first_name": "Priya",
                "last_name": "Patel",
                "email": "priya@example.org",
                "job_role": "early_career",
                "school": school.pk,
                "password1": "a-long-unusual-passphrase",
                "password2": "a-long-unusual-passphrase",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(email="priya@example.org")
    assert (user.first_name, user.job_role, user.school) == ("Priya", "early_career", school)
    assert not EmailAddress.objects.get(user=user).verified

    # Until the address is verified, logging in only sends the learner to verify it.
    client.post(reverse("account_logout"))
    log_in(client, "priya@example.org", "a-long-unusual-passphrase")
    assert "_auth_user_id" not in client.session

    link = re.search(r"http://testserver(/account/confirm-email/[^\s]+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    client.post(link.group(1))
    assert EmailAddress.objects.get(user=user).verified
    log_in(client, "priya@example.org", "a-long-unusual-passphrase")
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_sign_up_with_bad_input_creates_nothing(client):
    response = client.post(
        reverse("account_signup"),
        {"first_name": "", "email": "not-an-email", "password1": "x", "password2": "y"},
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_mfa_set_up_then_log_in_needs_a_code(client):
    user = UserFactory(email="mfa@example.org")
    log_in(client, user.email)
    secret = activate_totp(client)
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    client.post(reverse("account_logout"))
    response = log_in(client, user.email)
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "_auth_user_id" not in client.session
    # A code is accepted once; wait for the next period rather than reuse the set-up code.
    counter = int(time.time()) // 30
    while int(time.time()) // 30 == counter:
        time.sleep(0.2)
    client.post(reverse("mfa_authenticate"), {"code": totp_now(secret)})
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_a_recovery_code_logs_in_once(client):
    user = UserFactory(email="codes@example.org")
    log_in(client, user.email)
    activate_totp(client)
    codes_page = client.get(reverse("mfa_view_recovery_codes"))
    codes = codes_page.context["unused_codes"]
    assert len(codes) >= 8

    client.post(reverse("account_logout"))
    log_in(client, user.email)
    client.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert client.session["_auth_user_id"] == str(user.pk)

    client.post(reverse("account_logout"))
    log_in(client, user.email)
    client.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_repeated_failed_log_ins_are_rate_limited(client, settings):
    from academy_site.settings import base

    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
    UserFactory(email="target@example.org")
    pages = [log_in(client, "target@example.org", "wrong").content.decode() for _ in range(6)]
    assert "Too many failed login attempts" not in pages[0]
    assert "Too many failed login attempts" in pages[-1]
    # Even the right password is refused until the limit expires.
    assert "Too many failed login attempts" in log_in(client, "target@example.org").content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_profile_edit_saves_and_rejects_a_bad_trn(client):
    user = UserFactory(email="me@example.org")
    client.force_login(user)
    response = client.post(
        reverse("accounts:profile"),
        {"first_name": "Mo", "last_name": "Khan", "job_role": "teacher", "trn": "12ab"},
    )
    assert "Enter a 7-digit teacher reference number" in response.content.decode()
    user.refresh_from_db()
    assert user.first_name != "Mo"

    client.post(
        reverse("accounts:profile"),
        {"first_name": "Mo", "last_name": "Khan", "job_role": "teacher", "trn": "1234567"},
    )
    user.refresh_from_db()
    assert (user.first_name, user.trn) == ("Mo", "1234567")


@pytest.mark.browser
def test_log_in_sign_up_and_mfa_pages_are_accessible(browser_page, django_user_model):
    UserFactory(email="axe@example.org")
    browser_page.goto("/account/signup/")
    browser_page.log_in("axe@example.org", PASSWORD)
    assert "Sign out" in browser_page.content()
    browser_page.goto("/account/2fa/")
    browser_page.goto("/account/2fa/totp/activate/")
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.click("main button[type=submit]")
    assert browser_page.locator("input[name=code]").count() == 1
    browser_page.goto("/account/profile/")
    assert len(browser_page.checked_urls) >= 5
