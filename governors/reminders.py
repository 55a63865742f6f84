"""Reminder e-mails, each sent once: a `ReminderSent` row and the e-mail in the outbox commit
together, and the outbox hands each e-mail to the mail server at most once."""

from datetime import date

from django.db import IntegrityError, transaction
from django.urls import reverse

from academy_site.emails import email_send
from academy_site.links import site_url

from .models import Governorship, ReminderSent, Role, VolunteerProposal
from .selectors import board_matrix, board_skills, training_due
from .training import Status


def _claim(**fields) -> bool:
    """Record that a reminder goes out; False if it went out already."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(**fields)
    except IntegrityError:
        return False
    return True


def training_reminders_send(*, today: date) -> int:
    """E-mail each governor whose requirement has become due soon or overdue, once per
    (governorship, requirement, status, deadline). Returns how many e-mails went out."""
    sent = 0
    for governorship, requirement, status in training_due(today=today):
        with transaction.atomic():
            if not _claim(
                kind=ReminderSent.Kind.TRAINING,
                governorship=governorship,
                requirement=requirement,
                status=status.status,
                cycle=status.deadline.isoformat(),
            ):
                continue
            email_send(
                to=governorship.governor.email,
                template="governors/emails/training_reminder",
                context={
                    "governorship": governorship,
                    "requirement": requirement,
                    "status": status,
                    "module_url": site_url(requirement.module.url),
                    "dashboard_url": site_url(reverse("governors:dashboard")),
                },
            )
        sent += 1
    return sent


def chair_summaries_send(*, today: date) -> int:
    """E-mail each chair their board's training position, once a week."""
    year, week, _ = today.isocalendar()
    sent = 0
    chairs = (
        Governorship.objects.current().filter(role=Role.CHAIR).select_related("governor", "board")
    )
    for chair in chairs:
        with transaction.atomic():
            if not _claim(
                kind=ReminderSent.Kind.CHAIR_SUMMARY,
                governorship=chair,
                cycle=f"{year}-W{week:02d}",
            ):
                continue
            email_send(
                to=chair.governor.email,
                template="governors/emails/chair_summary",
                context=_chair_summary(chair=chair, today=today),
            )
        sent += 1
    return sent


LATE = (Status.OVERDUE, Status.EXPIRED)


def _chair_summary(*, chair: Governorship, today: date) -> dict:
    """What a chair can act on this week: who is late (and can be reminded), who is due soon,
    volunteers waiting for their answer, the board's skills gaps."""
    board = chair.board
    matrix = board_matrix(board=board, today=today)

    def items(statuses):
        return [
            {
                "governorship": row.governorship,
                "requirement": cell.requirement,
                "status": cell.status,
                "module_url": site_url(cell.requirement.module.url),
            }
            for row in matrix.rows
            for cell in row.cells
            if cell.status and cell.status.status in statuses
        ]

    late = items(LATE)
    board_url = site_url(reverse("governors:board", args=[board.pk]))
    return {
        "chair": chair,
        "matrix": matrix,
        "late": late,
        "late_governors": len({item["governorship"].pk for item in late}),
        "due_soon": items((Status.DUE_SOON,)),
        "proposals": [
            (proposal, site_url(reverse("governors:proposal", args=[board.pk, proposal.pk])))
            for proposal in board.volunteer_proposals.filter(
                status=VolunteerProposal.Status.PROPOSED
            ).select_related("volunteer")
        ],
        "gaps": board_skills(board=board).gaps,
        "board_url": board_url,
        "skills_url": site_url(reverse("governors:board_skills", args=[board.pk])),
        "request_url": site_url(reverse("governors:training_request", args=[board.pk])),
    }


def late_training(*, matrix) -> dict[int, list]:
    """Each governorship on the board with training overdue or expired: its late cells."""
    late = {}
    for row in matrix.rows:
        cells = [cell for cell in row.cells if cell.status and cell.status.status in LATE]
        if cells:
            late[row.governorship.pk] = cells
    return late


def last_reminded(*, governorships) -> dict[int, ReminderSent]:
    """The latest reminder from the board each of these governorships was sent."""
    latest = {}
    for reminder in ReminderSent.objects.filter(
        kind=ReminderSent.Kind.CHASE, governorship__in=governorships
    ).order_by("sent_at"):
        latest[reminder.governorship_id] = reminder
    return latest


def governor_remind(*, governorship: Governorship, sent_by, today: date) -> ReminderSent | None:
    """E-mail a governor, at a chair's request, the training they are late with; at most once
    a day, however often or however fast the button is pressed. None if it is not late or
    they were reminded today already."""
    matrix = board_matrix(board=governorship.board, today=today)
    cells = late_training(matrix=matrix).get(governorship.pk)
    if not cells:
        return None
    with transaction.atomic():
        try:
            with transaction.atomic():
                reminder = ReminderSent.objects.create(
                    kind=ReminderSent.Kind.CHASE,
                    governorship=governorship,
                    cycle=today.isoformat(),
                    sent_by=sent_by,
                )
        except IntegrityError:
            return None
        email_send(
            to=governorship.governor.email,
            template="governors/emails/board_reminder",
            context={
                "governorship": governorship,
                "sent_by": sent_by,
                "items": [
                    {
                        "requirement": cell.requirement,
                        "status": cell.status,
                        "module_url": site_url(cell.requirement.module.url),
                    }
                    for cell in cells
                ],
                "dashboard_url": site_url(reverse("governors:dashboard")),
            },
        )
    return reminder
