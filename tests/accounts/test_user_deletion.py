import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains

from accounts.models import User
from learning.models import Enrolment
from tests.factories import ModulePageFactory, UserFactory

pytestmark = pytest.mark.django_db

REFUSAL = "You cannot delete Lee Learner because they have learning records (1 enrolment)."


@pytest.fixture
def superuser():
    return UserFactory(email="admin@example.org", is_staff=True, is_superuser=True, totp=True)


@pytest.fixture
def enrolled(learner):
    Enrolment.objects.create(learner=learner, module=ModulePageFactory())
    return learner


@pytest.mark.parametrize("method", ["get", "post"])
def test_wagtail_refuses_to_delete_a_learner_with_records_and_says_why(
    client, superuser, enrolled, method
):
    client.force_login(superuser)
    url = reverse("wagtailusers_users:delete", args=[enrolled.pk])
    response = getattr(client, method)(url, follow=True)
    assert response.redirect_chain[0][0] == reverse("wagtailusers_users:edit", args=[enrolled.pk])
    assertContains(response, REFUSAL)
    assertContains(response, "follow the erasure process")
    assert User.objects.filter(pk=enrolled.pk).exists()


def test_wagtail_still_deletes_a_user_with_no_records(client, superuser, learner, reauthenticate):
    client.force_login(superuser)
    reauthenticate(client)
    response = client.post(reverse("wagtailusers_users:delete", args=[learner.pk]))
    assert response.status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()


def test_wagtail_bulk_delete_refuses_learners_with_records(client, superuser, enrolled):
    client.force_login(superuser)
    url = (
        reverse("wagtail_bulk_action", args=["accounts", "user", "delete"])
        + f"?id={enrolled.pk}&next=/admin/users/"
    )
    response = client.post(url, follow=True)
    assertContains(response, REFUSAL)
    assert User.objects.filter(pk=enrolled.pk).exists()


def test_django_admin_refuses_to_delete_a_learner_with_records_and_says_why(
    client, superuser, enrolled
):
    client.force_login(superuser)
    url = reverse("admin:accounts_user_delete", args=[enrolled.pk])
    response = client.post(url, {"post": "yes"}, follow=True)
    assert response.redirect_chain[0][0] == reverse(
        "admin:accounts_user_change", args=[enrolled.pk]
    )
    assertContains(response, REFUSAL)
    assert User.objects.filter(pk=enrolled.pk).exists()


def test_django_admin_still_deletes_a_user_with_no_records(client, superuser, learner):
    client.force_login(superuser)
    client.post(reverse("admin:accounts_user_delete", args=[learner.pk]), {"post": "yes"})
    assert not User.objects.filter(pk=learner.pk).exists()
