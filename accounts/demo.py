"""Demo log-ins for the roles that do not depend on content: learners, a governor, an officer."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from schools.models import School

from .models import JobRole, User
from .roles import COUNCIL_OFFICERS_GROUP, council_officers_group

DEMO_PASSWORD = "academy-demo-2026"

PEOPLE = [
    # email, first, last, job role, school URN, groups, what to try
    (
        "officer@academy.example",
        "Olivia",
        "Officer",
        JobRole.OTHER,
        None,
        [COUNCIL_OFFICERS_GROUP],
        "council officer: approves modules, edits pathways, sees county reports",
    ),
    (
        "teacher@academy.example",
        "Tom",
        "Teacher",
        JobRole.TEACHER,
        "990004",
        [],
        "teacher: modules in progress and completed, a pathway part-way done, mentors the trainee",
    ),
    (
        "trainee@academy.example",
        "Tara",
        "Trainee",
        JobRole.TRAINEE,
        "990006",
        [],
        "trainee teacher (ITT): shares a reflection with their mentor, the teacher",
    ),
    (
        "support@academy.example",
        "Sam",
        "Support",
        JobRole.TEACHING_ASSISTANT,
        "990012",
        [],
        "support staff: teaching assistant",
    ),
    (
        "governor@academy.example",
        "Grace",
        "Governor",
        JobRole.GOVERNOR,
        None,
        [],
        "governor: induction and mandatory training",
    ),
    (
        "admin@academy.example",
        "Ada",
        "Administrator",
        JobRole.OTHER,
        None,
        [],
        "superuser: manages users",
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
    for email, first, last, role, urn, groups, what in PEOPLE:
        school = School.objects.filter(urn=urn).first() if urn else None
        user = demo_user(
            email,
            first_name=first,
            last_name=last,
            job_role=role,
            school=school,
            superuser=email.startswith("admin@"),
        )
        for name in groups:
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        logins.append((email, what))
    return {"logins": logins}
