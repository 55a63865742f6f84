"""Who may see which school's staff, and what they see: the one place school roles are checked.

A school's roles see a person only while that person works there (an employment current on the
day asked), and only their training records: never reflections, never quiz answers.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from credentials.models import Certificate
from credentials.renewal import default_window_days
from credentials.selectors import cpd_hours_by_learner
from learning.models import Enrolment
from pathways.models import PathwayEnrolment, PathwayPage
from pathways.selectors import PathwayProgress, pathways_progress_many
from schools.models import School

from .models import Assignment, Employment, SchoolRole, SchoolRoleKind


class Capability(StrEnum):
    VIEW_STAFF = "view_staff"
    MANAGE_STAFF = "manage_staff"
    ASSIGN_TRAINING = "assign_training"
    GRANT_ROLES = "grant_roles"


ROLE_CAPABILITIES = {
    SchoolRoleKind.HEADTEACHER: set(Capability),
    SchoolRoleKind.CPD_LEAD: {
        Capability.VIEW_STAFF,
        Capability.MANAGE_STAFF,
        Capability.ASSIGN_TRAINING,
    },
    SchoolRoleKind.INDUCTION_TUTOR: {Capability.VIEW_STAFF},
}
# The county-wide permission that gives a capability at every school.
EVERY_SCHOOL_PERMISSIONS = {
    Capability.VIEW_STAFF: "workforce.view_all_schools",
    Capability.GRANT_ROLES: "workforce.grant_school_roles",
}


def _kinds_with(capability: Capability) -> list[str]:
    return [kind for kind, capabilities in ROLE_CAPABILITIES.items() if capability in capabilities]


def _everywhere(user, capability: Capability) -> bool:
    permission = EVERY_SCHOOL_PERMISSIONS.get(capability)
    return bool(permission) and user.has_perm(permission)


def schools_where(*, user, capability: Capability) -> QuerySet[School]:
    """The schools where this user may do `capability`: through a current school role, or all
    of them with the county-wide permission."""
    if not user.is_authenticated:
        return School.objects.none()
    if _everywhere(user, capability):
        return School.objects.all()
    return School.objects.filter(
        school_roles__person=user,
        school_roles__ended_at__isnull=True,
        school_roles__kind__in=_kinds_with(capability),
    ).distinct()


def has_school_role(*, user) -> bool:
    """Whether "My school" belongs in this user's navigation."""
    return user.is_authenticated and (
        SchoolRole.objects.current().filter(person=user).exists()
        or user.has_perm("workforce.view_all_schools")
    )


def capabilities_at(*, user, school: School) -> set[Capability]:
    """What this user may do at the school. Remembered on the user object, which lives for one
    request, as Django remembers its permissions: a page asks several times."""
    remembered = user.__dict__.setdefault("_workforce_capabilities", {})
    if school.pk not in remembered:
        kinds = (
            SchoolRole.objects.current()
            .filter(person=user, school=school)
            .values_list("kind", flat=True)
        )
        found = {capability for kind in kinds for capability in ROLE_CAPABILITIES[kind]}
        remembered[school.pk] = frozenset(
            found | {capability for capability in Capability if _everywhere(user, capability)}
        )
    return set(remembered[school.pk])


def school_for(*, user, school_id: int, capability: Capability) -> School:
    """The school, if this user may do `capability` there; otherwise 404, never 403."""
    school = School.objects.filter(pk=school_id).first()
    if school is None or capability not in capabilities_at(user=user, school=school):
        raise Http404
    return school


def staff_visible_to(*, user, school: School, today: date | None = None) -> QuerySet[Employment]:
    """The people working at the school today, if this user may see its staff; else 404."""
    if Capability.VIEW_STAFF not in capabilities_at(user=user, school=school):
        raise Http404
    return Employment.objects.current(today=today or timezone.localdate()).filter(school=school)


def employment_visible_to(
    *, user, school: School, person_id: int, today: date | None = None
) -> Employment:
    """One person's current employment at the school, or 404 if they do not work there today
    (they left, have not started, or never did) or this user may not see the school's staff."""
    employment = (
        staff_visible_to(user=user, school=school, today=today)
        .select_related("person", "school")
        .filter(person_id=person_id)
        .first()
    )
    if employment is None:
        raise Http404
    return employment


def staff_unconfirmed(*, user, school: School) -> tuple[list[Employment], list[Employment]]:
    """Who the school has added but may not see: those still to answer, and those who said
    they do not work here. Only what the school itself gave (e-mail, job role, start) is shown."""
    if Capability.VIEW_STAFF not in capabilities_at(user=user, school=school):
        raise Http404
    unconfirmed = (
        Employment.objects.filter(school=school, confirmed_at__isnull=True, left_on__isnull=True)
        .select_related("person")
        .order_by("person__email")
    )
    waiting, declined = [], []
    for employment in unconfirmed:
        (declined if employment.declined_at else waiting).append(employment)
    return waiting, declined


def employments_to_answer(*, person) -> QuerySet[Employment]:
    """The schools that say this person works there and are waiting for them to agree."""
    if not person.is_authenticated:
        return Employment.objects.none()
    return Employment.objects.pending().filter(person=person).select_related("school", "added_by")


def employment_to_answer(*, user, employment_id: int) -> Employment:
    """One employment waiting for this user's answer; 404 for anyone else's, or one answered."""
    employment = employments_to_answer(person=user).filter(pk=employment_id).first()
    if employment is None:
        raise Http404
    return employment


def staff_across(*, user, today: date | None = None) -> QuerySet[Employment] | None:
    """Everyone working today at every school this user may see, or None if there are none."""
    schools = schools_where(user=user, capability=Capability.VIEW_STAFF)
    if not schools.exists():
        return None
    return Employment.objects.current(today=today or timezone.localdate()).filter(
        school__in=schools
    )


def school_roles(*, school: School) -> QuerySet[SchoolRole]:
    return SchoolRole.objects.current().filter(school=school).select_related("person")


# Assignments ---------------------------------------------------------------------------


class AssignmentState(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    OVERDUE = "overdue"


STATE_LABELS = {
    AssignmentState.COMPLETED: ("Completed", "govuk-tag--green"),
    AssignmentState.IN_PROGRESS: ("In progress", "govuk-tag--blue"),
    AssignmentState.NOT_STARTED: ("Not started", "govuk-tag--grey"),
    AssignmentState.OVERDUE: ("Overdue", "govuk-tag--red"),
}


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class AssignmentStatus:
    """Where one assignment stands on one day, derived from learning and pathway records."""

    assignment: Assignment
    state: AssignmentState
    completed_on: date | None = None

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state][0]

    @property
    def tag_class(self) -> str:
        return STATE_LABELS[self.state][1]

    @property
    def is_overdue(self) -> bool:
        return self.state == AssignmentState.OVERDUE

    @property
    def short(self) -> str:
        """A few words with the date that matters, for a table cell."""
        due_on = self.assignment.due_on
        if self.state == AssignmentState.COMPLETED:
            return f"done {short_date(self.completed_on)}"
        if self.state == AssignmentState.OVERDUE:
            return f"was due {short_date(due_on)}"
        return f"due by {short_date(due_on)}" if due_on else "no due date"


def assignment_status(
    *,
    assignment: Assignment,
    enrolment: Enrolment | None,
    pathway_enrolment: PathwayEnrolment | None,
    today: date,
) -> AssignmentStatus:
    """Completed once learning (a module) or pathways (a pathway) records it complete; overdue
    when the due date has passed without that."""
    completed_at = started = None
    if assignment.module_id and enrolment is not None:
        if enrolment.status == Enrolment.Status.COMPLETED:
            completed_at = enrolment.completed_at
        started = enrolment.status == Enrolment.Status.ACTIVE and enrolment.last_lesson_id
    elif assignment.pathway_id and pathway_enrolment is not None:
        completed_at = pathway_enrolment.completed_at
        started = pathway_enrolment.left_at is None
    if completed_at:
        return AssignmentStatus(
            assignment, AssignmentState.COMPLETED, timezone.localdate(completed_at)
        )
    if assignment.due_on and today > assignment.due_on:
        return AssignmentStatus(assignment, AssignmentState.OVERDUE)
    return AssignmentStatus(
        assignment, AssignmentState.IN_PROGRESS if started else AssignmentState.NOT_STARTED
    )


# The staff list ------------------------------------------------------------------------


class StaffStatus(StrEnum):
    OVERDUE = "overdue"
    EXPIRING = "expiring"
    UP_TO_DATE = "up_to_date"


STAFF_STATUS_LABELS = {
    StaffStatus.OVERDUE: "Overdue training",
    StaffStatus.EXPIRING: "Certificates expiring or expired",
    StaffStatus.UP_TO_DATE: "Nothing overdue or expired",
}


@dataclass
class CertificateNote:
    title: str
    expires_on: date
    expired: bool

    @property
    def words(self) -> str:
        verb = "expired" if self.expired else "expires"
        return f"{self.title}: {verb} {short_date(self.expires_on)}"


@dataclass
class PathwayNote:
    title: str
    stage: str
    progress: PathwayProgress

    @property
    def words(self) -> str:
        return f"{self.title}: {self.stage}"


@dataclass
class StaffRow:
    employment: Employment
    in_progress: list[str] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)
    pathways: list[PathwayNote] = field(default_factory=list)
    valid_certificates: int = 0
    certificates_due: list[CertificateNote] = field(default_factory=list)
    cpd_hours: Decimal = Decimal(0)
    assignments: dict[tuple[str, int], AssignmentStatus] = field(default_factory=dict)

    @property
    def person(self):
        return self.employment.person

    @cached_property
    def overdue(self) -> list[AssignmentStatus]:
        return [status for status in self.assignments.values() if status.is_overdue]

    @property
    def statuses(self) -> set[StaffStatus]:
        found = set()
        if self.overdue:
            found.add(StaffStatus.OVERDUE)
        if self.certificates_due:
            found.add(StaffStatus.EXPIRING)
        return found or {StaffStatus.UP_TO_DATE}


@dataclass(frozen=True)
class AssignedItem:
    """A column of the matrix: a module or a pathway the school has assigned."""

    key: tuple[str, int]
    title: str


@dataclass
class StaffMatrix:
    rows: list[StaffRow]
    items: list[AssignedItem]
    today: date

    def cells(self, row: StaffRow) -> list[AssignmentStatus | None]:
        return [row.assignments.get(item.key) for item in self.items]

    @property
    def table(self) -> list[tuple[StaffRow, list[AssignmentStatus | None]]]:
        return [(row, self.cells(row)) for row in self.rows]

    @property
    def overdue_count(self) -> int:
        return sum(len(row.overdue) for row in self.rows)


def _key(assignment: Assignment) -> tuple[str, int]:
    return (
        ("module", assignment.module_id)
        if assignment.module_id
        else (
            "pathway",
            assignment.pathway_id,
        )
    )


class _EnrolmentFacts(NamedTuple):
    """What assignment_status reads from an enrolment, without building the model (or its
    module page) for every one of a large school's enrolments."""

    status: str
    completed_at: datetime | None
    last_lesson_id: int | None


def _pathway_stage(result: PathwayProgress) -> str:
    if result.is_complete:
        return "completed"
    if result.current_stage:
        stage = result.current_stage
        return f"stage {stage.number} of {len(result.stages)}, {stage.title}"
    return "no stages yet"


def staff_matrix(*, employments: QuerySet[Employment], today: date | None = None) -> StaffMatrix:
    """Each person's training as their school sees it, in a fixed number of queries however many
    staff: pass employments already limited to what the viewer may see (`staff_visible_to`).

    Learning records and the titles of what they are for are read as plain values, and a
    pathway page is loaded once and shared by everyone following it: building a Wagtail page
    per enrolment and per assignment was most of the time a 200-staff school's page took."""
    today = today or timezone.localdate()
    employments = list(
        employments.select_related("person", "school")
        .defer("person__password")
        .order_by("person__last_name", "person__first_name", "school__name")
    )
    if not employments:
        return StaffMatrix(rows=[], items=[], today=today)
    learner_ids = {e.person_id for e in employments}
    school_ids = {e.school_id for e in employments}
    rows = []
    by_person = defaultdict(list)
    for employment in employments:
        row = StaffRow(employment=employment)
        rows.append(row)
        by_person[employment.person_id].append(row)

    enrolments = {}
    person_modules: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for learner_id, module_id, status, completed_at, last_lesson_id, title in (
        Enrolment.objects.filter(learner_id__in=learner_ids)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .order_by("module__title")
        .values_list(
            "learner_id", "module_id", "status", "completed_at", "last_lesson_id", "module__title"
        )
    ):
        enrolments[learner_id, module_id] = _EnrolmentFacts(status, completed_at, last_lesson_id)
        done = status == Enrolment.Status.COMPLETED
        person_modules[learner_id][1 if done else 0].append(title)

    window = timedelta(days=default_window_days())
    certificates: dict[int, tuple[int, list[CertificateNote]]] = defaultdict(lambda: [0, []])
    for learner_id, title, expires_at in Certificate.objects.filter(
        learner_id__in=learner_ids, status=Certificate.Status.VALID
    ).values_list("learner_id", "title", "expires_at"):
        counts = certificates[learner_id]
        expires_on = timezone.localdate(expires_at) if expires_at else None
        if expires_on is None or expires_on >= today:
            counts[0] += 1
        if expires_on is not None and expires_on - window <= today:
            counts[1].append(CertificateNote(title, expires_on, expires_on < today))

    hours = cpd_hours_by_learner(learner_ids=learner_ids)

    pathway_enrolments = list(PathwayEnrolment.objects.filter(learner_id__in=learner_ids))
    pathways = PathwayPage.objects.in_bulk({e.pathway_id for e in pathway_enrolments})
    for enrolment in pathway_enrolments:
        enrolment.pathway = pathways[enrolment.pathway_id]
    following = [e for e in pathway_enrolments if e.left_at is None]
    progress = pathways_progress_many(enrolments=following)
    by_pathway = {(e.learner_id, e.pathway_id): e for e in pathway_enrolments}
    pathway_notes = defaultdict(list)
    for enrolment in following:
        result = progress[enrolment.pk]
        pathway_notes[enrolment.learner_id].append(
            PathwayNote(enrolment.pathway.title, _pathway_stage(result), result)
        )

    assignments = list(
        Assignment.objects.filter(school_id__in=school_ids, person_id__in=learner_ids)
        .only("school_id", "person_id", "module_id", "pathway_id", "due_on")
        .annotate(title=Coalesce("module__title", "pathway__title"))
    )
    items = {}
    for assignment in assignments:
        items.setdefault(_key(assignment), assignment.item_title)
        for row in by_person[assignment.person_id]:
            if row.employment.school_id != assignment.school_id:
                continue
            assignment.person = row.employment.person
            assignment.school = row.employment.school
            row.assignments[_key(assignment)] = assignment_status(
                assignment=assignment,
                enrolment=enrolments.get((assignment.person_id, assignment.module_id)),
                pathway_enrolment=by_pathway.get((assignment.person_id, assignment.pathway_id)),
                today=today,
            )

    for row in rows:
        pk = row.employment.person_id
        row.in_progress, row.completed = person_modules[pk]
        row.valid_certificates, row.certificates_due = certificates[pk]
        row.certificates_due.sort(key=lambda note: note.expires_on)
        row.cpd_hours = hours.get(pk, Decimal(0))
        row.pathways = pathway_notes[pk]
    columns = sorted(
        (AssignedItem(key, title) for key, title in items.items()), key=lambda i: i.title
    )
    return StaffMatrix(rows=rows, items=columns, today=today)


def staff_filter(
    matrix: StaffMatrix,
    *,
    job_role: str = "",
    phase: str = "",
    pathway_id: int | None = None,
    status: str = "",
) -> StaffMatrix:
    """The same matrix with only the rows that match every filter given."""

    def keep(row: StaffRow) -> bool:
        if job_role and row.employment.job_role != job_role:
            return False
        if phase and row.employment.school.phase != phase:
            return False
        if pathway_id and not any(note.progress.pathway.pk == pathway_id for note in row.pathways):
            return False
        return not status or status in row.statuses

    return StaffMatrix(
        rows=[row for row in matrix.rows if keep(row)], items=matrix.items, today=matrix.today
    )


def my_assignments(*, person, today: date | None = None) -> list[AssignmentStatus]:
    """The training this person's current schools have assigned them, soonest due first."""
    today = today or timezone.localdate()
    schools = Employment.objects.current(today=today).filter(person=person).values("school_id")
    assignments = list(
        Assignment.objects.filter(person=person, school_id__in=schools).select_related(
            "school", "module", "pathway"
        )
    )
    enrolments = {
        e.module_id: e
        for e in Enrolment.objects.filter(
            learner=person, module_id__in=[a.module_id for a in assignments if a.module_id]
        )
    }
    pathway_enrolments = {
        e.pathway_id: e
        for e in PathwayEnrolment.objects.filter(
            learner=person, pathway_id__in=[a.pathway_id for a in assignments if a.pathway_id]
        )
    }
    statuses = [
        assignment_status(
            assignment=a,
            enrolment=enrolments.get(a.module_id),
            pathway_enrolment=pathway_enrolments.get(a.pathway_id),
            today=today,
        )
        for a in assignments
    ]
    statuses.sort(
        key=lambda s: (s.state == AssignmentState.COMPLETED, s.assignment.due_on or date.max)
    )
    return statuses


def overdue_by_school(*, today: date) -> dict[int, list[AssignmentStatus]]:
    """Every school's overdue assignments for people still working there, by school id."""
    employments = Employment.objects.current(today=today)
    matrix = staff_matrix(employments=employments, today=today)
    result = defaultdict(list)
    for row in matrix.rows:
        result[row.employment.school_id].extend(row.overdue)
    return result
