"""Single sign-on through a real OpenID Connect provider (django-oauth-toolkit, in its own
process on loopback): the code flow with PKCE, sign-up, linking by verified address only."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.accounts.conftest import TRUST_ID, TRUST_NAME
from tests.accounts.test_authentication import activate_totp, log_in
from tests.factories import SchoolFactory, UserFactory
from tests.oidc_provider import PASSWORD as PROVIDER_PASSWORD
from tests.oidc_provider import USERS

ADA_EMAIL = USERS["ada"][0]
UNA_EMAIL = USERS["una"][0]
LOGIN_URL = reverse("openid_connect_login", kwargs={"provider_id": TRUST_ID})


def start_sign_on(client, next_url="/my-learning/") -> str:
    """Press "Sign in with Nene Trust": Academy answers with the provider's authorize URL."""
    response = client.post(f"{LOGIN_URL}?next={next_url}")
    assert response.status_code == 302
    return response["Location"]


def sign_in_at_provider(authorize_url: str, username: str) -> str:
    """Sign in on the provider's own log-in form, as a person would, and return the address
    the provider sends the browser back to."""
    provider = urlsplit(authorize_url).netloc
    session = requests.Session()
    url = authorize_url
    while True:
        response = session.get(url, allow_redirects=False, timeout=10)
        if response.status_code == 200:
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)[1]
            next_value = re.search(r'name="next" value="([^"]*)"', response.text)[1]
            response = session.post(
                response.url,
                data={
                    "csrfmiddlewaretoken": token,
                    "username": username,
                    "password": PROVIDER_PASSWORD,
                    "next": next_value.replace("&amp;", "&"),
                },
                headers={"Referer": response.url},
                allow_redirects=False,
                timeout=10,
            )
        assert response.status_code == 302, response.text[:2000]
        url = requests.compat.urljoin(url, response.headers["Location"])
        if urlsplit(url).netloc != provider:
            return url


def sign_on(client, username: str, next_url="/my-learning/"):
    """The whole round trip: Academy, the provider's log-in form, and back to Academy."""
    callback = urlsplit(sign_in_at_provider(start_sign_on(client, next_url), username))
    assert callback.netloc == "testserver"
    return client.get(f"{callback.path}?{callback.query}")


def finish_sign_up(client, school=None, **overrides):
    data = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": ADA_EMAIL,
        "job_role": "headteacher",
        "school": school.pk if school else "",
        **overrides,
    }
    return client.post(reverse("socialaccount_signup"), data)


@pytest.mark.django_db
def test_the_log_in_page_offers_only_configured_providers(client, settings, trust_sign_on):
    response = client.get(reverse("account_login"))
    assert f"Sign in with {TRUST_NAME}" in response.content.decode()
    assert "Sign in with Microsoft" not in response.content.decode()

    settings.SOCIALACCOUNT_PROVIDERS = {}
    response = client.get(reverse("account_login"))
    assert "Sign in with" not in response.content.decode()


@pytest.mark.django_db
def test_the_code_flow_sends_a_pkce_challenge_with_s256(client, trust_sign_on):
    authorize = urlsplit(start_sign_on(client))
    query = parse_qs(authorize.query)
    assert f"{authorize.scheme}://{authorize.netloc}/o/authorize/" == (
        f"http://{urlsplit(trust_sign_on.issuer).netloc}{authorize.path}"
    )
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", query["code_challenge"][0])
    assert set(query["scope"][0].split()) == {"openid", "profile", "email"}


@pytest.mark.django_db
def test_a_provider_answer_for_another_browser_is_refused(client, trust_sign_on):
    from django.test import Client

    UserFactory(email=ADA_EMAIL)
    callback = urlsplit(sign_in_at_provider(start_sign_on(client), "ada"))
    other_browser = Client()
    response = other_browser.get(f"{callback.path}?{callback.query}")
    assert response.status_code == 401
    assert "Sign-in did not work" in response.content.decode()
    assert "_auth_user_id" not in other_browser.session
    assert not SocialAccount.objects.exists()


@pytest.mark.django_db
def test_cancelling_at_the_provider_says_so_and_signs_nobody_in(client, trust_sign_on):
    state = parse_qs(urlsplit(start_sign_on(client)).query)["state"][0]
    callback = reverse("openid_connect_callback", kwargs={"provider_id": TRUST_ID})
    response = client.get(f"{callback}?error=access_denied&state={state}", follow=True)
    assert "Sign-in cancelled" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_new_learner_signs_up_with_the_provider_and_still_gives_role_and_school(
    client, trust_sign_on
):
    school = SchoolFactory(name="Abington Vale Primary School")
    response = sign_on(client, "ada")
    assert response.status_code == 302
    assert response["Location"] == reverse("socialaccount_signup")
    assert "_auth_user_id" not in client.session

    form = client.get(reverse("socialaccount_signup"))
    page = form.content.decode()
    assert f"You have signed in with {TRUST_NAME}" in page
    assert "has not confirmed your e-mail address" not in page
    assert form.context["form"].initial["email"] == ADA_EMAIL
    assert form.context["form"].initial["first_name"] == "Ada"
    assert "job_role" in form.context["form"].fields

    response = finish_sign_up(client, school=school)
    assert response.status_code == 302
    assert response["Location"] == "/my-learning/"
    user = User.objects.get(email=ADA_EMAIL)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert (user.job_role, user.school, user.has_usable_password()) == (
        "headteacher",
        school,
        False,
    )
    assert EmailAddress.objects.get(user=user).verified  # the provider verified it
    assert SocialAccount.objects.get(user=user).provider == TRUST_ID
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_sign_up_without_a_role_is_refused_and_creates_nothing(client, trust_sign_on):
    sign_on(client, "ada")
    response = finish_sign_up(client, job_role="")
    assert response.status_code == 200
    assert response.context["form"].errors["job_role"]
    assert not User.objects.filter(email=ADA_EMAIL).exists()
    assert not SocialAccount.objects.exists()


@pytest.mark.django_db
def test_an_existing_account_with_the_verified_address_is_linked_not_duplicated(
    client, trust_sign_on
):
    existing = UserFactory(email=ADA_EMAIL, first_name="Ada", last_name="Lovelace")
    response = sign_on(client, "ada")
    assert response.status_code == 302
    assert response["Location"] == "/my-learning/"
    assert client.session["_auth_user_id"] == str(existing.pk)
    assert User.objects.count() == 1
    assert SocialAccount.objects.get(provider=TRUST_ID).user == existing
    existing.refresh_from_db()
    assert existing.has_usable_password()  # the address was confirmed: the password stays

    # Next time the link itself signs them in.
    client.post(reverse("account_logout"))
    response = sign_on(client, "ada")
    assert client.session["_auth_user_id"] == str(existing.pk)
    assert SocialAccount.objects.count() == 1


@pytest.mark.django_db
def test_an_unverified_address_never_signs_in_to_the_account_that_has_it(
    client, trust_sign_on, django_capture_on_commit_callbacks
):
    owner = UserFactory(email=UNA_EMAIL)
    response = sign_on(client, "una")
    assert response.status_code == 302
    assert response["Location"] == reverse("socialaccount_signup")
    assert "_auth_user_id" not in client.session
    page = client.get(reverse("socialaccount_signup")).content.decode()
    assert f"{TRUST_NAME} has not confirmed your e-mail address" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = finish_sign_up(client, email=UNA_EMAIL, first_name="Una", last_name="Unverified")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert User.objects.count() == 1  # no second account,
    assert not SocialAccount.objects.exists()  # and nothing linked to the owner's
    owner.refresh_from_db()
    assert owner.has_usable_password()
    # The owner hears someone tried; the page says the same as for a new address.
    assert [(message.to, message.subject) for message in mail.outbox] == [
        ([UNA_EMAIL], "Academy: Account Already Exists")
    ]


@pytest.mark.django_db
def test_an_unverified_address_signs_up_only_after_our_own_email_check(
    client, trust_sign_on, django_capture_on_commit_callbacks
):
    sign_on(client, "una")
    with django_capture_on_commit_callbacks(execute=True):
        response = finish_sign_up(client, email=UNA_EMAIL, first_name="Una", last_name="Unverified")
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    user = User.objects.get(email=UNA_EMAIL)
    assert not EmailAddress.objects.get(user=user).verified
    assert [message.to for message in mail.outbox] == [[UNA_EMAIL]]
    assert "/account/confirm-email/" in mail.outbox[0].body

    # Signing in with the provider again still waits for the address to be confirmed.
    response = sign_on(client, "una")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_address_added_to_another_account_but_unconfirmed_does_not_capture_a_sign_in(
    client, trust_sign_on
):
    other = UserFactory(email="someone.else@example.org")
    EmailAddress.objects.create(user=other, email=ADA_EMAIL, verified=False, primary=False)
    response = sign_on(client, "ada")
    assert response["Location"] == reverse("socialaccount_signup")
    assert "_auth_user_id" not in client.session
    assert not SocialAccount.objects.exists()


@pytest.mark.django_db
def test_signing_in_with_the_provider_still_asks_for_the_authenticator_code(client, trust_sign_on):
    user = UserFactory(email=ADA_EMAIL)
    log_in(client, ADA_EMAIL)
    activate_totp(client)
    client.post(reverse("account_logout"))

    response = sign_on(client, "ada")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert SocialAccount.objects.get(provider=TRUST_ID).user == user


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_teacher_signs_in_with_the_trust_in_a_browser(browser_page, trust_sign_on):
    page = browser_page
    SchoolFactory(name="Abington Vale Primary School")
    page.goto("/my-learning/")
    assert "/account/login/" in page.url
    page.click(f"text=Sign in with {TRUST_NAME}")
    assert page.url.startswith(trust_sign_on.issuer.removesuffix("/o"))
    page.fill("#id_username", "ada")
    page.fill("#id_password", PROVIDER_PASSWORD)
    page.click("button[type=submit]")
    assert page.url.endswith(reverse("socialaccount_signup"))
    assert page.input_value("input[name=email]") == ADA_EMAIL
    page.select_option("select[name=job_role]", "headteacher")
    page.select_option("select[name=school]", label="Abington Vale Primary School")
    page.click("main button[type=submit]")
    assert page.url.endswith("/my-learning/")
    assert page.text_content("h1") == "My learning"
    assert User.objects.get(email=ADA_EMAIL).job_role == "headteacher"
