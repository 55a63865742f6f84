"""A prepared query gives exactly what its queryset gives, for any values, on either database."""

from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy_site.prepared import PreparedQuery
from accounts.models import User
from tests.factories import UserFactory


def _joined(since: datetime):
    return User.objects.filter(date_joined__gte=since).order_by("pk").values_list("pk", flat=True)


def _named(person: int, active: bool):
    return User.objects.filter(pk=person, is_active=active).values_list("email", "is_active")


@pytest.mark.django_db
def test_the_rows_are_the_querysets_for_every_value_given():
    people = [UserFactory() for _ in range(3)]
    now = timezone.now()
    User.objects.filter(pk=people[0].pk).update(date_joined=now - timedelta(days=10))
    User.objects.filter(pk=people[1].pk).update(date_joined=now - timedelta(days=5))
    joined = PreparedQuery(_joined, since=datetime)
    for days in (1, 6, 11):
        since = now - timedelta(days=days)
        assert joined.rows(since=since) == list(_joined(since))
    assert joined.rows(since=now - timedelta(days=6)) == [people[1].pk, people[2].pk]


@pytest.mark.django_db
def test_booleans_stay_as_built_and_rows_are_converted():
    person = UserFactory(email="kept@example.org")
    named = PreparedQuery(lambda person: _named(person, True), person=int)
    assert named.rows(person=person.pk) == [("kept@example.org", True)]
    assert named.rows(person=person.pk + 1000) == []
    inactive = PreparedQuery(lambda person: _named(person, False), person=int)
    assert inactive.rows(person=person.pk) == []


@pytest.mark.django_db
def test_it_is_one_query_through_the_connection_each_time():
    person = UserFactory()
    named = PreparedQuery(lambda person: _named(person, True), person=int)
    named.rows(person=person.pk)
    with CaptureQueriesContext(connection) as queries:
        named.rows(person=person.pk)
        named.rows(person=person.pk)
    assert len(queries) == 2


@pytest.mark.django_db
def test_a_build_that_reads_the_clock_itself_is_refused():
    frozen = PreparedQuery(
        lambda person: User.objects.filter(pk=person, date_joined__lte=timezone.now()).values_list(
            "pk", flat=True
        ),
        person=int,
    )
    with pytest.raises(ImproperlyConfigured, match="date of its own"):
        frozen.rows(person=1)


def test_it_wants_exactly_its_values_and_a_values_list():
    joined = PreparedQuery(_joined, since=datetime)
    with pytest.raises(TypeError):
        joined.rows()
    with pytest.raises(ImproperlyConfigured):
        PreparedQuery(_joined, since=float)


@pytest.mark.django_db
def test_a_queryset_of_instances_is_refused():
    instances = PreparedQuery(lambda person: User.objects.filter(pk=person), person=int)
    with pytest.raises(ImproperlyConfigured, match="values_list"):
        instances.rows(person=1)


@pytest.mark.django_db
def test_columns_come_in_the_order_values_list_names_them():
    from django.db.models import Value

    person = UserFactory(email="order@example.org")

    def build(person):
        return (
            User.objects.filter(pk=person)
            .annotate(seven=Value(7))
            .values_list("seven", "email", "pk")
        )

    assert PreparedQuery(build, person=int).rows(person=person.pk) == list(build(person.pk))
    assert PreparedQuery(build, person=int).rows(person=person.pk) == [
        (7, "order@example.org", person.pk)
    ]


@pytest.mark.django_db
def test_a_statement_with_more_parameters_than_postgresql_binds_still_runs():
    """Connections bind parameters on the server (so statements stay prepared) up to the
    protocol's 65,535; past that, academy_site.db binds them in the client."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's limit (the CI command runs on PostgreSQL)")
    person = UserFactory()
    ids = [person.pk, *range(-70_000, 0)]
    assert list(User.objects.filter(pk__in=ids).values_list("pk", flat=True)) == [person.pk]


@pytest.mark.django_db
def test_prepared_in_gives_the_querysets_rows_for_lists_of_any_length():
    from academy_site.prepared import PreparedIn

    people = [UserFactory() for _ in range(4)]
    wanted = [person.pk for person in people]
    by_pk = PreparedIn(
        lambda pks: User.objects.filter(pk__in=pks).order_by("pk").values_list("pk", flat=True),
        longest=3,
    )
    assert by_pk.rows([]) == []
    assert by_pk.rows(wanted[:1]) == wanted[:1]
    assert by_pk.rows(wanted[1:3]) == wanted[1:3]
    assert by_pk.rows([wanted[0], -5]) == wanted[:1]  # the same length, other values
    assert by_pk.rows(wanted) == wanted  # longer than `longest`: built each time
