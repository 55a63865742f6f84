"""The University's research export: one row per enrolment of people who consented to research
use, under a pseudonym stable within a study and different between studies; no names, e-mail
addresses or school names (a school's phase only)."""

from django.utils import timezone
from django.utils.crypto import salted_hmac

from accounts.consent import people_consenting
from accounts.models import ConsentPurpose, JobRole
from evaluation.models import Answer, Measure, Study
from schools.models import School

from .figures import enrolments_active
from .scope import Scope

HEADER = [
    "pseudonym",
    "job_role",
    "school_phase",
    "provider",
    "module",
    "module_kind",
    "enrolled_month",
    "completed_month",
    "status",
    *(f"{measure}_{timing}" for measure in Measure.values for timing in ("before", "after")),
]


def pseudonym(*, study: Study, person_id: int) -> str:
    """The same for a person in every export of one study; unlinkable across studies without
    the site's secret key."""
    return salted_hmac(f"academy.research.{study.salt}", str(person_id)).hexdigest()[:20]


def _month(value) -> str:
    return f"{timezone.localtime(value):%Y-%m}" if value else ""


def research_rows(*, study: Study, scope: Scope) -> tuple[list[list[str]], set[int]]:
    """The export's rows and the ids of the people in it (for the audit log)."""
    enrolments = (
        enrolments_active(scope)
        .filter(learner__in=people_consenting(ConsentPurpose.RESEARCH))
        .values_list(
            "learner_id",
            "learner__job_role",
            "learner__school__phase",
            "module_id",
            "enrolled_at",
            "completed_at",
            "status",
        )
        .order_by("learner_id", "module_id")
    )
    roles, phases = dict(JobRole.choices), dict(School.Phase.choices)
    rows, people = [], set()
    enrolments = list(enrolments)
    ratings: dict[tuple, int] = {}
    for person, measure, timing, page, value in Answer.objects.filter(
        response__person_id__in={row[0] for row in enrolments}
    ).values_list(
        "response__person_id",
        "question__measure",
        "response__questionnaire__timing",
        "response__page_id",
        "value",
    ):
        ratings[(person, page, measure, timing)] = value
    for person, role, phase, module_id, enrolled, completed, status in enrolments:
        module = scope.modules[module_id]
        people.add(person)
        rows.append(
            [
                pseudonym(study=study, person_id=person),
                roles.get(role, ""),
                phases.get(phase, ""),
                scope.providers[module.provider_id].title,
                module.title,
                module.kind,
                _month(enrolled),
                _month(completed),
                status,
                *(
                    ratings.get((person, module_id, measure, timing), "")
                    for measure in Measure.values
                    for timing in ("before", "after")
                ),
            ]
        )
    return rows, people
