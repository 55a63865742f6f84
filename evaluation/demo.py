"""Demo questionnaires, indicators and answers (from demo_evaluation.toml): six early-career
teachers rated their confidence before and after, so the matrix shows a change."""

import tomllib
from pathlib import Path

from django.utils import timezone
from wagtail.models import Page

from accounts.demo import demo_user
from accounts.models import JobRole

from .models import Answer, Indicator, Question, Questionnaire, Response

DATA = Path(__file__).with_name("demo_evaluation.toml")


def _questionnaire(spec: dict) -> Questionnaire:
    questionnaire, _ = Questionnaire.objects.update_or_create(
        slug=spec["slug"],
        defaults={
            "title": spec["title"],
            "timing": spec["timing"],
            "introduction": spec.get("introduction", ""),
        },
    )
    questionnaire.pages.set(Page.objects.filter(slug__in=spec["pages"]))
    for order, item in enumerate(spec["questions"]):
        Question.objects.update_or_create(
            questionnaire=questionnaire,
            order=order,
            defaults={
                "text": item["text"],
                "measure": item["measure"],
                "low_label": item["low"],
                "high_label": item["high"],
            },
        )
    return questionnaire


def _answers(person, questionnaire: Questionnaire, page, values: list[int]) -> None:
    now = timezone.now()
    response, _ = Response.objects.get_or_create(
        person=person,
        questionnaire=questionnaire,
        page=page,
        defaults={"consented_at": now, "answered_at": now},
    )
    for question, value in zip(questionnaire.questions.all(), values, strict=True):
        Answer.objects.update_or_create(
            response=response, question=question, defaults={"value": value}
        )


def seed(log) -> dict:
    data = tomllib.loads(DATA.read_text())
    questionnaires = {spec["slug"]: _questionnaire(spec) for spec in data["questionnaire"]}
    for spec in data["indicator"]:
        fields = {k: v for k, v in spec.items() if k != "slug"}
        Indicator.objects.update_or_create(slug=spec["slug"], defaults=fields)
    before, after = questionnaires["ect-confidence-before"], questionnaires["ect-confidence-after"]
    page = before.pages.order_by("pk").first()
    if page is None:
        log("  evaluation: answers skipped (the demo modules are not there yet)")
        return {}
    for number, person in enumerate(data["respondent"], start=1):
        user = demo_user(
            person["email"],
            first_name="Respondent",
            last_name=str(number),
            job_role=JobRole.EARLY_CAREER,
        )
        _answers(user, before, page, person["before"])
        _answers(user, after, page, person["after"])
    log(
        f"  evaluation: {len(questionnaires)} questionnaires, {len(data['indicator'])} "
        f"indicators, {len(data['respondent'])} people's answers before and after"
    )
    return {}
