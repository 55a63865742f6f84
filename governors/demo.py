"""Demo boards, governors in every training status, a skills audit with a finance gap, volunteers.

Dates count back from the day the seed runs, so the statuses hold on that day.
"""

from datetime import datetime, time
from random import Random

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from accounts.demo import demo_user
from accounts.models import JobRole
from courses.frameworks import GOVERNANCE_2017, frameworks_load
from courses.models import FrameworkElement, ModulePage
from credentials.services import certificate_issue
from schools.models import School

from .models import Board, BusinessVolunteer, Governorship, Role, SkillsRating, TrainingRequirement

ABINGTON = "Abington Vale Primary School governing body"
KETTERING = "Kettering Park Academy local governing body"
RUSHDEN = "Rushden Riverside Academy Trust board"

BOARDS = [
    (ABINGTON, Board.Kind.MAINTAINED, ["990004"]),
    (KETTERING, Board.Kind.LOCAL, ["990006"]),
    (RUSHDEN, Board.Kind.TRUST, ["990010", "990014", "990018"]),
]

# module slug, roles (empty: all), due within days of appointment, renew every months
REQUIREMENTS = [
    ("gov-induction", [], 183, None),
    ("gov-safeguarding", [], 183, 24),
    ("gov-chairing-the-board", [Role.CHAIR], 365, None),
    ("gov-effective-clerking", [Role.CLERK], 183, None),
]

# e-mail, first, last, board, role, appointed (months ago), term ends (months ahead),
# {module slug: completed (months ago)}: the statuses on the day of seeding are in the comment.
PEOPLE = [
    # Abington Vale: every status.
    (
        "chair@academy.example",
        "Charlotte",
        "Chapman",
        ABINGTON,
        Role.CHAIR,
        40,
        8,
        {"gov-induction": 38, "gov-safeguarding": 23, "gov-chairing-the-board": 30},
    ),  # met, due soon, met
    (
        "clerk@academy.example",
        "Colin",
        "Clarke",
        ABINGTON,
        Role.CLERK,
        30,
        18,
        {"gov-induction": 28, "gov-safeguarding": 10, "gov-effective-clerking": 26},
    ),  # all met
    (
        "governor@academy.example",
        "Grace",
        "Governor",
        ABINGTON,
        Role.PARENT,
        6,
        42,
        {},
    ),  # her modules come from learning.demo: induction met, safeguarding due soon
    (
        "helen.brooks@academy.example",
        "Helen",
        "Brooks",
        ABINGTON,
        Role.VICE_CHAIR,
        50,
        2,
        {"gov-induction": 48, "gov-safeguarding": 12},
    ),  # met; term ends within 90 days
    (
        "priya.patel@academy.example",
        "Priya",
        "Patel",
        ABINGTON,
        Role.STAFF,
        27,
        21,
        {"gov-induction": 25, "gov-safeguarding": 26},
    ),  # met, expired
    (
        "daniel.okafor@academy.example",
        "Daniel",
        "Okafor",
        ABINGTON,
        Role.LOCAL_AUTHORITY,
        9,
        39,
        {},
    ),  # overdue, overdue
    (
        "marcus.reid@academy.example",
        "Marcus",
        "Reid",
        ABINGTON,
        Role.CO_OPTED,
        1,
        47,
        {},
    ),  # not yet due
    # Kettering Park: the clerk serves two boards.
    (
        "kwame.mensah@academy.example",
        "Kwame",
        "Mensah",
        KETTERING,
        Role.CHAIR,
        20,
        28,
        {"gov-induction": 19, "gov-safeguarding": 19, "gov-chairing-the-board": 14},
    ),
    ("clerk@academy.example", "Colin", "Clarke", KETTERING, Role.CLERK, 14, 34, {}),
    (
        "sophie.turner@academy.example",
        "Sophie",
        "Turner",
        KETTERING,
        Role.PARENT,
        8,
        40,
        {"gov-induction": 6},
    ),  # met, overdue
    (
        "li.wei@academy.example",
        "Li",
        "Wei",
        KETTERING,
        Role.STAFF,
        3,
        45,
        {"gov-induction": 2, "gov-safeguarding": 2},
    ),
    # Rushden Riverside trust board.
    (
        "fiona.gallagher@academy.example",
        "Fiona",
        "Gallagher",
        RUSHDEN,
        Role.CHAIR,
        36,
        12,
        {"gov-induction": 35, "gov-safeguarding": 25},
    ),  # met, expired; chairing overdue
    (
        "robert.hughes@academy.example",
        "Robert",
        "Hughes",
        RUSHDEN,
        Role.TRUSTEE,
        15,
        33,
        {"gov-induction": 14, "gov-safeguarding": 22},
    ),  # met, due soon
    (
        "amara.nwosu@academy.example",
        "Amara",
        "Nwosu",
        RUSHDEN,
        Role.TRUSTEE,
        6,
        42,
        {"gov-induction": 5, "gov-safeguarding": 5},
    ),
]

# Skills self-ratings on Abington Vale: nobody is confident in finance (GCF-8, GCF-9).
GAPS = {(ABINGTON, "GCF-8"), (ABINGTON, "GCF-9"), (KETTERING, "GCF-5")}

VOLUNTEERS = [
    (
        "sarah.whitfield@example.com",
        "Sarah Whitfield",
        "Nene Valley Building Society",
        "Financial services",
        ["GCF-8", "GCF-9", "GCF-5"],
        "governor",
        "monthly",
        "Chartered accountant and finance director; audit committee experience.",
    ),
    (
        "anita.desai@example.com",
        "Anita Desai",
        "Wellingborough Precision Engineering",
        "Manufacturing",
        ["GCF-9", "GCF-5", "GCF-3"],
        "both",
        "termly",
        "Operations director who runs a £4m budget.",
    ),
    (
        "james.okoro@example.com",
        "James Okoro",
        "Corby Logistics Park",
        "Logistics",
        ["GCF-10", "GCF-12", "GCF-4"],
        "both",
        "monthly",
        "HR director.",
    ),
    (
        "tom.harding@example.com",
        "Tom Harding",
        "Harding & Lowe Solicitors",
        "Law",
        ["GCF-14", "GCF-11"],
        "mentor",
        "termly",
        "Employment and education law.",
    ),
]


def _months_ago(today, months):
    return today - relativedelta(months=months)


def _rating(email: str, code: str, board: str) -> int:
    """A varied but repeatable rating (the same every run), with the boards' deliberate gaps."""
    choices = [1, 2] if (board, code) in GAPS else [2, 2, 3, 3, 3, 4]
    return Random(f"{email}:{code}").choice(choices)


def seed(log) -> dict:
    today = timezone.localdate()
    if not FrameworkElement.objects.filter(framework__slug=GOVERNANCE_2017).exists():
        frameworks_load()
    boards = {}
    for name, kind, urns in BOARDS:
        board, _ = Board.objects.update_or_create(name=name, defaults={"kind": kind})
        board.schools.set(School.objects.filter(urn__in=urns))
        boards[name] = board

    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in=[r[0] for r in REQUIREMENTS])}
    for slug, roles, days, months in REQUIREMENTS:
        if slug not in modules:
            log(f"  governors: module {slug} is missing, so its requirement is skipped")
            continue
        TrainingRequirement.objects.update_or_create(
            module=modules[slug],
            defaults={
                "roles": list(roles),
                "due_within_days": days,
                "renew_every_months": months,
                "active": True,
            },
        )

    users = {}
    for email, first, last, board_name, role, appointed, term, done in PEOPLE:
        job_role = JobRole.CLERK if role == Role.CLERK else JobRole.GOVERNOR
        user = users.get(email) or demo_user(
            email, first_name=first, last_name=last, job_role=job_role
        )
        users[email] = user
        Governorship.objects.update_or_create(
            governor=user,
            board=boards[board_name],
            ended_on=None,
            defaults={
                "role": role,
                "appointed_on": _months_ago(today, appointed),
                "term_ends_on": today + relativedelta(months=term),
            },
        )
        for slug, months_ago in done.items():
            if slug in modules:
                completed = _months_ago(today, months_ago)
                certificate_issue(
                    learner=user,
                    page=modules[slug],
                    source_key=f"demo:governors:{email}:{slug}",
                    completed_at=timezone.make_aware(datetime.combine(completed, time(10))),
                )

    competencies = list(
        FrameworkElement.objects.filter(framework__slug=GOVERNANCE_2017, parent__isnull=False)
    )
    by_code = {element.code: element for element in competencies}
    for email, _first, _last, board_name, role, *_rest in PEOPLE:
        if role == Role.CLERK or board_name == RUSHDEN:
            continue  # clerks are not rated; Rushden has not done its audit yet
        for element in competencies:
            level = _rating(email, element.code, board_name)
            SkillsRating.objects.update_or_create(
                governor=users[email], element=element, defaults={"level": level}
            )

    for email, name, company, sector, codes, interest, availability, about in VOLUNTEERS:
        volunteer, _ = BusinessVolunteer.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "company": company,
                "sector": sector,
                "interest": interest,
                "availability": availability,
                "about": about,
                "consent": True,
            },
        )
        volunteer.skills.set([by_code[code] for code in codes if code in by_code])

    log(
        f"  governors: {len(boards)} boards, {Governorship.objects.current().count()} governorships, "
        f"{TrainingRequirement.objects.count()} training requirements, "
        f"{BusinessVolunteer.objects.count()} business volunteers"
    )
    return {
        "logins": [
            ("chair@academy.example", "chair of governors: board training matrix, skills gaps"),
            ("clerk@academy.example", "clerk to two boards: invite governors, record terms"),
        ]
    }
