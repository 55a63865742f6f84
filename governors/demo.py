"""Demo boards, governors in every training status, a skills audit with a finance gap, volunteers.

Dates count back from the day the seed runs, so the statuses hold on that day.
"""

from dataclasses import dataclass, field
from datetime import datetime, time
from random import Random

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from accounts.demo import demo_user
from accounts.models import JobRole
from courses.frameworks import GOVERNANCE_2017, frameworks_load
from courses.models import FrameworkElement, ModulePage
from credentials.services import (
    certificate_issue,
    certificate_pdf_store,
    certificates_unrendered,
)
from schools.models import School

from .models import Board, BusinessVolunteer, Governorship, Role, SkillsRating, TrainingRequirement
from .standings import standings_rebuild


@dataclass(frozen=True)
class DemoBoard:
    name: str
    kind: str
    school_urns: list[str]


@dataclass(frozen=True)
class DemoRequirement:
    """Training a board's governors must do: roles empty means every role."""

    module: str
    due_within_days: int
    roles: tuple[str, ...] = ()
    renew_every_months: int | None = None


@dataclass(frozen=True)
class DemoGovernor:
    """A governorship, counted back from the seed day so its training status holds that day."""

    email: str
    first_name: str
    last_name: str
    board: str
    role: str
    appointed_months_ago: int
    term_ends_in_months: int
    completed_months_ago: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoVolunteer:
    email: str
    name: str
    company: str
    sector: str
    skills: tuple[str, ...]
    interest: str
    availability: str
    about: str


ABINGTON = "Abington Vale Primary School governing body"
KETTERING = "Kettering Park Academy local governing body"
RUSHDEN = "Rushden Riverside Academy Trust board"

BOARDS = [
    DemoBoard(name=ABINGTON, kind=Board.Kind.MAINTAINED, school_urns=["990004"]),
    DemoBoard(name=KETTERING, kind=Board.Kind.LOCAL, school_urns=["990006"]),
    DemoBoard(name=RUSHDEN, kind=Board.Kind.TRUST, school_urns=["990010", "990014", "990018"]),
]

REQUIREMENTS = [
    DemoRequirement(module="gov-induction", due_within_days=183),
    DemoRequirement(module="gov-safeguarding", due_within_days=183, renew_every_months=24),
    DemoRequirement(module="gov-chairing-the-board", roles=(Role.CHAIR,), due_within_days=365),
    DemoRequirement(module="gov-effective-clerking", roles=(Role.CLERK,), due_within_days=183),
]

# The statuses on the day of seeding are in the comments.
PEOPLE = [
    # Abington Vale: every status.
    # met, due soon, met
    DemoGovernor(
        email="chair@academy.example",
        first_name="Charlotte",
        last_name="Chapman",
        board=ABINGTON,
        role=Role.CHAIR,
        appointed_months_ago=40,
        term_ends_in_months=8,
        completed_months_ago={
            "gov-induction": 38,
            "gov-safeguarding": 23,
            "gov-chairing-the-board": 30,
        },
    ),
    # all met
    DemoGovernor(
        email="clerk@academy.example",
        first_name="Colin",
        last_name="Clarke",
        board=ABINGTON,
        role=Role.CLERK,
        appointed_months_ago=30,
        term_ends_in_months=18,
        completed_months_ago={
            "gov-induction": 28,
            "gov-safeguarding": 10,
            "gov-effective-clerking": 26,
        },
    ),
    # her modules come from learning.demo: induction met, safeguarding due soon
    DemoGovernor(
        email="governor@academy.example",
        first_name="Grace",
        last_name="Governor",
        board=ABINGTON,
        role=Role.PARENT,
        appointed_months_ago=6,
        term_ends_in_months=42,
    ),
    # met; term ends within 90 days
    DemoGovernor(
        email="helen.brooks@academy.example",
        first_name="Helen",
        last_name="Brooks",
        board=ABINGTON,
        role=Role.VICE_CHAIR,
        appointed_months_ago=50,
        term_ends_in_months=2,
        completed_months_ago={"gov-induction": 48, "gov-safeguarding": 12},
    ),
    # met, expired
    DemoGovernor(
        email="priya.patel@academy.example",
        first_name="Priya",
        last_name="Patel",
        board=ABINGTON,
        role=Role.STAFF,
        appointed_months_ago=27,
        term_ends_in_months=21,
        completed_months_ago={"gov-induction": 25, "gov-safeguarding": 26},
    ),
    # overdue, overdue
    DemoGovernor(
        email="daniel.okafor@academy.example",
        first_name="Daniel",
        last_name="Okafor",
        board=ABINGTON,
        role=Role.LOCAL_AUTHORITY,
        appointed_months_ago=9,
        term_ends_in_months=39,
    ),
    # not yet due
    DemoGovernor(
        email="marcus.reid@academy.example",
        first_name="Marcus",
        last_name="Reid",
        board=ABINGTON,
        role=Role.CO_OPTED,
        appointed_months_ago=1,
        term_ends_in_months=47,
    ),
    # Kettering Park: the clerk serves two boards.
    DemoGovernor(
        email="kwame.mensah@academy.example",
        first_name="Kwame",
        last_name="Mensah",
        board=KETTERING,
        role=Role.CHAIR,
        appointed_months_ago=20,
        term_ends_in_months=28,
        completed_months_ago={
            "gov-induction": 19,
            "gov-safeguarding": 19,
            "gov-chairing-the-board": 14,
        },
    ),
    DemoGovernor(
        email="clerk@academy.example",
        first_name="Colin",
        last_name="Clarke",
        board=KETTERING,
        role=Role.CLERK,
        appointed_months_ago=14,
        term_ends_in_months=34,
    ),
    # met, overdue
    DemoGovernor(
        email="sophie.turner@academy.example",
        first_name="Sophie",
        last_name="Turner",
        board=KETTERING,
        role=Role.PARENT,
        appointed_months_ago=8,
        term_ends_in_months=40,
        completed_months_ago={"gov-induction": 6},
    ),
    DemoGovernor(
        email="li.wei@academy.example",
        first_name="Li",
        last_name="Wei",
        board=KETTERING,
        role=Role.STAFF,
        appointed_months_ago=3,
        term_ends_in_months=45,
        completed_months_ago={"gov-induction": 2, "gov-safeguarding": 2},
    ),
    # Rushden Riverside trust board.
    # met, expired; chairing overdue
    DemoGovernor(
        email="fiona.gallagher@academy.example",
        first_name="Fiona",
        last_name="Gallagher",
        board=RUSHDEN,
        role=Role.CHAIR,
        appointed_months_ago=36,
        term_ends_in_months=12,
        completed_months_ago={"gov-induction": 35, "gov-safeguarding": 25},
    ),
    # met, due soon
    DemoGovernor(
        email="robert.hughes@academy.example",
        first_name="Robert",
        last_name="Hughes",
        board=RUSHDEN,
        role=Role.TRUSTEE,
        appointed_months_ago=15,
        term_ends_in_months=33,
        completed_months_ago={"gov-induction": 14, "gov-safeguarding": 22},
    ),
    DemoGovernor(
        email="amara.nwosu@academy.example",
        first_name="Amara",
        last_name="Nwosu",
        board=RUSHDEN,
        role=Role.TRUSTEE,
        appointed_months_ago=6,
        term_ends_in_months=42,
        completed_months_ago={"gov-induction": 5, "gov-safeguarding": 5},
    ),
]

# Skills self-ratings on Abington Vale: nobody is confident in finance (GCF-8, GCF-9).
GAPS = {(ABINGTON, "GCF-8"), (ABINGTON, "GCF-9"), (KETTERING, "GCF-5")}

VOLUNTEERS = [
    DemoVolunteer(
        email="sarah.whitfield@example.com",
        name="Sarah Whitfield",
        company="Nene Valley Building Society",
        sector="Financial services",
        skills=("GCF-8", "GCF-9", "GCF-5"),
        interest="governor",
        availability="monthly",
        about="Chartered accountant and finance director; audit committee experience.",
    ),
    DemoVolunteer(
        email="anita.desai@example.com",
        name="Anita Desai",
        company="Wellingborough Precision Engineering",
        sector="Manufacturing",
        skills=("GCF-9", "GCF-5", "GCF-3"),
        interest="both",
        availability="termly",
        about="Operations director who runs a £4m budget.",
    ),
    DemoVolunteer(
        email="james.okoro@example.com",
        name="James Okoro",
        company="Corby Logistics Park",
        sector="Logistics",
        skills=("GCF-10", "GCF-12", "GCF-4"),
        interest="both",
        availability="monthly",
        about="HR director.",
    ),
    DemoVolunteer(
        email="tom.harding@example.com",
        name="Tom Harding",
        company="Harding & Lowe Solicitors",
        sector="Law",
        skills=("GCF-14", "GCF-11"),
        interest="mentor",
        availability="termly",
        about="Employment and education law.",
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
    for spec in BOARDS:
        board, _ = Board.objects.update_or_create(name=spec.name, defaults={"kind": spec.kind})
        board.schools.set(School.objects.filter(urn__in=spec.school_urns))
        boards[spec.name] = board

    wanted = [requirement.module for requirement in REQUIREMENTS]
    modules = {m.slug: m for m in ModulePage.objects.filter(slug__in=wanted)}
    for requirement in REQUIREMENTS:
        if requirement.module not in modules:
            log(
                f"  governors: module {requirement.module} is missing, so its requirement is skipped"
            )
            continue
        TrainingRequirement.objects.update_or_create(
            module=modules[requirement.module],
            defaults={
                "roles": list(requirement.roles),
                "due_within_days": requirement.due_within_days,
                "renew_every_months": requirement.renew_every_months,
                "active": True,
            },
        )

    users = {}
    for person in PEOPLE:
        email = person.email
        job_role = JobRole.CLERK if person.role == Role.CLERK else JobRole.GOVERNOR
        user = users.get(email) or demo_user(
            email, first_name=person.first_name, last_name=person.last_name, job_role=job_role
        )
        users[email] = user
        Governorship.objects.update_or_create(
            governor=user,
            board=boards[person.board],
            ended_on=None,
            defaults={
                "role": person.role,
                "appointed_on": _months_ago(today, person.appointed_months_ago),
                "term_ends_on": today + relativedelta(months=person.term_ends_in_months),
            },
        )
        for slug, months_ago in person.completed_months_ago.items():
            if slug in modules:
                completed = _months_ago(today, months_ago)
                certificate_issue(
                    learner=user,
                    page=modules[slug],
                    source_key=f"demo:governors:{email}:{slug}",
                    completed_at=timezone.make_aware(datetime.combine(completed, time(10))),
                )

    # Governors' certificates are issued after credentials renders the demo's PDFs, so render
    # these here: otherwise their holders see "being prepared" for ever without a worker.
    for certificate in certificates_unrendered().filter(source_key__startswith="demo:governors:"):
        certificate_pdf_store(certificate=certificate)

    competencies = list(
        FrameworkElement.objects.filter(framework__slug=GOVERNANCE_2017, parent__isnull=False)
    )
    by_code = {element.code: element for element in competencies}
    for person in PEOPLE:
        if person.role == Role.CLERK or person.board == RUSHDEN:
            continue  # clerks are not rated; Rushden has not done its audit yet
        for element in competencies:
            level = _rating(person.email, element.code, person.board)
            SkillsRating.objects.update_or_create(
                governor=users[person.email], element=element, defaults={"level": level}
            )

    for spec in VOLUNTEERS:
        volunteer, _ = BusinessVolunteer.objects.update_or_create(
            email=spec.email,
            defaults={
                "name": spec.name,
                "company": spec.company,
                "sector": spec.sector,
                "interest": spec.interest,
                "availability": spec.availability,
                "about": spec.about,
                "consent": True,
            },
        )
        volunteer.skills.set([by_code[code] for code in spec.skills if code in by_code])

    # The demo writes governorships and requirements as rows: summarise them as the nightly
    # rebuild does, so the council's overview shows them at once.
    standings_rebuild()
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
