"""Keeping and growing staff: of the people who trained here, how many still work in the
county's schools one, two and three years on, and how many moved into leadership."""

from datetime import date

from django.db.models import Min
from django.utils import timezone

from accounts.models import JobRole
from learning.models import ModuleCompletion
from workforce.models import Employment

from .. import figures as F
from ..suppression import NOTE
from .scope import Scope
from .tables import Table, TableRow, cells_make

LEADERSHIP = {JobRole.MIDDLE_LEADER, JobRole.SENIOR_LEADER, JobRole.HEADTEACHER}
YEARS = (1, 2, 3)


def _anniversary(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes the 28th (as relativedelta gives, at a
    fraction of its cost over thousands of people)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _role_on(jobs, day: date) -> str | None:
    """The job role of an employment (role, started on, left on) current on `day` (a
    leadership one first), else None."""
    current = [
        role for role, started, left in jobs if started <= day and (left is None or left >= day)
    ]
    current.sort(key=lambda role: role not in LEADERSHIP)
    return current[0] if current else None


def staff_kept(scope: Scope, *, today: date | None = None) -> Table:
    """For 1, 2 and 3 years after each person's first module completion (from the employment
    records schools keep): still employed at a county school, and newly in a leadership role."""
    today = today or timezone.localdate()
    completions = ModuleCompletion.objects.filter(enrolment__module_id__in=scope.module_ids)
    if scope.school is not None:
        completions = completions.filter(enrolment__learner__school=scope.school)
    first = {
        row["enrolment__learner_id"]: timezone.localtime(row["first"]).date()
        for row in completions.order_by()
        .values("enrolment__learner_id")
        .annotate(first=Min("completed_at"))
    }
    jobs: dict[int, list[tuple]] = {}
    trained = completions.values("enrolment__learner_id")
    for person, *job in Employment.objects.filter(person_id__in=trained).values_list(
        "person_id", "job_role", "started_on", "left_on"
    ):
        if person in first:
            jobs.setdefault(person, []).append(tuple(job))
    rows = []
    for years in YEARS:
        cohort = kept = promoted = 0
        for person, trained_on in first.items():
            anniversary = _anniversary(trained_on, years)
            if anniversary > today:
                continue
            cohort += 1
            role = _role_on(jobs.get(person, []), anniversary)
            kept += role is not None
            promoted += (
                role in LEADERSHIP and _role_on(jobs.get(person, []), trained_on) not in LEADERSHIP
            )
        label = f"{years} year{'s' if years > 1 else ''} after first completing"
        rows.append(
            TableRow(
                years,
                label,
                {"cohort": cohort, "still_in_county": kept, "into_leadership": promoted},
            )
        )
    table = Table(
        "staff",
        "Keeping and growing staff",
        "When",
        [F.COHORT, F.STILL_TEACHING, F.INTO_LEADERSHIP],
        rows,
        None,
        withheld=True,
    )
    if cells_make(rows, None, table.figures, True):
        table.notes.append(NOTE)
    return table
