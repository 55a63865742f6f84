"""The demo seed: county pathways from the catalogue's slugs, idempotent, the teacher part-way."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Revision

from accounts import demo as accounts_demo
from accounts.models import User
from accounts.roles import COUNCIL_OFFICERS_GROUP
from courses.demo_loader import DemoContentError, catalogue_read
from pathways import demo
from pathways.models import PathwayEnrolment, PathwayIndexPage, PathwayPage
from pathways.selectors import pathway_progress
from tests.factories import ModulePageFactory
from tests.pathways.factories import module_complete

pytestmark = pytest.mark.django_db

WANTED = {
    "ect-behaviour-restorative-approaches",
    "ect-assessment-and-feedback",
    "cpd-coaching-and-mentoring",
    "cpd-autism-in-mainstream",
    "cpd-stem-teaching",
    "lead-middle-leadership",
    "lead-curriculum-leadership",
    "ma-research-methods",
    "ma-leading-learning-and-teaching",
    "ma-educational-leadership",
    "ma-dissertation",
}


@pytest.fixture
def catalogue(provider):
    """Some of the demo catalogue's modules (the rest are missing, as they may be)."""
    return {
        module.slug: ModulePageFactory(
            slug=module.slug,
            title=module.title,
            kind=module.kind,
            academic_credits=module.academic_credits,
            fheq_level=module.fheq_level,
            parent=provider,
        )
        for module in catalogue_read().modules
        if module.slug in WANTED
    }


def test_seed_builds_pathways_once_and_places_the_teacher(catalogue):
    accounts_demo.seed(lambda message: None)
    teacher = User.objects.get(email=demo.DEMO_TEACHER)
    module_complete(teacher, catalogue["ect-behaviour-restorative-approaches"], hooks=False)
    module_complete(teacher, catalogue["cpd-coaching-and-mentoring"], hooks=False)
    lines = []
    demo.seed(lines.append)
    pathways = PathwayPage.objects.live()
    # Only pathways with at least one module present are built; none are empty.
    assert {p.slug for p in pathways} == {
        "trainee-to-early-career-teacher",
        "early-career-to-middle-leadership",
        "senior-leadership-and-masters",
        "teaching-assistant-to-hlta",
    }
    assert any("skipped (none of its modules exist yet)" in line for line in lines)
    for pathway in pathways:
        pathway.full_clean()
        assert pathway.owner.email == "officer@academy.example"
    masters = pathways.get(slug="senior-leadership-and-masters")
    # The Postgraduate Diploma's modules are missing, so that stage is left out for now.
    assert [s.title for s in masters.stage_specs()] == [
        "Senior leadership",
        "Credits toward the Postgraduate Certificate",
        "Master's dissertation",
    ]
    pg_cert = masters.stage_specs()[1]
    assert (pg_cert.rule, pg_cert.rule_number, pg_cert.rule_level) == ("credits", 60, 7)
    assert masters.stage_specs()[-1].locked_until_previous

    enrolment = PathwayEnrolment.objects.get(learner=teacher)
    assert enrolment.pathway.slug == "early-career-to-middle-leadership"
    progress = pathway_progress(learner=teacher, pathway=enrolment.pathway)
    assert [s.status for s in progress.stages] == ["in_progress", "in_progress", "locked"]
    assert progress.next_module.module == catalogue["ect-assessment-and-feedback"]

    officers = Group.objects.get(name=COUNCIL_OFFICERS_GROUP)
    index = PathwayIndexPage.objects.get()
    assert GroupPagePermission.objects.filter(group=officers, page=index).count() == 5

    counts = (
        PathwayPage.objects.count(),
        Revision.objects.count(),
        PathwayEnrolment.objects.count(),
    )
    demo.seed(lambda message: None)
    assert (
        PathwayPage.objects.count(),
        Revision.objects.count(),
        PathwayEnrolment.objects.count(),
    ) == counts


def test_the_pathways_file_names_only_catalogue_modules():
    slugs = {module.slug for module in catalogue_read().modules}

    intro, pathways = demo.pathways_read()

    assert intro.startswith("<p>Routes the county recommends")
    assert len(pathways) == 7
    for pathway in pathways:
        for stage in pathway["stages"]:
            assert set(stage["required"] + stage["electives"]) <= slugs, stage["title"]


def test_a_stage_with_two_rules_names_the_file_and_line(tmp_path):
    path = tmp_path / "pathways.toml"
    path.write_text(
        '[index]\nintro = "Routes."\n\n[[pathways]]\nslug = "a"\ntitle = "A"\n'
        'audience = "trainee"\nsummary = "S."\naward_title = "T"\n\n'
        '[[pathways.stages]]\ntitle = "One"\ndescription = "D."\nchoose = 1\ncredits = 60\n'
    )

    with pytest.raises(DemoContentError, match=r"pathways.toml, line 11: .*not both"):
        demo.pathways_read(path)
