"""Keeping and growing staff: of the people who trained here, how many still work in the
county's schools one, two and three years on, and how many moved into leadership."""

from datetime import date

from dateutil.relativedelta import relativedelta
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


def _role_on(jobs, day: date) -> str | None:
    """The job role of an employment current on `day` (a leadership one first), else None."""
    current = [
        job for job in jobs if job.started_on <= day and (job.left_on is None or job.left_on >= day)
    ]
    current.sort(key=lambda job: job.job_role not in LEADERSHIP)
    return current[0].job_role if current else None


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
    jobs: dict[int, list[Employment]] = {}
    for job in Employment.objects.filter(person_id__in=list(first)).only(
        "person_id", "job_role", "started_on", "left_on"
    ):
        jobs.setdefault(job.person_id, []).append(job)
    rows = []
    for years in YEARS:
        cohort = kept = promoted = 0
        for person, trained_on in first.items():
            anniversary = trained_on + relativedelta(years=years)
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
