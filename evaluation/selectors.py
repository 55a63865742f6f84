"""Reads: the questionnaires a learner may answer now, and the answers the matrix summarises."""

from dataclasses import dataclass

from django.db.models import Avg, Count, Q
from wagtail.models import Page

from learning.models import Enrolment
from pathways.models import PathwayEnrolment

from .models import GROUP_ROLES, Answer, Indicator, Questionnaire, Response


@dataclass
class Offer:
    questionnaire: Questionnaire
    page: Page


def questionnaires_offered(*, learner) -> list[Offer]:
    """Before-questionnaires for what the learner has started and not finished, after-ones for
    what they have completed; leaving out those already answered. One query when none is
    active (My learning asks on every visit)."""
    questionnaires = list(Questionnaire.objects.filter(active=True).prefetch_related("pages"))
    if not questionnaires:
        return []
    enrolments = Enrolment.objects.filter(learner=learner).exclude(
        status=Enrolment.Status.WITHDRAWN
    )
    pathways = PathwayEnrolment.objects.filter(learner=learner, left_at__isnull=True)
    started = set(enrolments.filter(completed_at__isnull=True).values_list("module_id", flat=True))
    started |= set(pathways.filter(completed_at__isnull=True).values_list("pathway_id", flat=True))
    done = set(enrolments.filter(completed_at__isnull=False).values_list("module_id", flat=True))
    done |= set(pathways.filter(completed_at__isnull=False).values_list("pathway_id", flat=True))
    answered = set(
        Response.objects.filter(person=learner).values_list("questionnaire_id", "page_id")
    )
    offers = []
    for questionnaire in questionnaires:
        wanted = started if questionnaire.timing == Questionnaire.Timing.BEFORE else done
        for page in questionnaire.pages.all():
            if page.pk in wanted and (questionnaire.pk, page.pk) not in answered:
                offers.append(Offer(questionnaire, page.specific_deferred))
    return offers


def questionnaire_offered(*, learner, questionnaire_id: int, page_id: int) -> Offer | None:
    return next(
        (
            offer
            for offer in questionnaires_offered(learner=learner)
            if offer.questionnaire.pk == questionnaire_id and offer.page.pk == page_id
        ),
        None,
    )


def indicators() -> list[Indicator]:
    return list(Indicator.objects.all())


@dataclass(frozen=True)
class Mean:
    value: float | None
    people: int


def answers_mean(*, measure: str, group: str, timing: str, start=None, end=None) -> Mean:
    """The mean rating about `measure` given by people of `group` in questionnaires of `timing`
    (answered between start and end when given), and how many people gave them."""
    answers = Answer.objects.filter(
        question__measure=measure, response__questionnaire__timing=timing
    )
    roles = GROUP_ROLES[group]
    if roles:
        answers = answers.filter(response__person__job_role__in=roles)
    if start is not None:
        answers = answers.filter(response__answered_at__gte=start)
    if end is not None:
        answers = answers.filter(response__answered_at__lt=end)
    result = answers.aggregate(
        mean=Avg("value"), people=Count("response__person", distinct=True, filter=Q())
    )
    return Mean(result["mean"], result["people"])
