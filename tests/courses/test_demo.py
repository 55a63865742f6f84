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
from courses.demo_loader import CONTENT_DIR, providers_read
from courses.models import FrameworkElement, LessonPage, ModulePage, ProviderPage

pytestmark = pytest.mark.django_db

PROVIDERS = providers_read(CONTENT_DIR / "providers.toml")[1]

INDUCTION = """
title = "Governor induction"
kind = "governance"
delivery_mode = "blended"
cpd_hours = 4
audiences = ["governor", "clerk"]
summary = "Your first year as a governor."
description = "Start here."
outcomes = ["Explain the three core functions", "Plan your first year"]

[frameworks]
governance-competency-framework-2017 = ["GCF-1", "GCF-14"]

[[lessons]]
title = "What governance is for"
minutes = 20

[[lessons.blocks]]
type = "text"
text = "Three core functions."

[[lessons.blocks]]
type = "quiz"

[[lessons.blocks.questions]]
question = "Who runs the school day to day?"
options = ["* The head", "The board"]
explanation = "The head runs the school; the board holds them to account."

[[lessons]]
title = "Your first meeting"
minutes = 15

[[lessons.blocks]]
type = "text"
text = "Read the papers."
"""

CHAIRING = """
title = "Chairing the board"
kind = "governance"
delivery_mode = "face_to_face"
cpd_hours = 4
prerequisites = ["gov-induction"]
audiences = ["governor"]
summary = "Lead the board."
description = "For chairs."
outcomes = ["Chair a meeting"]

[frameworks]
governance-competency-framework-2017 = ["GCF-16"]

[[lessons]]
title = "Agendas that decide"
minutes = 25

[[lessons.blocks]]
type = "text"
text = "Fewer items."
"""


@pytest.fixture
def content_dir(tmp_path, monkeypatch):
    """The real providers with two small module files of the county's governor services."""
    (tmp_path / "providers.toml").write_text((CONTENT_DIR / "providers.toml").read_text())
    folder = tmp_path / "county-governor-services"
    folder.mkdir()
    (folder / "gov-induction.toml").write_text(INDUCTION)
    (folder / "gov-chairing-the-board.toml").write_text(CHAIRING)
    monkeypatch.setattr(demo, "CONTENT_DIR", tmp_path)
    return tmp_path


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
def seeded(content_dir):
    import accounts.demo
    import schools.demo

    logs: list[str] = []
    schools.demo.seed(logs.append)
    accounts.demo.seed(logs.append)
    result = demo.seed(logs.append)
    return result, logs


def test_seed_builds_providers_leads_and_modules(seeded):
    result, logs = seeded

    assert ProviderPage.objects.live().count() == len(PROVIDERS)
    assert len(result["logins"]) == sum(1 for provider in PROVIDERS if provider.lead)
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
    assert "Modules: 2 with 3 lessons" in logs


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


def test_changed_content_is_published_as_a_new_revision(seeded, content_dir):
    induction = content_dir / "county-governor-services" / "gov-induction.toml"
    induction.write_text(INDUCTION.replace("Your first year as a governor.", "New summary."))
    revisions = Revision.objects.count()

    demo.seed(lambda line: None)

    assert ModulePage.objects.get(slug="gov-induction").summary == "New summary."
    assert Revision.objects.count() == revisions + 1
