"""Boards and governorships as the governors tests build them."""

from datetime import date

import factory

from accounts.mfa import totp_enabled
from governors.models import BOARD_LEADER_ROLES, Board, Governorship, Role
from tests.factories import UserFactory, totp_enable


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Board

    name = factory.Sequence(lambda n: f"Test Primary School governing body {n}")
    kind = Board.Kind.MAINTAINED


class GovernorshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Governorship
        skip_postgeneration_save = True

    governor = factory.SubFactory(UserFactory, job_role="governor")
    board = factory.SubFactory(BoardFactory)
    role = Role.PARENT
    appointed_on = date(2025, 9, 1)

    @factory.post_generation
    def authenticator(obj, create, extracted, **kwargs):
        """Board leaders see other governors' records, so they have an authenticator app."""
        if create and obj.role in BOARD_LEADER_ROLES and not totp_enabled(obj.governor):
            totp_enable(obj.governor)
