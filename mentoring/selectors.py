"""Who sees what of mentoring, and the reads its pages share: the one place its object rules live.

The pair (mentor, mentee and a setting partnership's named practitioners) sees its notes; the
school's induction tutor and headteacher see meeting dates and induction records, never notes;
the council sees counts and which organisations work with which, never a relationship.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Sum
from django.http import Http404
from django.utils import timezone

from learning.models import LessonProgress, Reflection
from schools.models import School
from workforce.models import Employment, SchoolRole, SchoolRoleKind

from .models import (
    Action,
    Induction,
    InductionRecord,
    Kind,
    Meeting,
    MentorTraining,
    MentorTrainingAllowance,
    Practitioner,
    Relationship,
    SchoolTerm,
    Status,
)

LEADING_KINDS = (SchoolRoleKind.HEADTEACHER, SchoolRoleKind.INDUCTION_TUTOR)
COUNTY_PERMISSION = "mentoring.view_county_mentoring"
ARRANGE_PERMISSION = "mentoring.arrange_matches"
REPORTS_PERMISSION = "reports.view_county_reports"  # the impact dashboards' partnership map


class View(StrEnum):
    PAIR = "pair"  # notes, actions, coaching records
    SCHOOL = "school"  # meeting dates and induction records, never notes


def schools_led_by(user) -> QuerySet:
    """The schools where this user is headteacher or induction tutor today."""
    return SchoolRole.objects.current().filter(person=user, kind__in=LEADING_KINDS)


def _led_school_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(schools_led_by(user).values_list("school_id", flat=True))


def relationships_of(*, user) -> QuerySet[Relationship]:
    """The relationships this user is a side of: mentor, mentee or named practitioner."""
    return (
        Relationship.objects.filter(Q(mentor=user) | Q(mentee=user) | Q(practitioners__person=user))
        .distinct()
        .select_related("mentor", "mentee", "mentor_organisation", "mentee_organisation")
    )


def relationship_view(*, user, relationship: Relationship) -> View | None:
    if not user.is_authenticated:
        return None
    if relationship.mentor_id == user.pk or relationship.mentee_id == user.pk:
        return View.PAIR
    if relationship.practitioners.filter(person=user).exists():
        return View.PAIR
    if relationship.kind in (Kind.ITT, Kind.ECT) and (
        relationship.mentee_organisation_id in _led_school_ids(user)
    ):
        return View.SCHOOL
    return None


def relationship_for(*, user, pk: int) -> tuple[Relationship, View]:
    """The relationship and what this user sees of it; 404 for anyone else, the council too."""
    relationship = (
        Relationship.objects.select_related(
            "mentor", "mentee", "mentor_organisation", "mentee_organisation"
        )
        .filter(pk=pk)
        .first()
    )
    view = relationship and relationship_view(user=user, relationship=relationship)
    if not view:
        raise Http404
    return relationship, view


def school_relationships(*, user, school_id: int) -> QuerySet[Relationship]:
    """A school's ITT and ECT pairs, for its headteacher and induction tutor; else 404."""
    if school_id not in _led_school_ids(user):
        raise Http404
    return Relationship.objects.filter(
        mentee_organisation_id=school_id, kind__in=(Kind.ITT, Kind.ECT)
    ).select_related("mentor", "mentee")


# Induction -----------------------------------------------------------------------------


def induction_for(*, user, pk: int) -> tuple[Induction, bool]:
    """The induction and whether this user may write its reviews and assessments: the ECT
    reads their own; the headteacher and induction tutor of their current school read and
    write; everyone else (their mentor and the council too) gets a 404."""
    induction = (
        Induction.objects.select_related("ect", "school", "appropriate_body", "rules")
        .filter(pk=pk)
        .first()
    )
    if induction is None or not user.is_authenticated:
        raise Http404
    if induction.ect_id == user.pk:
        return induction, False
    if induction.school_id in _led_school_ids(user):
        return induction, may_write_records(user=user, induction=induction)
    raise Http404


def may_write_records(*, user, induction: Induction) -> bool:
    """The school's induction tutor or headteacher, but never the ECT's own mentor."""
    if induction.school_id not in _led_school_ids(user):
        return False
    return not Relationship.objects.filter(
        kind=Kind.ECT, mentee_id=induction.ect_id, mentor=user
    ).exists()


def staff_of(*, school) -> QuerySet:
    """The people working at a school or setting today, as they confirmed it (workforce's
    employment record, the only one through which a school sees anyone)."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            employments__in=Employment.objects.current(today=timezone.localdate()).filter(
                school=school
            )
        )
        .distinct()
        .order_by("last_name", "first_name", "email")
    )


def setting_staff_ids(*, setting) -> set[int]:
    return set(staff_of(school=setting).values_list("pk", flat=True))


def organisations_of(*, user, any_workplace: bool = False) -> tuple[QuerySet, set[int]]:
    """The schools and settings this person may ask for: every school where they hold a school
    role, and every early-years setting where they work (a setting's leads and practitioners
    seldom hold school roles); to offer for, `any_workplace` adds every school they work at.
    The second value: the ids reached by a school role."""
    if not user.is_authenticated:
        return School.objects.none(), set()
    role_ids = set(
        SchoolRole.objects.current().filter(person=user).values_list("school_id", flat=True)
    )
    employments = Employment.objects.current(today=timezone.localdate()).filter(person=user)
    if not any_workplace:
        employments = employments.filter(school__phase=School.Phase.NURSERY)
    work_ids = set(employments.values_list("school_id", flat=True))
    return School.objects.filter(pk__in=role_ids | work_ids), role_ids


def is_setting(school) -> bool:
    return school.phase == School.Phase.NURSERY


def school_inductions(*, school_id: int) -> QuerySet[Induction]:
    return Induction.objects.filter(school_id=school_id).select_related("ect", "rules")


@dataclass(frozen=True)
class Due:
    term: int
    kind: str  # InductionRecord.Kind
    due_on: date | None
    record: InductionRecord | None

    @property
    def label(self) -> str:
        return InductionRecord.Kind(self.kind).label


def induction_terms(*, induction: Induction) -> list[SchoolTerm]:
    """The school terms from the one the induction started in."""
    return list(SchoolTerm.objects.filter(ends_on__gte=induction.started_on))


def induction_calendar(*, induction: Induction) -> list[Due]:
    """Every review and assessment the rules ask for, in order, with the day it falls due
    (the end of that term of induction) and the record written for it, if any."""
    rules = induction.rules
    records = {record.term: record for record in induction.records.select_related("written_by")}
    terms = induction_terms(induction=induction)
    required = int(induction.terms_required.to_integral_value(rounding="ROUND_CEILING"))
    kinds = {term: InductionRecord.Kind.REVIEW for term in rules.review_terms}
    kinds |= {term: InductionRecord.Kind.ASSESSMENT for term in rules.assessment_terms}
    last_assessment = max(rules.assessment_terms)
    if required > last_assessment:  # an extension: reviews, then the final assessment moves
        for term in range(last_assessment, required):
            kinds[term] = InductionRecord.Kind.REVIEW
        kinds[required] = InductionRecord.Kind.ASSESSMENT
    return [
        Due(
            term=term,
            kind=kinds[term],
            due_on=terms[term - 1].ends_on if term <= len(terms) else None,
            record=records.get(term),
        )
        for term in sorted(kinds)
    ]


def induction_next_due(*, induction: Induction) -> Due | None:
    return next((due for due in induction_calendar(induction=induction) if not due.record), None)


def inductions_due_for_reminder(*, today: date) -> list[tuple[Induction, Due]]:
    """In-progress inductions whose next review or assessment falls due within the rules'
    reminder window (or is overdue) and has no record yet."""
    found = []
    for induction in Induction.objects.filter(status=Induction.Status.IN_PROGRESS).select_related(
        "ect", "school", "rules"
    ):
        due = induction_next_due(induction=induction)
        if (
            due
            and due.due_on
            and due.due_on - timedelta(days=induction.rules.reminder_days) <= today
        ):
            found.append((induction, due))
    return found


# Meetings, actions, reflections ---------------------------------------------------------


def actions_with_state(*, actions) -> list[Action]:
    """Actions, each marked done when ticked off or when its owner completed the linked lesson."""
    actions = list(actions)
    pairs = {(a.owner_id, a.lesson_id) for a in actions if a.lesson_id}
    completed = set()
    if pairs:
        completed = set(
            LessonProgress.objects.filter(
                enrolment__learner_id__in={owner for owner, _ in pairs},
                lesson_id__in={lesson for _, lesson in pairs},
            ).values_list("enrolment__learner_id", "lesson_id")
        )
    for action in actions:
        action.is_done = bool(action.done_at) or (action.owner_id, action.lesson_id) in completed
    return actions


def reflections_shared_in(*, relationship: Relationship) -> QuerySet[Reflection]:
    """The mentee's reflections they chose to share with this mentor: nothing else."""
    return (
        Reflection.objects.filter(
            learner_id=relationship.mentee_id, shared_with_id=relationship.mentor_id
        )
        .select_related("module", "lesson")
        .prefetch_related("mentor_comments__author")
    )


@dataclass
class DashboardItem:
    relationship: Relationship
    next_meeting_on: date | None
    overdue: list[Action]


def dashboard_items(*, user, today: date | None = None) -> list[DashboardItem]:
    """For My learning: each current relationship's next meeting and its overdue actions."""
    today = today or timezone.localdate()
    items = []
    for relationship in relationships_of(user=user).filter(status=Status.ACCEPTED):
        next_on = (
            relationship.meetings.filter(next_meeting_on__gte=today)
            .order_by("next_meeting_on")
            .values_list("next_meeting_on", flat=True)
            .first()
        )
        open_actions = relationship.actions.filter(done_at__isnull=True, due_on__lt=today)
        overdue = [a for a in actions_with_state(actions=open_actions) if not a.is_done]
        items.append(DashboardItem(relationship, next_on, overdue))
    return items


@dataclass(frozen=True)
class TrainingLine:
    allowance: MentorTrainingAllowance
    done: Decimal

    @property
    def remaining(self) -> Decimal:
        return max(Decimal(0), self.allowance.hours - self.done)

    @property
    def over(self) -> Decimal:
        """Hours done past the allowance: recorded and counted as CPD, but not funded."""
        return max(Decimal(0), self.done - self.allowance.hours)


def mentor_training(*, mentor) -> list[TrainingLine]:
    """The mentor's training hours against each allowance for the kinds they mentor."""
    kinds = set(
        Relationship.objects.filter(mentor=mentor, kind__in=(Kind.ITT, Kind.ECT)).values_list(
            "kind", flat=True
        )
    )
    done = dict(
        MentorTraining.objects.filter(mentor=mentor)
        .values_list("allowance_id")
        .annotate(total=Sum("hours"))
    )
    return [
        TrainingLine(allowance, done.get(allowance.pk, Decimal(0)))
        for allowance in MentorTrainingAllowance.objects.filter(kind__in=kinds)
    ]


def meetings_of(*, relationship: Relationship) -> QuerySet[Meeting]:
    return relationship.meetings.select_related("coaching").prefetch_related("focus_areas")


# The council: counts and the partnership map -----------------------------------------------


def counts() -> dict:
    """Pairs by kind and status, and the number of partnerships between organisations, for
    the council and the impact dashboards. No names, no notes."""
    by_kind = Counter(
        Relationship.objects.filter(status=Status.ACCEPTED).values_list("kind", flat=True)
    )
    return {
        "pairs_by_kind": {kind.value: by_kind.get(kind.value, 0) for kind in Kind},
        "pairs": sum(by_kind.values()),
        "requested": Relationship.objects.filter(status=Status.REQUESTED).count(),
        "partnerships": Relationship.objects.filter(
            status=Status.ACCEPTED, mentee_organisation__isnull=False
        )
        .exclude(mentor_organisation__isnull=True, mentor_business="")
        .exclude(mentor_organisation=F("mentee_organisation"))  # a school's own pairs
        .count(),
        "inductions_in_progress": Induction.objects.filter(
            status=Induction.Status.IN_PROGRESS
        ).count(),
    }


@dataclass(frozen=True)
class KindCount:
    kind: Kind
    under_way: int
    waiting: int
    ended: int

    @property
    def label(self) -> str:
        return self.kind.label


def counts_by_kind() -> list[KindCount]:
    """For each kind of relationship: how many are under way, waiting for both sides to
    accept, and ended or declined. Numbers only."""
    by = Counter(Relationship.objects.values_list("kind", "status"))
    return [
        KindCount(
            kind=kind,
            under_way=by[(kind.value, Status.ACCEPTED)],
            waiting=by[(kind.value, Status.REQUESTED)],
            ended=by[(kind.value, Status.ENDED)] + by[(kind.value, Status.DECLINED)],
        )
        for kind in Kind
    ]


@dataclass(frozen=True)
class Tie:
    source: str
    source_kind: str
    target: str
    target_kind: str
    tie: str
    since: date

    @property
    def label(self) -> str:
        return Kind(self.tie).label


def _organisation_kind(school) -> str:
    return "setting" if is_setting(school) else "school"


def partnership_map(*, within: bool = True) -> list[Tie]:
    """Which organisations work with which: current relationships between schools, settings
    and businesses (a business coach's company and the school leader's school); `within`
    keeps a school's own mentoring pairs, whose two sides are the same school."""
    ties = []
    for r in (
        Relationship.objects.filter(status=Status.ACCEPTED, mentee_organisation__isnull=False)
        .select_related("mentor_organisation", "mentee_organisation")
        .order_by("kind", "mentee_organisation__name")
    ):
        if r.mentor_organisation:
            source, source_kind = (
                r.mentor_organisation.name,
                _organisation_kind(r.mentor_organisation),
            )
        elif r.mentor_business:
            source, source_kind = r.mentor_business, "business"
        else:
            continue
        if not within and r.mentor_organisation_id == r.mentee_organisation_id:
            continue
        ties.append(
            Tie(
                source=source,
                source_kind=source_kind,
                target=r.mentee_organisation.name,
                target_kind=_organisation_kind(r.mentee_organisation),
                tie=r.kind,
                since=r.starts_on,
            )
        )
    return ties


def paired_expression(person):
    """Whether ``person`` (an OuterRef to a user) is a side of a relationship, as mentor,
    mentee or named practitioner, as an expression: My learning's mentoring section shows
    relationships only, and asks nothing of anyone else."""
    return Exists(Relationship.objects.filter(Q(mentor=person) | Q(mentee=person))) | Exists(
        Practitioner.objects.filter(person=person)
    )


def in_navigation_expression(person, *, today=None):
    """Whether "Mentoring" belongs in the navigation of ``person`` (an OuterRef to a user) on
    ``today``, as an expression: the menu asks it in the same query as its other roles. The
    county permission is checked apart, with the user's other permissions."""
    today = today or timezone.localdate()
    return (
        paired_expression(person)
        | Exists(Induction.objects.filter(ect=person))
        | Exists(SchoolRole.objects.current().filter(person=person, kind__in=LEADING_KINDS))
        | Exists(  # a setting's staff ask for and offer partnerships without school roles
            Employment.objects.current(today=today).filter(
                person=person, school__phase=School.Phase.NURSERY
            )
        )
    )


def in_navigation(*, user) -> bool:
    """Whether "Mentoring" belongs in this user's navigation."""
    if not user.is_authenticated:
        return False
    if user.has_perm(COUNTY_PERMISSION):
        return True
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return User.objects.filter(pk=user.pk).filter(in_navigation_expression(OuterRef("pk"))).exists()
