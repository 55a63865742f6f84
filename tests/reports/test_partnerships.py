"""The partnership map collects ties from every app's hook and filters them by kind."""

import pytest
from django.urls import reverse
from wagtail import hooks

from learning.hooks import PARTNERSHIP_TIES

pytestmark = pytest.mark.django_db


def mentoring_ties():
    yield {
        "source": "Brook Primary",
        "source_kind": "School",
        "target": "Hill Secondary",
        "target_kind": "School",
        "tie": "Setting partnership",
    }


def test_ties_from_every_hook_are_mapped_and_filtered(client, county, council_officer):
    county["north"].member_schools.add(county["brook"])
    county["north"].save()
    client.force_login(council_officer)
    with hooks.register_temporarily(PARTNERSHIP_TIES, mentoring_ties):
        page = client.get(reverse("reports:partnerships"))
        kinds = page.context["network"].kinds
        assert {"Member school", "Setting partnership"} <= set(kinds)
        only = client.get(reverse("reports:partnerships"), {"tie": "Setting partnership"})
        ties = only.context["network"].ties
        assert [(t.source, t.target) for t in ties] == [("Brook Primary", "Hill Secondary")]
        assert '<title id="network-title">Partnership map</title>' in only.content.decode()
        assert client.get(reverse("reports:partnerships"), {"tie": "Nonsense"}).status_code == 404


def test_only_the_council_sees_the_map(client, county, learner):
    client.force_login(learner)
    assert client.get(reverse("reports:partnerships")).status_code == 404
