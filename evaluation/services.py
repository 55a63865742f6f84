"""Recording a learner's answers: optional, with consent, once per questionnaire and page."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Answer, Questionnaire, Response


@transaction.atomic
def response_record(
    *, person, questionnaire: Questionnaire, page, answers: dict[int, int], consent: bool
) -> Response:
    """Store the answers (question id -> 1 to 5). Without consent nothing is stored."""
    if not consent:
        raise ValidationError("Tick the box to say we may use your answers, or leave this page.")
    if not questionnaire.pages.filter(pk=page.pk).exists():
        raise ValidationError("This questionnaire is not offered on that page.")
    questions = {question.pk for question in questionnaire.questions.all()}
    if set(answers) != questions or any(not 1 <= value <= 5 for value in answers.values()):
        raise ValidationError("Answer every question with a number from 1 to 5.")
    now = timezone.now()
    try:
        with transaction.atomic():
            response = Response.objects.create(
                person=person,
                questionnaire=questionnaire,
                page=page,
                consented_at=now,
                answered_at=now,
            )
    except IntegrityError:
        raise ValidationError("You have already answered this questionnaire.") from None
    Answer.objects.bulk_create(
        Answer(response=response, question_id=pk, value=value) for pk, value in answers.items()
    )
    return response
