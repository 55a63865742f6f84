"""Reads the learner views share: where a learner is in a module, and what "My learning" shows."""

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db.models import (
    CharField,
    Exists,
    F,
    FilteredRelation,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Concat, Greatest, Least
from django.utils import timezone

from academy_site.prepared import PreparedQuery, field_attnames, partial_instance
from courses.models import LessonPage, ModulePage
from courses.outline import module_lesson_lists
from courses.validation import FEEDBACK_EXPLAIN, FEEDBACK_WRONG
from credentials.models import Certificate
from credentials.selectors import academic_year_of, cpd_hours_in_academic_year

from .models import Enrolment, LessonProgress, ModuleCompletion, QuizAttempt, Reflection

COMPLETED_DEFINITION = (
    "A module counts as completed once you have finished it, in any round of renewal, or hold "
    "a certificate for it, even one that has since expired. A module whose certificate was "
    "revoked does not count."
)


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


_ENROLMENT_ATTNAMES = field_attnames(Enrolment)


def _enrolment_with_done_query(learner: int, module: int):
    done = FilteredRelation("progress", condition=Q(progress__cycle=F("cycle")))
    return (
        Enrolment.objects.filter(learner=learner, module=module)
        .annotate(done=done)
        .values_list(*_ENROLMENT_ATTNAMES, "done__lesson_id")
    )


# The learner's enrolment in a module with the lessons done in its current cycle, in one query
# (a row a lesson done, or one row with none), compiled once per process.
_ENROLMENT_WITH_DONE = PreparedQuery(_enrolment_with_done_query, learner=int, module=int)


def module_progress(
    *, learner, module: ModulePage, lessons: list[LessonPage] | None = None
) -> ModuleProgress:
    """The outline of a module with the learner's progress in its current cycle.

    Pass `lessons` when the page context has already loaded them.
    """
    enrolment = None
    done: set[int] = set()
    if learner.is_authenticated:
        rows = _ENROLMENT_WITH_DONE.rows(learner=learner.pk, module=module.pk)
        if rows:
            enrolment = Enrolment.from_db("default", _ENROLMENT_ATTNAMES, rows[0][:-1])
            done = {row[-1] for row in rows if row[-1] is not None}
    lessons = list(module.lessons()) if lessons is None else lessons
    return ModuleProgress(module=module, enrolment=enrolment, lessons=lessons, done_ids=done)


@dataclass
class QuizState:
    """Where a learner stands with one quiz in the current cycle: the rules the provider set in the
    quiz's settings, applied to the attempts stored. The one place those rules are decided."""

    block_id: str
    quiz: Mapping
    submitted: list[QuizAttempt]
    open_attempt: QuizAttempt | None
    now: datetime

    @property
    def latest(self) -> QuizAttempt | None:
        return self.submitted[0] if self.submitted else None

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.submitted)

    @property
    def attempts_left(self) -> int | None:
        """None when the quiz allows any number of attempts."""
        limit = self.quiz.get("attempt_limit")
        return None if not limit else max(limit - len(self.submitted), 0)

    @property
    def available_at(self) -> datetime | None:
        """When the next attempt may start, while the learner must still wait."""
        wait = self.quiz.get("wait_minutes") or 0
        if not wait or self.latest is None or self.passed:
            return None
        at = self.latest.submitted_at + timedelta(minutes=wait)
        return at if at > self.now else None

    @property
    def can_start(self) -> bool:
        return not self.passed and self.attempts_left != 0 and self.available_at is None

    @property
    def reveals_answers(self) -> bool:
        """Right answers show once passed, or once no attempt is left if the provider chose so."""
        return self.passed or (
            bool(self.quiz.get("answers_after_last_attempt")) and self.attempts_left == 0
        )

    @property
    def feedback(self) -> str:
        return (
            FEEDBACK_EXPLAIN if self.reveals_answers else self.quiz.get("feedback", FEEDBACK_WRONG)
        )


def quiz_states(
    *, enrolment: Enrolment, lesson: LessonPage, now: datetime | None = None
) -> dict[str, QuizState]:
    """Each quiz of a lesson with the learner's attempts in the current cycle, by quiz block id
    (no query for a lesson without a quiz)."""
    quizzes = list(lesson.quizzes())
    if not quizzes:
        return {}
    attempts = list(
        QuizAttempt.objects.filter(
            enrolment=enrolment, lesson=lesson, cycle=enrolment.cycle
        ).order_by("-submitted_at", "-pk")
    )
    now = now or timezone.now()
    states = {}
    for block in quizzes:
        mine = [attempt for attempt in attempts if attempt.quiz_block_id == block.id]
        states[block.id] = QuizState(
            block_id=block.id,
            quiz=block.value,
            submitted=[attempt for attempt in mine if attempt.submitted_at is not None],
            open_attempt=next((attempt for attempt in mine if attempt.submitted_at is None), None),
            now=now,
        )
    return states


def quiz_shown(*, attempt: QuizAttempt, quiz: Mapping) -> list[dict]:
    """The questions an attempt showed, in order; attempts stored before attempts recorded what
    they showed asked every question they answered, options in the order written."""
    if attempt.shown:
        return attempt.shown
    questions = list(quiz["questions"])
    return [
        {"question": int(index), "options": list(range(len(questions[int(index)]["options"])))}
        for index in sorted(attempt.answers, key=int)
        if int(index) < len(questions)
    ]


def quiz_shown_fits(*, shown: list[dict], quiz: Mapping) -> bool:
    """Whether what an attempt showed still matches the quiz (the provider may have edited it)."""
    questions = list(quiz["questions"])
    return all(
        0 <= item["question"] < len(questions)
        and sorted(item["options"]) == list(range(len(questions[item["question"]]["options"])))
        for item in shown
    )


def certificate_current(*, learner, module: ModulePage):
    """The learner's valid certificate for a module, if credentials has issued it yet."""
    return (
        Certificate.objects.filter(
            learner=learner, page_id=module.pk, status=Certificate.Status.VALID
        )
        .order_by("-issued_at")
        .first()
    )


def _completions_counted(learner):
    """The learner's completions of the module in OuterRef("pk") whose certificate stands."""
    revoked = Certificate.objects.filter(
        source_key=Concat(Value("module-completion:"), Cast(OuterRef("pk"), CharField())),
        status=Certificate.Status.REVOKED,
    )
    return ModuleCompletion.objects.filter(
        enrolment__learner=learner, enrolment__module=OuterRef("pk")
    ).filter(~Exists(revoked))


def _certificates_counted(learner):
    """The learner's certificates for the page in OuterRef("pk") that were not revoked."""
    return Certificate.objects.filter(learner=learner, page=OuterRef("pk")).exclude(
        status=Certificate.Status.REVOKED
    )


def _first(queryset, field: str, *, latest: bool = False) -> Subquery:
    return Subquery(queryset.order_by(f"-{field}" if latest else field).values(field)[:1])


def module_completed_at(*, learner, latest: bool = False):
    """When the learner completed the module in OuterRef("pk") (first time, or latest), or NULL.

    The one definition of "completed" that My learning, Certificates and every pathway use
    (COMPLETED_DEFINITION says it in words): a completion in any cycle, or a certificate, that
    was not revoked. A certificate counts without a completion (issued before this record was
    kept, or by an officer), and completions earned before joining a pathway count on it.
    """
    completion = _first(_completions_counted(learner), "completed_at", latest=latest)
    certificate = _first(_certificates_counted(learner), "completed_at", latest=latest)
    pick = Greatest if latest else Least
    return pick(Coalesce(completion, certificate), Coalesce(certificate, completion))


class CompletedModule:
    """A module the learner has completed, with the certificate that shows it (if issued)."""

    __slots__ = ("_record",)

    def __init__(self, record: "ModuleRecord"):
        self._record = record

    @property
    def module(self) -> ModulePage:
        return self._record.module

    @property
    def first_completed_at(self):
        return self._record.first_completed_at

    @property
    def last_completed_at(self):
        return self._record.last_completed_at

    @property
    def certificate_code(self) -> str | None:
        return self._record.certificate_code

    @property
    def certificate_expires_at(self):
        return self._record.certificate_expires_at

    @property
    def certificate_expired(self) -> bool:
        return bool(
            self.certificate_expires_at
            and timezone.localdate(self.certificate_expires_at) < timezone.localdate()
        )


# The module fields a completed module's row shows (title, link, whether it is open).
_RECORD_PAGE_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "live",
    "content_type",
    "page_ptr",
)
_RECORD_PAGE_ATTNAMES = [ModulePage._meta.get_field(name).attname for name in _RECORD_PAGE_FIELDS]


def _module_records_query(learner: int):
    certificates = _certificates_counted(learner)
    return (
        ModulePage.objects.filter(
            Q(pk__in=Enrolment.objects.filter(learner=learner).values("module_id"))
            | Q(pk__in=Certificate.objects.filter(learner=learner).values("page_id"))
        )
        .annotate(
            first_completed_at=module_completed_at(learner=learner),
            last_completed_at=module_completed_at(learner=learner, latest=True),
            certificate_code=Subquery(certificates.order_by("-issued_at").values("code")[:1]),
            certificate_expires_at=Subquery(
                certificates.order_by("-issued_at").values("expires_at")[:1]
            ),
            taking=module_taking(learner=learner),
        )
        .order_by()
        .values_list(
            "first_completed_at",
            "last_completed_at",
            "certificate_code",
            "certificate_expires_at",
            "taking",
            *_RECORD_PAGE_FIELDS,
        )
    )


# Built and compiled once per process (academy_site.prepared): compiling its nested subqueries
# cost far more than running them.
_MODULE_RECORDS = PreparedQuery(_module_records_query, learner=int)


class ModuleRecord:
    """What one learner has done in one module they enrolled in or hold a certificate for."""

    __slots__ = (
        "_page",
        "_module",
        "first_completed_at",
        "last_completed_at",
        "certificate_code",
        "certificate_expires_at",
        "taking",
    )

    def __init__(self, page, first, last, code, expires, taking):
        self._page, self._module = page, None
        self.first_completed_at = first
        self.last_completed_at = last
        self.certificate_code = code
        self.certificate_expires_at = expires
        self.taking = taking

    @property
    def module_id(self) -> int:
        return self._page[_RECORD_PAGE_FIELDS.index("id")]

    @property
    def module_title(self) -> str:
        return self._page[_RECORD_PAGE_FIELDS.index("title")]

    @property
    def module(self) -> ModulePage:
        """The module, with only the fields in _RECORD_PAGE_FIELDS loaded; built when asked
        for (a learner may have forty records and a page show eight)."""
        if self._module is None:
            self._module = partial_instance(
                ModulePage, dict(zip(_RECORD_PAGE_ATTNAMES, self._page, strict=True))
            )
        return self._module


def module_records(*, learner) -> dict[int, ModuleRecord]:
    """Every module the learner has enrolled in or holds a certificate for, by id, in one query
    of the learner's own rows: when they first and last completed it (COMPLETED_DEFINITION),
    their latest certificate standing, and whether they are taking it now."""
    if learner is None or not learner.is_authenticated:
        return {}
    records = {}
    for first, last, code, expires, taking, *page in _MODULE_RECORDS.rows(learner=learner.pk):
        record = ModuleRecord(page, first, last, code, expires, bool(taking))
        records[record.module_id] = record
    return records


def module_records_for_request(request) -> dict[int, ModuleRecord]:
    """``module_records`` of the signed-in person, read once for a page whose sections (My
    learning's completed modules, each pathway's progress) all need them. GET pages only."""
    records = getattr(request, "_academy_module_records", None)
    if records is None:
        records = request._academy_module_records = module_records(learner=request.user)
    return records


def completed_modules(
    *, learner, records: dict[int, ModuleRecord] | None = None
) -> list[CompletedModule]:
    """Every module the learner has completed, latest first. ``records``: the learner's
    ``module_records`` where the page has read them already."""
    if records is None:
        records = module_records(learner=learner)
    done = [record for record in records.values() if record.first_completed_at is not None]
    done.sort(key=lambda record: record.module_title)
    done.sort(key=lambda record: record.last_completed_at, reverse=True)
    return [CompletedModule(record) for record in done]


def module_taking(*, learner):
    """Whether the learner is taking the module in OuterRef("pk") now (not left)."""
    return Exists(
        Enrolment.objects.filter(
            learner=learner, module=OuterRef("pk"), status=Enrolment.Status.ACTIVE
        )
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

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def label_id(self) -> str:
        return f"progress-{self.enrolment.pk}"


# My learning shows the modules in progress enrolled in most recently; the rest are a link away.
DASHBOARD_IN_PROGRESS_SHOWN = 8
# ...and the modules completed most recently.
DASHBOARD_COMPLETED_SHOWN = 8


@dataclass
class Dashboard:
    in_progress: list[DashboardRow]
    in_progress_count: int
    completed: list[CompletedModule]
    cpd_hours: Decimal
    year_start: date
    year_end: date


def _taking(learner):
    return Enrolment.objects.filter(learner=learner, status=Enrolment.Status.ACTIVE).order_by(
        "-enrolled_at", "-pk"
    )


def _progress_done_query(learner: int, shown: int | None):
    enrolments = _taking(learner)
    if shown is not None:
        enrolments = enrolments[:shown]
    return LessonProgress.objects.filter(
        enrolment__in=enrolments.values("pk"), cycle=F("enrolment__cycle")
    ).values_list("enrolment_id", "lesson_id")


@functools.cache
def _progress_done(shown: int | None) -> PreparedQuery:
    """The lessons done in the current cycle of the ``shown`` modules the learner enrolled in
    most recently (None: all they are taking), compiled once per process for each number."""
    return PreparedQuery(lambda learner: _progress_done_query(learner, shown), learner=int)


def in_progress_read(
    *, learner, shown: int | None = DASHBOARD_IN_PROGRESS_SHOWN
) -> tuple[list[DashboardRow], int]:
    """Rows for the ``shown`` modules in progress enrolled in most recently (None: all of
    them), and how many there are in all, in a fixed number of queries however many.

    Each module's live lessons come from its cached lesson list; the learner's own progress is
    one query of the lesson ids done in each enrolment's current cycle, never the lesson pages."""
    enrolments = list(
        _taking(learner)
        .select_related("module")
        .defer("module__description", "module__learning_outcomes")
    )
    count = len(enrolments)
    enrolments = enrolments if shown is None else enrolments[:shown]
    lists = module_lesson_lists([enrolment.module for enrolment in enrolments])
    done: dict[int, set[int]] = {}
    if enrolments:
        for enrolment_id, lesson_id in _progress_done(shown).rows(learner=learner.pk):
            done.setdefault(enrolment_id, set()).add(lesson_id)
    rows = []
    for enrolment in enrolments:
        listed = lists[enrolment.module_id]
        ids = [lesson[0] for lesson in listed.lessons]
        done_ids = done.get(enrolment.pk, set())
        resume = next((i for i, pk in enumerate(ids) if pk not in done_ids), 0 if ids else None)
        rows.append(
            DashboardRow(
                enrolment=enrolment,
                total=len(ids),
                done=sum(1 for pk in ids if pk in done_ids),
                resume_lesson=None if resume is None else listed.lesson(resume),
            )
        )
    return rows, count


def dashboard_read(
    *,
    learner,
    ledger: list[tuple] | None = None,
    records: dict[int, ModuleRecord] | None = None,
    shown: int | None = DASHBOARD_IN_PROGRESS_SHOWN,
) -> Dashboard:
    """Everything "My learning" shows, in a fixed number of queries however many enrolments.
    ``ledger`` and ``records``: the learner's credit ledger rows and ``module_records`` where
    the page has read them for its other sections; ``shown``: as ``in_progress_read``."""
    in_progress, count = in_progress_read(learner=learner, shown=shown)
    start = academic_year_start(timezone.localdate())
    end = date(start.year + 1, 8, 31)
    hours = cpd_hours_in_academic_year(learner=learner, year=start.year, entries=ledger)
    return Dashboard(
        in_progress=in_progress,
        in_progress_count=count,
        completed=completed_modules(learner=learner, records=records),
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
