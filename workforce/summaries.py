"""The CPD lead's weekly e-mail of overdue training, sent once a week per role: a
`SummarySent` row and the e-mail in the outbox commit together."""

from datetime import date

from django.db import IntegrityError, transaction
from django.urls import reverse

from academy_site.emails import email_send
from academy_site.links import site_url

from .models import SchoolRole, SchoolRoleKind, SummarySent
from .selectors import overdue_by_school


def _claim(*, role: SchoolRole, week: str) -> bool:
    try:
        with transaction.atomic():
            SummarySent.objects.create(role=role, week=week)
    except IntegrityError:
        return False
    return True


def overdue_summaries_send(*, today: date) -> int:
    """E-mail each CPD lead their school's overdue assignments, if it has any, once in each
    ISO week. Returns how many e-mails went out."""
    year, week, _ = today.isocalendar()
    cycle = f"{year}-W{week:02d}"
    overdue = overdue_by_school(today=today)
    leads = (
        SchoolRole.objects.current()
        .filter(
            kind=SchoolRoleKind.CPD_LEAD,
            school_id__in=[pk for pk, items in overdue.items() if items],
        )
        .select_related("person", "school")
    )
    sent = 0
    for role in leads:
        with transaction.atomic():
            if not _claim(role=role, week=cycle):
                continue
            email_send(
                to=role.person.email,
                template="workforce/emails/overdue_summary",
                context={
                    "role": role,
                    "overdue": sorted(
                        overdue[role.school_id],
                        key=lambda s: (s.assignment.due_on, s.assignment.person.last_name),
                    ),
                    "school_url": site_url(reverse("workforce:school", args=[role.school_id])),
                    "today": today,
                },
            )
        sent += 1
    return sent
