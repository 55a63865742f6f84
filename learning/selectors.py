"""Reads the learner views share: where a learner is in a module, and what "My learning" shows."""

import operator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import reduce

from django.db.models import Q
from django.utils import timezone

from courses.models import LessonPage, ModulePage
from credentials.models import Certificate
from credentials.selectors import academic_year_of, cpd_hours_in_academic_year

from .models import Enrolment, LessonProgress, QuizAttempt, Reflection


@dataclass
class ModuleProgress:
    """One learner's place in one module: the outline with each lesson done or to do."""

    module: ModulePage
    enrolment: Enrolment | None
    lessons: list[LessonPage]
    done_ids: set[int] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.done_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def started(self) -> bool:
        return self.done_count > 0

    @property
    def next_lesson(self) -> LessonPage | None:
        """Where the learner left off: the first lesson not done yet."""
        return next((lesson for lesson in self.lessons if lesson.pk not in self.done_ids), None)

    @property
    def resume_lesson(self) -> LessonPage | None:
        return self.next_lesson or (self.lessons[0] if self.lessons else None)

    def neighbours(self, lesson: LessonPage) -> tuple[LessonPage | None, LessonPage | None]:
        """The lessons before and after this one."""
        ids = [item.pk for item in self.lessons]
        if lesson.pk not in ids:
            return None, None
        index = ids.index(lesson.pk)
        before = self.lessons[index - 1] if index > 0 else None
        after = self.lessons[index + 1] if index + 1 < len(self.lessons) else None
        return before, after


def module_progress(
    *, learner, module: ModulePage, lessons: list[LessonPage] | None = None
) -> ModuleProgress:
    """The outline of a module with the learner's progress in its current cycle.

    Pass `lessons` when the page context has already loaded them.
    """
    enrolment = None
    if learner.is_authenticated:
        enrolment = Enrolment.objects.filter(learner=learner, module=module).first()
    lessons = list(module.lessons()) if lessons is None else lessons
    done: set[int] = set()
    if enrolment is not None:
        done = set(
            LessonProgress.objects.filter(enrolment=enrolment, cycle=enrolment.cycle).values_list(
                "lesson_id", flat=True
            )
        )
    return ModuleProgress(module=module, enrolment=enrolment, lessons=lessons, done_ids=done)


def quiz_latest_attempts(*, enrolment: Enrolment, lesson: LessonPage) -> dict[str, QuizAttempt]:
    """The latest attempt at each quiz of a lesson in the current cycle, by quiz block id."""
    latest: dict[str, QuizAttempt] = {}
    attempts = QuizAttempt.objects.filter(
        enrolment=enrolment, lesson=lesson, cycle=enrolment.cycle
    ).order_by("-submitted_at", "-pk")
    for attempt in attempts:
        latest.setdefault(attempt.quiz_block_id, attempt)
    return latest


def quiz_attempt_counts(*, enrolment: Enrolment, lesson: LessonPage) -> dict[str, int]:
    counts: dict[str, int] = {}
    for block_id in QuizAttempt.objects.filter(
        enrolment=enrolment, lesson=lesson, cycle=enrolment.cycle
    ).values_list("quiz_block_id", flat=True):
        counts[block_id] = counts.get(block_id, 0) + 1
    return counts


def certificate_current(*, learner, module: ModulePage):
    """The learner's valid certificate for a module, if credentials has issued it yet."""
    return (
        Certificate.objects.filter(
            learner=learner, page_id=module.pk, status=Certificate.Status.VALID
        )
        .order_by("-issued_at")
        .first()
    )


def academic_year_start(today: date) -> date:
    """1 September of the academic year (September to August) that today falls in."""
    return date(academic_year_of(today), 9, 1)


@dataclass
class DashboardRow:
    enrolment: Enrolment
    total: int
    done: int
    resume_lesson: LessonPage | None
    certificate: object | None = None

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def label_id(self) -> str:
        return f"progress-{self.enrolment.pk}"


@dataclass
class Dashboard:
    in_progress: list[DashboardRow]
    completed: list[DashboardRow]
    cpd_hours: Decimal
    year_start: date
    year_end: date


def dashboard_read(*, learner) -> Dashboard:
    """Everything "My learning" shows, in a fixed number of queries however many enrolments."""
    enrolments = list(
        Enrolment.objects.filter(learner=learner)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("module")
        .order_by("-enrolled_at")
    )
    modules = [enrolment.module for enrolment in enrolments]
    lessons_by_module: dict[int, list[LessonPage]] = {module.pk: [] for module in modules}
    if modules:
        under = reduce(
            operator.or_,
            (Q(path__startswith=module.path, depth=module.depth + 1) for module in modules),
        )
        by_path = {module.path: module.pk for module in modules}
        for lesson in LessonPage.objects.live().filter(under).defer("body").order_by("path"):
            lessons_by_module[by_path[lesson.path[: -LessonPage.steplen]]].append(lesson)
    done: dict[int, set[int]] = {}
    cycles = {enrolment.pk: enrolment.cycle for enrolment in enrolments}
    for enrolment_id, lesson_id, cycle in LessonProgress.objects.filter(
        enrolment__in=enrolments
    ).values_list("enrolment_id", "lesson_id", "cycle"):
        if cycles[enrolment_id] == cycle:
            done.setdefault(enrolment_id, set()).add(lesson_id)
    certificates = {}
    for certificate in Certificate.objects.filter(
        learner=learner, page_id__in=[module.pk for module in modules]
    ).order_by("issued_at"):
        if certificate.status != Certificate.Status.REVOKED:
            certificates[certificate.page_id] = certificate
    in_progress, completed = [], []
    for enrolment in enrolments:
        lessons = lessons_by_module[enrolment.module_id]
        done_ids = done.get(enrolment.pk, set())
        row = DashboardRow(
            enrolment=enrolment,
            total=len(lessons),
            done=sum(1 for lesson in lessons if lesson.pk in done_ids),
            resume_lesson=next(
                (lesson for lesson in lessons if lesson.pk not in done_ids),
                lessons[0] if lessons else None,
            ),
            certificate=certificates.get(enrolment.module_id),
        )
        if enrolment.status == Enrolment.Status.COMPLETED:
            completed.append(row)
        else:
            in_progress.append(row)
    completed.sort(key=lambda row: row.enrolment.completed_at or timezone.now(), reverse=True)
    start = academic_year_start(timezone.localdate())
    end = date(start.year + 1, 8, 31)
    hours = cpd_hours_in_academic_year(learner=learner, year=start.year)
    return Dashboard(
        in_progress=in_progress,
        completed=completed,
        cpd_hours=hours,
        year_start=start,
        year_end=end,
    )


def reflections_by_module(*, learner) -> list[tuple[ModulePage, list[Reflection]]]:
    """A learner's reflections grouped by module, most recently written first."""
    groups: dict[int, tuple[ModulePage, list[Reflection]]] = {}
    for reflection in (
        Reflection.objects.filter(learner=learner)
        .select_related("module", "lesson", "shared_with")
        .defer("lesson__body")
        .order_by("-updated_at")
    ):
        groups.setdefault(reflection.module_id, (reflection.module, []))[1].append(reflection)
    return list(groups.values())


def reflections_shared_with(*, mentor) -> list[Reflection]:
    """The reflections learners have shared with this mentor, most recently written first."""
    return list(
        Reflection.objects.filter(shared_with=mentor)
        .select_related("learner", "module", "lesson")
        .defer("lesson__body", "text")
        .order_by("-updated_at", "-pk")
    )
