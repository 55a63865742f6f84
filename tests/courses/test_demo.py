"""The demo seed builds providers, leads and modules, and running it again changes nothing."""

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowPage,
)

from courses import demo
from courses.demo_catalogue import PROVIDERS
from courses.frameworks import GOVERNANCE_2017
from courses.models import FrameworkElement, LessonPage, ModulePage, ProviderPage
from tests.factories import quiz_block

pytestmark = pytest.mark.django_db

SAMPLE_CONTENT = {
    "gov-induction": {
        "summary": "Your first year as a governor.",
        "description": "<p>Start here.</p>",
        "outcomes": ["Explain the three core functions", "Plan your first year"],
        "audiences": ["governor", "clerk"],
        "delivery_mode": "blended",
        "framework_codes": [(GOVERNANCE_2017, "GCF-1"), (GOVERNANCE_2017, "GCF-14")],
        "lessons": [
            {
                "title": "What governance is for",
                "minutes": 20,
                "body": [
                    {"type": "paragraph", "value": "<p>Three core functions.</p>"},
                    quiz_block(
                        (
                            "Who runs the school day to day?",
                            [("The head", True), ("The board", False)],
                            "single",
                        )
                    ),
                ],
            },
            {
                "title": "Your first meeting",
                "minutes": 15,
                "body": [{"type": "paragraph", "value": "<p>Read the papers.</p>"}],
            },
        ],
    },
    "gov-chairing-the-board": {
        "summary": "Lead the board.",
        "description": "<p>For chairs.</p>",
        "outcomes": ["Chair a meeting"],
        "audiences": ["governor"],
        "delivery_mode": "face_to_face",
        "framework_codes": [(GOVERNANCE_2017, "GCF-16")],
        "lessons": [
            {
                "title": "Agendas that decide",
                "minutes": 25,
                "body": [{"type": "paragraph", "value": "<p>Fewer items.</p>"}],
            }
        ],
    },
}


def _counts() -> dict[str, int]:
    models = [
        Page,
        Revision,
        ProviderPage,
        ModulePage,
        LessonPage,
        Group,
        Collection,
        get_image_model(),
        GroupPagePermission,
        GroupCollectionPermission,
        WorkflowPage,
        FrameworkElement,
    ]
    from accounts.models import User

    return {model.__name__: model.objects.count() for model in [*models, User]}


@pytest.fixture
def seeded(monkeypatch):
    import accounts.demo
    import schools.demo

    monkeypatch.setattr(demo, "CONTENT", SAMPLE_CONTENT)
    logs: list[str] = []
    schools.demo.seed(logs.append)
    accounts.demo.seed(logs.append)
    result = demo.seed(logs.append)
    return result, logs


def test_seed_builds_providers_leads_and_modules(seeded):
    result, logs = seeded

    assert ProviderPage.objects.live().count() == len(PROVIDERS)
    assert len(result["logins"]) == sum(1 for row in PROVIDERS if row[-1])
    induction = ModulePage.objects.get(slug="gov-induction")
    chairing = ModulePage.objects.get(slug="gov-chairing-the-board")
    assert induction.live
    assert chairing.live
    assert [lesson.title for lesson in induction.lessons()] == [
        "What governance is for",
        "Your first meeting",
    ]
    assert list(chairing.prerequisites.all()) == [induction]
    assert {a.slug for a in induction.audiences.all()} == {"governor", "clerk"}
    assert {e.code for e in induction.framework_elements.all()} == {"GCF-1", "GCF-14"}
    assert any("skipped" in line for line in logs)  # modules without content yet are named


def test_each_lead_edits_only_their_provider(seeded, client, privileged):
    from accounts.models import User

    lead = User.objects.get(email="lead.pengreen@academy.example")
    provider = ProviderPage.objects.get(slug="pen-green-alliance")
    other = ProviderPage.objects.get(slug="kingsthorpe-alliance")

    assert [g.name for g in lead.groups.all()] == [f"{provider.title} leads"]
    assert provider.logo is not None
    assert provider.logo.collection.name == provider.title
    assert provider.member_schools.count() >= 3
    client.force_login(privileged(lead))
    assert client.get(f"/admin/pages/{provider.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302


def test_seeding_twice_changes_nothing(seeded):
    before = _counts()
    quiz_ids = [block.id for block in LessonPage.objects.get(slug="what-governance-is-for").body]

    demo.seed(lambda line: None)

    assert _counts() == before
    assert [
        block.id for block in LessonPage.objects.get(slug="what-governance-is-for").body
    ] == quiz_ids


def test_changed_content_is_published_as_a_new_revision(seeded, monkeypatch):
    changed = {
        **SAMPLE_CONTENT,
        "gov-induction": {**SAMPLE_CONTENT["gov-induction"], "summary": "New summary."},
    }
    monkeypatch.setattr(demo, "CONTENT", changed)
    revisions = Revision.objects.count()

    demo.seed(lambda line: None)

    assert ModulePage.objects.get(slug="gov-induction").summary == "New summary."
    assert Revision.objects.count() == revisions + 1
