"""Pathway pages built from plain stage descriptions, and learning records made directly."""

import itertools
import uuid

import factory
import wagtail_factories
from django.utils import timezone

from learning.models import Enrolment, ModuleCompletion
from pathways.models import PathwayIndexPage, PathwayPage
from tests.factories import home_page

_minutes = itertools.count()


class PathwayIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PathwayIndexPage

    title = "Pathways"
    slug = "pathways"
    parent = factory.LazyFunction(home_page)


def pathway_index() -> PathwayIndexPage:
    return PathwayIndexPage.objects.first() or PathwayIndexPageFactory()


def _item(module) -> dict:
    return {"type": "item", "value": module.pk, "id": str(uuid.uuid4())}


def stage(
    title="Stage",
    *,
    required=(),
    electives=(),
    rule="none",
    number=None,
    level=None,
    locked=False,
    description="",
) -> dict:
    """One stage as the stream stores it."""
    return {
        "type": "stage",
        "value": {
            "title": title,
            "description": description,
            "required_modules": [_item(m) for m in required],
            "electives": [_item(m) for m in electives],
            "rule": rule,
            "rule_number": number,
            "rule_level": str(level) if level else None,
            "locked_until_previous": locked,
        },
    }


class PathwayPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PathwayPage

    title = factory.Sequence(lambda n: f"Pathway {n}")
    summary = "A route from one role to the next."
    stages = factory.LazyFunction(list)
    award_title = "Certificate in Test Leadership"

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        return super()._create(model_class, *args, parent=parent or pathway_index(), **kwargs)


def module_start(learner, module) -> Enrolment:
    enrolment, _ = Enrolment.objects.get_or_create(learner=learner, module=module)
    return enrolment


def module_complete(learner, module, *, at=None, hooks=True) -> ModuleCompletion:
    """What learning does when a learner completes a module, then the hook it calls."""
    from pathways.services import pathway_awards_check

    enrolment = module_start(learner, module)
    at = at or timezone.now() + timezone.timedelta(minutes=next(_minutes))
    enrolment.status = Enrolment.Status.COMPLETED
    enrolment.completed_at = at
    enrolment.save()
    completion = ModuleCompletion.objects.create(enrolment=enrolment, cycle=1, completed_at=at)
    if hooks:
        pathway_awards_check(learner=learner, module=module, completion=completion)
    return completion


def teacher_with_history(officer):
    """A teacher whose records disagree in every way the pages once got wrong.

    Completed: `done` (no certificate yet), `certified` (with its certificate), `older` (a
    certificate from before these records, since expired, and no completion). Not completed:
    `revoked` (completed, but its certificate was revoked) and `taking` (in progress). The
    pathway was joined after all of it.
    """
    from credentials.services import certificate_issue, certificate_revoke
    from tests.factories import ModulePageFactory, ProviderPageFactory, UserFactory

    provider = ProviderPageFactory(title="Nene Valley Teaching School Alliance")
    titles = {
        "done": "Behaviour in the classroom",
        "taking": "Assessment and feedback",
        "certified": "Coaching colleagues",
        "older": "Safeguarding update",
        "revoked": "Technology for learning",
    }
    modules = {
        key: ModulePageFactory(
            title=title, parent=provider, validity_months=12 if key == "older" else None
        )
        for key, title in titles.items()
    }
    teacher = UserFactory(email="tom@example.org", first_name="Tom", last_name="Teacher")
    module_complete(teacher, modules["done"])
    completion = module_complete(teacher, modules["certified"])
    certificate_issue(
        learner=teacher,
        page=modules["certified"],
        source_key=completion.source_key,
        completed_at=completion.completed_at,
    )
    certificate_issue(
        learner=teacher,
        page=modules["older"],
        source_key="imported:older",
        completed_at=timezone.now() - timezone.timedelta(days=400),
    )
    completion = module_complete(teacher, modules["revoked"])
    wrong = certificate_issue(
        learner=teacher,
        page=modules["revoked"],
        source_key=completion.source_key,
        completed_at=completion.completed_at,
    )
    certificate_revoke(certificate=wrong, reason="Recorded against the wrong account.", by=officer)
    module_start(teacher, modules["taking"])
    pathway = PathwayPageFactory(
        title="Early career to middle leadership",
        stages=[
            stage("Early career", required=[modules["done"], modules["taking"]]),
            stage(
                "CPD",
                electives=[modules["certified"], modules["older"], modules["revoked"]],
                rule="count",
                number=2,
            ),
        ],
    )
    from pathways.services import pathway_join

    pathway_join(learner=teacher, pathway=pathway)
    return teacher, modules, pathway
