"""Boards and governorships as the governors tests build them."""

from datetime import date

import factory

from governors.models import Board, Governorship, Role
from tests.factories import UserFactory


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Board

    name = factory.Sequence(lambda n: f"Test Primary School governing body {n}")
    kind = Board.Kind.MAINTAINED


class GovernorshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Governorship

    governor = factory.SubFactory(UserFactory, job_role="governor")
    board = factory.SubFactory(BoardFactory)
    role = Role.PARENT
    appointed_on = date(2025, 9, 1)
