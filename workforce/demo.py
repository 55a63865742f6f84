"""Demo staff at two schools: a headteacher, a CPD lead and an induction tutor each, staff with
mixed progress, an overdue assignment and one teacher who moved from one school to the other.

Dates count back from the day the seed runs. Running it again changes nothing.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from accounts.demo import demo_user
from accounts.models import JobRole, User
from courses.models import ModulePage
from learning import services as learning_services
from learning.demo import _work_through as lessons_work_through
from pathways import services as pathway_services
from pathways.models import PathwayPage
from schools.models import School

from .models import Assignment, Employment, SchoolRole, SchoolRoleKind

ABINGTON = "990004"  # Abington Vale Primary School
KETTERING = "990006"  # Kettering Park Academy
SAFEGUARDING = "cpd-safeguarding-annual-update"
WAITING_TEACHER = "teacher@academy.example"  # an existing account a school has added


@dataclass(frozen=True)
class Progress:
    """A module someone has started: `lessons` done ("all" completes it), `months_ago` when."""

    module: str
    lessons: int | str = "all"
    months_ago: int = 0


@dataclass(frozen=True)
class DemoJob:
    school_urn: str
    job_role: str
    started_months_ago: int
    left_months_ago: int | None = None


@dataclass(frozen=True)
class DemoStaff:
    email: str
    first_name: str
    last_name: str
    jobs: tuple[DemoJob, ...]
    roles: tuple[tuple[str, str], ...] = ()  # (school URN, school role)
    progress: tuple[Progress, ...] = ()
    pathways: tuple[str, ...] = ()
    try_this: str = ""


@dataclass(frozen=True)
class DemoAssignment:
    school_urn: str
    module: str
    emails: tuple[str, ...]
    due_in_days: int  # negative: the due date has passed
    assigned_by: str


def _job(urn, role, started, left=None):
    return (DemoJob(urn, role, started, left),)


T, ECT, TA = JobRole.TEACHER, JobRole.EARLY_CAREER, JobRole.TEACHING_ASSISTANT
SAFE_DONE = Progress(SAFEGUARDING, "all", 3)

STAFF = [
    # Abington Vale Primary School
    DemoStaff(
        "head.abington@academy.example",
        "Helen",
        "Hart",
        _job(ABINGTON, JobRole.HEADTEACHER, 96),
        roles=((ABINGTON, SchoolRoleKind.HEADTEACHER),),
        progress=(Progress("lead-curriculum-leadership", "all", 30), SAFE_DONE),
        try_this="headteacher at Abington Vale: staff list, gives school roles",
    ),
    DemoStaff(
        "cpd.abington@academy.example",
        "Priya",
        "Patel",
        _job(ABINGTON, JobRole.SENIOR_LEADER, 60),
        roles=((ABINGTON, SchoolRoleKind.CPD_LEAD),),
        progress=(Progress("cpd-coaching-and-mentoring", "all", 8), SAFE_DONE),
        try_this="CPD lead at Abington Vale: import staff, assign training, the overdue item",
    ),
    DemoStaff(
        "tutor.abington@academy.example",
        "Ian",
        "Iqbal",
        _job(ABINGTON, JobRole.MIDDLE_LEADER, 48),
        roles=((ABINGTON, SchoolRoleKind.INDUCTION_TUTOR),),
        progress=(Progress("ect-instructional-coaching", "all", 12), Progress(SAFEGUARDING, 1)),
        try_this="induction tutor at Abington Vale: sees the staff list",
    ),
    DemoStaff(
        "teacher@academy.example",
        "Tom",
        "Teacher",
        _job(ABINGTON, T, 30),
    ),
    DemoStaff(
        "amara.okafor@academy.example",
        "Amara",
        "Okafor",
        _job(ABINGTON, ECT, 10),
        progress=(
            Progress("ect-assessment-and-feedback", 1),
            Progress("itt-adaptive-teaching", "all", 14),
        ),
        pathways=("trainee-to-early-career-teacher",),
    ),
    DemoStaff(
        "ben.carter@academy.example",
        "Ben",
        "Carter",
        _job(ABINGTON, T, 70),
        progress=(Progress(SAFEGUARDING, "all", 14), Progress("cpd-stem-teaching", 2)),
    ),
    DemoStaff(
        "chloe.davies@academy.example",
        "Chloe",
        "Davies",
        _job(ABINGTON, TA, 40),
        progress=(Progress("ss-effective-teaching-assistants", "all", 6), SAFE_DONE),
        pathways=("teaching-assistant-to-hlta",),
    ),
    DemoStaff(
        "daniel.evans@academy.example",
        "Daniel",
        "Evans",
        _job(ABINGTON, T, 22),
        progress=(Progress(SAFEGUARDING, "all", 11), Progress("cpd-autism-in-mainstream", 1)),
    ),
    DemoStaff(
        "ella.fisher@academy.example",
        "Ella",
        "Fisher",
        _job(ABINGTON, JobRole.SUPPORT_STAFF, 15),
    ),
    DemoStaff(
        "farah.gill@academy.example",
        "Farah",
        "Gill",
        _job(ABINGTON, JobRole.MIDDLE_LEADER, 55),
        progress=(
            Progress("lead-middle-leadership", 2),
            Progress("lead-curriculum-leadership", "all", 9),
        ),
        pathways=("early-career-to-middle-leadership",),
    ),
    DemoStaff(
        "george.hughes@academy.example",
        "George",
        "Hughes",
        _job(ABINGTON, T, 6),
        progress=(Progress("cpd-mindfulness-staff-wellbeing", "all", 2),),
    ),
    # The mover: Kettering Park until two months ago, Abington Vale since.
    DemoStaff(
        "mover@academy.example",
        "Maya",
        "Moreno",
        (DemoJob(KETTERING, T, 40, 2), DemoJob(ABINGTON, T, 2)),
        progress=(Progress("cpd-inclusive-practice-vulnerable-children", "all", 10), SAFE_DONE),
        try_this="moved from Kettering Park to Abington Vale: Kettering no longer sees her",
    ),
    # Kettering Park Academy
    DemoStaff(
        "head.kettering@academy.example",
        "Kwame",
        "Mensah",
        _job(KETTERING, JobRole.HEADTEACHER, 84),
        roles=((KETTERING, SchoolRoleKind.HEADTEACHER),),
        progress=(Progress("lead-leading-complex-organisations", "all", 20),),
        try_this="headteacher at Kettering Park",
    ),
    DemoStaff(
        "cpd.kettering@academy.example",
        "Laura",
        "Bennett",
        _job(KETTERING, JobRole.SENIOR_LEADER, 50),
        roles=((KETTERING, SchoolRoleKind.CPD_LEAD),),
        progress=(Progress("cpd-autism-in-mainstream", 2), SAFE_DONE),
        try_this="CPD lead at Kettering Park: the mover is not on the list",
    ),
    DemoStaff(
        "tutor.kettering@academy.example",
        "Mohammed",
        "Rahman",
        _job(KETTERING, JobRole.MIDDLE_LEADER, 36),
        roles=((KETTERING, SchoolRoleKind.INDUCTION_TUTOR),),
        progress=(Progress("ect-instructional-coaching", "all", 5),),
        try_this="induction tutor at Kettering Park",
    ),
    DemoStaff("trainee@academy.example", "Tara", "Trainee", _job(KETTERING, JobRole.TRAINEE, 4)),
    DemoStaff(
        "nadia.price@academy.example",
        "Nadia",
        "Price",
        _job(KETTERING, T, 28),
        progress=(
            Progress("itt-secondary-science-subject-knowledge", "all", 26),
            Progress(SAFEGUARDING, "all", 12),
        ),
    ),
    DemoStaff(
        "oliver.quinn@academy.example",
        "Oliver",
        "Quinn",
        _job(KETTERING, ECT, 14),
        progress=(Progress("ect-behaviour-restorative-approaches", 2),),
        pathways=("trainee-to-early-career-teacher",),
    ),
    DemoStaff(
        "poppy.reid@academy.example",
        "Poppy",
        "Reid",
        _job(KETTERING, TA, 20),
        progress=(Progress("ss-supporting-pupils-with-send", 1),),
    ),
    DemoStaff(
        "ravi.shah@academy.example",
        "Ravi",
        "Shah",
        _job(KETTERING, T, 64),
        progress=(Progress("cpd-technology-for-learning", "all", 7), SAFE_DONE),
    ),
    DemoStaff(
        "sophie.turner@academy.example",
        "Sophie",
        "Turner",
        _job(KETTERING, JobRole.SUPPORT_STAFF, 9),
    ),
    DemoStaff(
        "tariq.usman@academy.example",
        "Tariq",
        "Usman",
        _job(KETTERING, T, 33),
        progress=(Progress("cpd-stem-teaching", "all", 4),),
    ),
]

ASSIGNMENTS = [
    # Safeguarding for every teacher and assistant at Abington Vale, due in a month.
    DemoAssignment(
        ABINGTON,
        SAFEGUARDING,
        (
            "teacher@academy.example",
            "amara.okafor@academy.example",
            "ben.carter@academy.example",
            "chloe.davies@academy.example",
            "daniel.evans@academy.example",
            "george.hughes@academy.example",
            "mover@academy.example",
        ),
        due_in_days=30,
        assigned_by="cpd.abington@academy.example",
    ),
    # The one overdue assignment: an early-career teacher's module, due ten days ago.
    DemoAssignment(
        ABINGTON,
        "ect-assessment-and-feedback",
        ("amara.okafor@academy.example",),
        due_in_days=-10,
        assigned_by="tutor.abington@academy.example",
    ),
    DemoAssignment(
        KETTERING,
        SAFEGUARDING,
        (
            "oliver.quinn@academy.example",
            "poppy.reid@academy.example",
            "sophie.turner@academy.example",
        ),
        due_in_days=45,
        assigned_by="cpd.kettering@academy.example",
    ),
]


@dataclass
class _Counts:
    staff: int = 0
    employments: int = 0
    roles: int = 0
    assignments: int = 0
    skipped: list[str] = field(default_factory=list)


def _module(slug: str) -> ModulePage | None:
    return ModulePage.objects.live().filter(slug=slug).first()


def _progress_make(person: User, progress: Progress, counts: _Counts) -> None:
    module = _module(progress.module)
    if module is None:
        counts.skipped.append(progress.module)
        return
    try:
        enrolment = learning_services.enrolment_create(learner=person, module=module)
    except learning_services.PrerequisitesMissing:
        counts.skipped.append(progress.module)
        return
    if enrolment.completions.exists():
        return
    lessons = list(module.lessons())
    if progress.lessons == "all":
        when = timezone.now() - relativedelta(months=progress.months_ago) - timedelta(days=1)
        lessons_work_through(enrolment, lessons, when)
    elif not enrolment.last_lesson_id:
        lessons_work_through(enrolment, lessons[: min(progress.lessons, len(lessons) - 1)], None)


def seed(log) -> dict:
    today = timezone.localdate()
    schools = {s.urn: s for s in School.objects.filter(urn__in=[ABINGTON, KETTERING])}
    if len(schools) < 2:
        log("  workforce: skipped (the demo schools are not there yet)")
        return {}
    counts = _Counts()
    people = {}
    logins = []
    for staff in STAFF:
        latest = staff.jobs[-1]
        person = demo_user(
            staff.email,
            first_name=staff.first_name,
            last_name=staff.last_name,
            job_role=latest.job_role,
            school=schools[latest.school_urn] if latest.left_months_ago is None else None,
        )
        people[staff.email] = person
        counts.staff += 1
        for job in staff.jobs:
            started_on = today - relativedelta(months=job.started_months_ago)
            left_on = (
                today - relativedelta(months=job.left_months_ago) if job.left_months_ago else None
            )
            # One demo employment per person and school, its dates refreshed on each run.
            Employment.objects.update_or_create(
                person=person,
                school=schools[job.school_urn],
                defaults={
                    "job_role": job.job_role,
                    "started_on": started_on,
                    "left_on": left_on,
                    "confirmed_at": timezone.now(),
                },
            )
            counts.employments += 1
        for urn, kind in staff.roles:
            SchoolRole.objects.get_or_create(
                person=person, school=schools[urn], kind=kind, ended_at=None
            )
            counts.roles += 1
        for progress in staff.progress:
            _progress_make(person, progress, counts)
        for slug in staff.pathways:
            pathway = PathwayPage.objects.live().filter(slug=slug).first()
            if pathway is not None:
                pathway_services.pathway_join(learner=person, pathway=pathway)
        if staff.try_this:
            logins.append((staff.email, staff.try_this))
    for demo in ASSIGNMENTS:
        module = _module(demo.module)
        if module is None:
            counts.skipped.append(demo.module)
            continue
        for email in demo.emails:
            person = people[email]
            Assignment.objects.update_or_create(
                school=schools[demo.school_urn],
                person=person,
                module=module,
                defaults={
                    "due_on": today + timedelta(days=demo.due_in_days),
                    "assigned_by": people[demo.assigned_by],
                },
            )
            try:
                learning_services.enrolment_create(learner=person, module=module)
            except learning_services.PrerequisitesMissing:
                counts.skipped.append(demo.module)
            counts.assignments += 1
    # A school that says the demo teacher works there, waiting for her to confirm on My learning.
    teacher = User.objects.filter(email=WAITING_TEACHER).first()
    if teacher is not None:
        Employment.objects.get_or_create(
            person=teacher,
            school=schools[KETTERING],
            left_on=None,
            defaults={
                "job_role": JobRole.TEACHER,
                "started_on": today,
                "added_by": people["cpd.kettering@academy.example"],
            },
        )
    log(
        f"  workforce: {counts.staff} staff, {counts.employments} employments, "
        f"{counts.roles} school roles, {counts.assignments} assignments"
        + (f" (skipped {', '.join(sorted(set(counts.skipped)))})" if counts.skipped else "")
    )
    return {"logins": logins}
