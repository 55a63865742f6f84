"""A learner's private reflections, and the one mentor they may choose to share each with."""

from collections.abc import Mapping

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from academy_site.emails import email_send
from academy_site.links import site_url
from academy_site.ratelimit import rate_limit_amount, rate_limit_count, rate_limit_reached
from courses.models import LessonPage

from ..models import Enrolment, Reflection
from .errors import LearningError
from .progress import _lesson_check

REFLECTION_MAX_LENGTH = 10_000
UNKNOWN_ADDRESS = "mentor_unknown_address"
UNKNOWN_ADDRESSES_PER_HOUR = rate_limit_amount(UNKNOWN_ADDRESS)


@transaction.atomic
def reflection_save(
    *, enrolment: Enrolment, lesson: LessonPage, prompt_block_id: str, text: str
) -> Reflection:
    """Save the learner's private answer to one reflection prompt (one answer per prompt, editable)."""
    if enrolment.status == Enrolment.Status.WITHDRAWN:
        raise LearningError("Enrol on this module again to write reflections.")
    _lesson_check(enrolment, lesson)
    prompt = next(
        (block for block in lesson.reflection_prompts() if block.id == prompt_block_id), None
    )
    if prompt is None:
        raise LearningError("That reflection prompt is not in this lesson. Reload the page.")
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise LearningError("Write your reflection before you save it.")
    if len(text) > REFLECTION_MAX_LENGTH:
        raise LearningError(
            f"Your reflection must be {REFLECTION_MAX_LENGTH:,} characters or fewer."
        )
    wanted = {"module_id": enrolment.module_id, "prompt": prompt.value["prompt"], "text": text}
    existing = Reflection.objects.filter(
        learner=enrolment.learner, lesson=lesson, prompt_block_id=prompt_block_id
    ).first()
    if existing and all(getattr(existing, field) == value for field, value in wanted.items()):
        return existing
    reflection, _ = Reflection.objects.update_or_create(
        learner=enrolment.learner,
        lesson=lesson,
        prompt_block_id=prompt_block_id,
        defaults=wanted,
    )
    return reflection


@transaction.atomic
def reflections_save(
    *, enrolment: Enrolment, lesson: LessonPage, texts: Mapping[str, str]
) -> list[Reflection]:
    """Save every answer a lesson form carried, so pressing another button never loses typed text.

    Blank answers are skipped (they never delete a saved reflection); saving what is already
    saved changes nothing. Any answer that cannot be saved raises LearningError and saves none.
    """
    return [
        reflection_save(
            enrolment=enrolment, lesson=lesson, prompt_block_id=prompt_block_id, text=text
        )
        for prompt_block_id, text in texts.items()
        if text.strip()
    ]


def _own_reflection_lock(reflection: Reflection, learner) -> Reflection:
    """Lock the reflection row; only its author may decide who else reads it."""
    locked = Reflection.objects.select_for_update().filter(pk=reflection.pk).first()
    if locked is None or locked.learner_id != learner.pk:
        raise PermissionDenied("Only the author of a reflection can share it.")
    return locked


def _mentor_find(*, learner, email: str):
    """The registered Academy user the learner named, or a ValidationError saying what to do.

    Saying "no account uses that address" tells whether an address has an account, so a learner
    may try only a few unknown addresses an hour: enough for typos, too few to trawl a list."""
    email = email.strip()
    if not email:
        raise ValidationError({"mentor_email": "Enter your mentor’s e-mail address."})
    if rate_limit_reached(action=UNKNOWN_ADDRESS, user=learner):
        raise ValidationError(
            {
                "mentor_email": "You have tried too many addresses that have no Academy account. "
                "Wait an hour, then try again, or ask your mentor which address they sign in with."
            }
        )
    mentor = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
    if mentor is not None and mentor.pk == learner.pk:
        raise ValidationError(
            {
                "mentor_email": "That is your own e-mail address. "
                "Enter the e-mail address of the mentor you want to share with."
            }
        )
    if mentor is None:
        rate_limit_count(action=UNKNOWN_ADDRESS, user=learner)
        raise ValidationError(
            {
                "mentor_email": "No Academy account uses that address. "
                "Ask your mentor to sign up first, then share your reflection again."
            }
        )
    return mentor


def _reflection_shared_email_send(*, reflection: Reflection, mentor) -> None:
    """Tell a mentor a learner has shared a reflection with them, with the link to read it."""
    email_send(
        to=mentor.email,
        template="learning/emails/reflection_shared",
        context={
            "mentor": mentor,
            "learner": reflection.learner,
            "reflection": reflection,
            "module": reflection.module,
            "url": site_url(reverse("learning:reflection", args=[reflection.pk])),
            "shared_url": site_url(reverse("learning:reflections_shared")),
        },
    )


@transaction.atomic
def reflection_share(*, reflection: Reflection, learner, mentor_email: str) -> Reflection:
    """Let one mentor read a reflection (replacing any other), and e-mail them once it is saved.

    Bad input raises ValidationError keyed by `mentor_email`, with the message to show, and
    changes nothing. Sharing again with the same mentor changes nothing and sends nothing.
    """
    reflection = _own_reflection_lock(reflection, learner)
    mentor = _mentor_find(learner=learner, email=mentor_email)
    if reflection.shared_with_id == mentor.pk:
        return reflection
    reflection.shared_with = mentor
    reflection.save(update_fields=["shared_with"])
    _reflection_shared_email_send(reflection=reflection, mentor=mentor)
    return reflection


@transaction.atomic
def reflection_unshare(*, reflection: Reflection, learner) -> Reflection:
    """Make a shared reflection private again: the mentor can no longer read it."""
    reflection = _own_reflection_lock(reflection, learner)
    if reflection.shared_with_id is not None:
        reflection.shared_with = None
        reflection.save(update_fields=["shared_with"])
    return reflection
