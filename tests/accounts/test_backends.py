"""A user's permissions, their own and their groups', are read in one query per request."""

import pytest
from django.contrib.auth.models import Group

from accounts.models import User
from accounts.roles import permissions_named
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def fresh(user) -> User:
    return User.objects.get(pk=user.pk)


def test_own_and_group_permissions_come_in_one_query(django_assert_num_queries):
    user = UserFactory()
    user.user_permissions.add(*permissions_named(["governors.place_volunteers"]))
    group = Group.objects.create(name="Any name at all")
    group.permissions.add(*permissions_named(["reports.view_county_reports"]))
    user.groups.add(group)
    user = fresh(user)
    with django_assert_num_queries(1):
        assert user.has_perm("governors.place_volunteers")
        assert user.has_perm("reports.view_county_reports")
        assert not user.has_perm("governors.manage_boards")


def test_superusers_hold_every_permission_and_inactive_users_none():
    assert fresh(UserFactory(is_superuser=True)).has_perm("credentials.revoke_certificate")
    inactive = UserFactory(is_active=False)
    inactive.user_permissions.add(*permissions_named(["credentials.revoke_certificate"]))
    assert not fresh(inactive).has_perm("credentials.revoke_certificate")
    assert fresh(inactive).get_all_permissions() == set()
