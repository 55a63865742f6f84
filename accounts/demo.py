"""Demo log-ins for the roles that do not depend on content: learners, a governor, an officer."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from schools.models import School

from .models import JobRole, User
from .roles import COUNCIL_OFFICERS_GROUP, council_officers_group

DEMO_PASSWORD = "academy-demo-2026"


@dataclass(frozen=True)
class DemoPerson:
    """One demo log-in, and what to try with it (printed at the end of the seed)."""

    email: str
    first_name: str
    last_name: str
    job_role: str
    try_this: str
    school_urn: str | None = None
    groups: tuple[str, ...] = ()
    superuser: bool = False


PEOPLE = [
    DemoPerson(
        email="officer@academy.example",
        first_name="Olivia",
        last_name="Officer",
        job_role=JobRole.OTHER,
        groups=(COUNCIL_OFFICERS_GROUP,),
        try_this="council officer: approves modules, edits pathways, sees county reports",
    ),
    DemoPerson(
        email="teacher@academy.example",
        first_name="Tom",
        last_name="Teacher",
        job_role=JobRole.TEACHER,
        school_urn="990004",
        try_this="teacher: modules in progress and completed, a pathway part-way done, mentors the trainee",
    ),
    DemoPerson(
        email="trainee@academy.example",
        first_name="Tara",
        last_name="Trainee",
        job_role=JobRole.TRAINEE,
        school_urn="990006",
        try_this="trainee teacher (ITT): shares a reflection with their mentor, the teacher",
    ),
    DemoPerson(
        email="support@academy.example",
        first_name="Sam",
        last_name="Support",
        job_role=JobRole.TEACHING_ASSISTANT,
        school_urn="990012",
        try_this="support staff: teaching assistant",
    ),
    DemoPerson(
        email="earlyyears@academy.example",
        first_name="Ella",
        last_name="Early",
        job_role=JobRole.EARLY_YEARS,
        try_this="early years practitioner: has joined the early years pathway",
    ),
    DemoPerson(
        email="governor@academy.example",
        first_name="Grace",
        last_name="Governor",
        job_role=JobRole.GOVERNOR,
        try_this="governor: induction and mandatory training",
    ),
    DemoPerson(
        email="admin@academy.example",
        first_name="Ada",
        last_name="Administrator",
        job_role=JobRole.OTHER,
        superuser=True,
        try_this="superuser: manages users",
    ),
]


def demo_user(
    email: str,
    *,
    first_name: str,
    last_name: str,
    job_role: str = "",
    school=None,
    superuser: bool = False,
) -> User:
    """Create or refresh one demo account with a verified e-mail and the demo password."""
    user, created = User.objects.get_or_create(email=email)
    user.first_name, user.last_name, user.job_role, user.school = (
        first_name,
        last_name,
        job_role,
        school,
    )
    if superuser:
        user.is_staff = user.is_superuser = True
    if created or not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def seed(log) -> dict:
    council_officers_group()
    logins = []
    for person in PEOPLE:
        school = School.objects.filter(urn=person.school_urn).first() if person.school_urn else None
        user = demo_user(
            person.email,
            first_name=person.first_name,
            last_name=person.last_name,
            job_role=person.job_role,
            school=school,
            superuser=person.superuser,
        )
        for name in person.groups:
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        logins.append((person.email, person.try_this))
    return {"logins": logins}
