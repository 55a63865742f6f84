"""Joining and leaving pathways, and asking credentials for the award when one is complete."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from wagtail.models import GroupPagePermission

from accounts.roles import council_officers_group
from credentials.services import award_schedule

from .models import PathwayEnrolment, PathwayIndexPage, PathwayPage
from .selectors import pathway_progress


def _award_if_complete(*, enrolment: PathwayEnrolment, completed_at=None) -> bool:
    """Schedule the award once, the first time the pathway is found complete."""
    progress = pathway_progress(learner=enrolment.learner, pathway=enrolment.pathway)
    if not progress.is_complete:
        return False
    completed_at = completed_at or progress.completed_at or timezone.now()
    # The conditional update is the guard: only one caller stamps it, so one award is asked for.
    stamped = PathwayEnrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=completed_at
    )
    if not stamped:
        return False
    enrolment.completed_at = completed_at
    award_schedule(
        learner_id=enrolment.learner_id,
        page_id=enrolment.pathway_id,
        source_key=enrolment.award_source_key,
        completed_at=completed_at,
    )
    return True


def pathway_join(*, learner, pathway: PathwayPage) -> PathwayEnrolment:
    """Join (or rejoin) a pathway; modules already completed count at once."""
    with transaction.atomic():
        enrolment, created = PathwayEnrolment.objects.select_for_update().get_or_create(
            learner=learner, pathway=pathway, defaults={"joined_at": timezone.now()}
        )
        if not created and enrolment.left_at is not None:
            enrolment.left_at = None
            enrolment.save(update_fields=["left_at"])
        if enrolment.completed_at is None:
            _award_if_complete(enrolment=enrolment)
    return enrolment


def pathway_leave(*, learner, pathway: PathwayPage) -> PathwayEnrolment | None:
    """Stop following a pathway. Nothing is deleted: modules, certificates and the row stay."""
    enrolment = PathwayEnrolment.objects.filter(learner=learner, pathway=pathway).first()
    if enrolment is not None and enrolment.left_at is None:
        enrolment.left_at = timezone.now()
        enrolment.save(update_fields=["left_at"])
    return enrolment


def pathway_awards_check(*, learner, module, completion) -> list[PathwayEnrolment]:
    """Called by learning when a module is completed: award every joined pathway now complete."""
    awarded = []
    enrolments = PathwayEnrolment.objects.filter(
        learner=learner, left_at__isnull=True, completed_at__isnull=True
    ).select_related("pathway", "learner")
    for enrolment in enrolments:
        if module.pk not in enrolment.pathway.module_ids():
            continue
        if _award_if_complete(enrolment=enrolment, completed_at=completion.completed_at):
            awarded.append(enrolment)
    return awarded


PATHWAY_EDITOR_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def pathway_editors_grant(*, index: PathwayIndexPage) -> Group:
    """Let council officers add, edit and publish pathways under the index, and see who follows them."""
    group = council_officers_group()
    for codename in PATHWAY_EDITOR_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return group
