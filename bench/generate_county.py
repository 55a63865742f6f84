"""Fill a scratch PostgreSQL database with a county (or the nation) of learners, for benchmarks.

    createdb -h 127.0.0.1 -U postgres academy_bench   # once
    .venv/bin/python bench/generate_county.py \
        --database-url postgres://postgres@127.0.0.1:5432/academy_bench [--scale county] [--seed 1]

County: 20,000 learners in 300 schools, 200 modules of 20-50 lessons (real Wagtail pages), about
100,000 enrolments (most learners 3-10, one in a hundred 40), 2,000,000 lesson-progress rows,
300,000 quiz attempts, 60,000 certificates with their ledger entries, 8,000 pathway followers,
300 boards with 3,500 governors and a current employment for every member of staff.
`--scale national` multiplies the people by 37.5 (750,000 learners) over 600 modules.

It migrates the database, then writes with COPY. It refuses a database that holds anything but
its own data: a database it generated carries the table `bench_generated` (scale, seed, when).
Given a database it generated with the same scale and seed it does nothing; with another scale or
seed it empties it first (`--force` regenerates it either way).

Importable: `generate(database_url, scale="county", seed=1)` returns what it made (a dict of
counts, the seconds taken, and `typical` / `heavy` learner ids for load tests).

Every learner's password is BENCH_PASSWORD.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_PASSWORD = "bench-county-2026"
MARKER = "bench_generated"
UTC = dt.UTC


@dataclass(frozen=True)
class Scale:
    learners: int
    schools: int
    modules: int
    providers: int
    boards: int
    governors: int
    pathway_followers: int
    pathways: int


SCALES = {
    "county": Scale(
        learners=20_000,
        schools=300,
        modules=200,
        providers=13,
        boards=300,
        governors=3_500,
        pathway_followers=8_000,
        pathways=8,
    ),
    "national": Scale(
        learners=750_000,
        schools=11_250,
        modules=600,
        providers=40,
        boards=11_250,
        governors=131_250,
        pathway_followers=300_000,
        pathways=16,
    ),
}

# Module completions carry a certificate; about 60 in 100 enrolments are complete.
COMPLETED_SHARE = 0.6
WITHDRAWN_SHARE = 0.03
QUIZ_EVERY = 7  # one lesson in seven ends with a quiz
NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TOWNS = ["Northampton", "Kettering", "Corby", "Wellingborough", "Daventry", "Rushden", "Towcester"]
FIRST = "Amelia Oliver Isla George Ava Noah Mia Arthur Ivy Leo Grace Oscar Freya Harry Lily".split()
LAST = "Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Walker Evans".split()
KINDS = ["cpd", "early_career", "leadership", "itt", "governance", "early_years", "support_staff"]


def _configure(database_url: str) -> None:
    """Set Django up on this database (or check that it already is)."""
    if not database_url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("The generator writes PostgreSQL only: give a postgres:// URL.")
    from django.apps import apps

    if apps.ready:
        from django.conf import settings

        wanted = urlparse(database_url).path.lstrip("/")
        name = settings.DATABASES["default"]["NAME"]
        if name != wanted:
            raise SystemExit(f"Django is already set up on {name}, not {wanted}.")
        return
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy_site.settings.dev")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()


def _state(cursor) -> dict | None:
    """What the database holds: None when empty, the marker when it is ours; else refuse."""
    cursor.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    tables = cursor.fetchone()[0]
    if not tables:
        return None
    cursor.execute("SELECT to_regclass(%s)", [f"public.{MARKER}"])
    if cursor.fetchone()[0] is None:
        raise SystemExit(
            "Refusing: this database holds tables the generator did not make. "
            "Give it an empty database of its own (createdb ...)."
        )
    cursor.execute(f"SELECT scale, seed, finished_at, summary FROM {MARKER}")
    row = cursor.fetchone()
    if row is None:
        return {"scale": None, "seed": None, "finished_at": None, "summary": None}
    summary = json.loads(row[3]) if isinstance(row[3], str) else row[3]
    return {"scale": row[0], "seed": row[1], "finished_at": row[2], "summary": summary}


def generate(
    database_url: str, scale: str = "county", seed: int = 1, force: bool = False, log=print
):
    """Fill the database (see the module's docstring); returns the summary."""
    started = time.monotonic()
    _configure(database_url)
    from django.db import connection

    with connection.cursor() as cursor:
        state = _state(cursor)
        if state and state["finished_at"] and not force:
            if state["scale"] == scale and state["seed"] == seed:
                summary = state["summary"]
                log(f"Already generated ({scale}, seed {seed}) at {state['finished_at']}.")
                connection.close()
                from django.core.management import call_command

                # The code may have gained migrations since: bring the schema up to date.
                call_command("migrate", verbosity=0)
                return summary
        if state is not None:
            log("Emptying the database it generated before...")
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    connection.close()

    from django.core.management import call_command

    t = time.monotonic()
    call_command("migrate", verbosity=0)
    log(f"migrated in {time.monotonic() - t:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE {MARKER} (scale text, seed int, started_at timestamptz, "
            "finished_at timestamptz, summary jsonb)"
        )
        cursor.execute(
            f"INSERT INTO {MARKER} (scale, seed, started_at) VALUES (%s, %s, now())",
            [scale, seed],
        )
    summary = _Generator(SCALES[scale], seed, log).run()
    summary["seconds"] = round(time.monotonic() - started, 1)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {MARKER} SET finished_at = now(), summary = %s::jsonb", [json.dumps(summary)]
        )
    log(f"Generated {scale} (seed {seed}) in {summary['seconds']} s:")
    for name, value in summary["counts"].items():
        log(f"  {name:<30} {value:>10,}")
    return summary


class _Generator:
    def __init__(self, scale: Scale, seed: int, log):
        self.scale = scale
        self.seed = seed
        self.rng = random.Random(seed)
        self.log = log
        self.counts: dict[str, int] = {}

    # -- plumbing --------------------------------------------------------------------------------

    def copy(self, table: str, columns: list[str], rows) -> int:
        """COPY rows into a table; returns how many."""
        from django.db import connection

        t = time.monotonic()
        n = 0
        raw = connection.connection
        with raw.cursor() as cursor:
            quoted = ", ".join(f'"{column}"' for column in columns)
            sql = f"COPY {table} ({quoted}) FROM STDIN"
            with cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)
                    n += 1
        self.counts[table] = self.counts.get(table, 0) + n
        self.log(f"  {table}: {n:,} rows in {time.monotonic() - t:.1f} s")
        return n

    def reset_sequences(self, tables: list[str]) -> None:
        from django.db import connection

        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                )

    # -- the county ------------------------------------------------------------------------------

    def run(self) -> dict:
        from django.db import connection, transaction

        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit = off")
            # Foreign keys are checked by the generator's own construction, not row by row.
            cursor.execute("SET session_replication_role = replica")
        with transaction.atomic():
            self.schools()
            self.people()
            self.content()
        with transaction.atomic():
            self.learning()
            self.pathway_followers()
            self.governors()
            self.employments()
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = DEFAULT")
            cursor.execute("ANALYZE")
        # The summaries the site keeps as records change, built as their nightly rebuild does.
        from django.core.management import call_command

        call_command("governors_standings_rebuild", verbosity=0)
        return {
            "counts": self.counts,
            "typical": self.typical,
            "heavy": self.heavy,
            "password": BENCH_PASSWORD,
        }

    def schools(self):
        phases = ["primary"] * 7 + ["secondary"] * 2 + ["special", "nursery"]
        types = ["academy", "community", "voluntary_aided", "foundation", "free_school"]
        rows = (
            (
                n,
                f"{100000 + n}",
                f"{self.rng.choice(TOWNS)} {['Park', 'Brook', 'Hill', 'Vale'][n % 4]} School {n}",
                self.rng.choice(phases),
                self.rng.choice(types),
                self.rng.choice(TOWNS),
                f"NN{n % 18 + 1} {n % 9}AB",
            )
            for n in range(1, self.scale.schools + 1)
        )
        self.copy(
            "schools_school", ["id", "urn", "name", "phase", "type", "town", "postcode"], rows
        )
        self.reset_sequences(["schools_school"])

    def people(self):
        """Learners (the last `governors` of them govern), with a school each."""
        from django.contrib.auth.hashers import make_password

        password = make_password(BENCH_PASSWORD)
        roles = ["teacher"] * 6 + ["early_career", "middle_leader", "teaching_assistant"]
        roles += ["support_staff", "senior_leader", "early_years", "trainee"]
        joined = NOW - dt.timedelta(days=900)
        first_governor = self.scale.learners - self.scale.governors + 1

        def rows():
            for n in range(1, self.scale.learners + 1):
                role = "governor" if n >= first_governor else self.rng.choice(roles)
                yield (
                    n,
                    password,
                    False,
                    FIRST[n % len(FIRST)],
                    f"{LAST[n % len(LAST)]}-{n}",
                    False,
                    True,
                    joined + dt.timedelta(minutes=n),
                    f"learner{n}@bench.example",
                    role,
                    self.school_of(n),
                    "",
                )

        self.copy(
            "accounts_user",
            [
                "id",
                "password",
                "is_superuser",
                "first_name",
                "last_name",
                "is_staff",
                "is_active",
                "date_joined",
                "email",
                "job_role",
                "school_id",
                "trn",
            ],
            rows(),
        )
        self.copy(
            "account_emailaddress",
            ["id", "user_id", "email", "verified", "primary"],
            (
                (n, n, f"learner{n}@bench.example", True, True)
                for n in range(1, self.scale.learners + 1)
            ),
        )
        self.reset_sequences(["accounts_user", "account_emailaddress"])

    def school_of(self, learner: int) -> int:
        return (learner * 7919) % self.scale.schools + 1

    def content(self):
        """Providers and modules through Wagtail; lessons as page rows written in bulk."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page

        from courses.models import LessonPage, ModulePage, ProviderIndexPage, ProviderPage
        from pathways.models import PathwayIndexPage, PathwayPage

        t = time.monotonic()
        home = Page.objects.get(depth=2, slug="home").specific
        index = home.add_child(instance=ProviderIndexPage(title="Providers", slug="providers"))
        providers = [
            index.add_child(
                instance=ProviderPage(
                    title=f"Bench Teaching School Alliance {n}",
                    slug=f"alliance-{n}",
                    summary="A Teaching School hub serving the county's schools.",
                )
            )
            for n in range(1, self.scale.providers + 1)
        ]
        self.modules: list[ModulePage] = []
        self.lesson_counts: list[int] = []
        for n in range(self.scale.modules):
            kind = KINDS[n % len(KINDS)]
            module = ModulePage(
                title=f"{kind.replace('_', ' ').capitalize()} module {n + 1}",
                slug=f"module-{n + 1}",
                kind=kind,
                summary="What the research says, and how to put it into practice in class.",
                description="<p>A module of the bench county, with lessons, quizzes and prompts.</p>",
                learning_outcomes="Explain the evidence\nPlan a change\nReview its impact",
                cpd_hours=self.rng.choice([3, 6, 10, 12]),
                validity_months=24 if kind == "governance" else None,
            )
            providers[n % len(providers)].add_child(instance=module)
            module.save_revision().publish()
            self.modules.append(module)
            self.lesson_counts.append(self.rng.randint(20, 50))
        self.log(
            f"  {len(providers)} providers and {len(self.modules)} modules in "
            f"{time.monotonic() - t:.1f} s"
        )

        lesson_type = ContentType.objects.get_for_model(LessonPage)
        locale_id = home.locale_id
        pages, bodies = [], []
        self.lessons: list[list[int]] = []  # lesson ids per module, in order
        self.quiz_blocks: dict[int, str] = {}  # lesson id -> its quiz block's id
        t = time.monotonic()
        for module, count in zip(self.modules, self.lesson_counts, strict=True):
            for k in range(1, count + 1):
                title = f"Lesson {k}: putting it into practice"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=f"lesson-{k}",
                        content_type=lesson_type,
                        path=Page._get_path(module.path, module.depth + 1, k),
                        depth=module.depth + 1,
                        numchild=0,
                        url_path=f"{module.url_path}lesson-{k}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=NOW - dt.timedelta(days=400),
                        last_published_at=NOW - dt.timedelta(days=400),
                        locale_id=locale_id,
                        translation_key=uuid.uuid4(),
                    )
                )
        Page.objects.bulk_create(pages, batch_size=2000)
        by_path = dict(Page.objects.filter(content_type=lesson_type).values_list("path", "id"))
        for module, count in zip(self.modules, self.lesson_counts, strict=True):
            ids = [
                by_path[Page._get_path(module.path, module.depth + 1, k)]
                for k in range(1, count + 1)
            ]
            self.lessons.append(ids)
            for k, lesson_id in enumerate(ids, start=1):
                body = self.lesson_body(k)
                if k % QUIZ_EVERY == 0:
                    self.quiz_blocks[lesson_id] = body[-1]["id"]
                bodies.append((lesson_id, self.rng.choice([10, 15, 20, 30]), json.dumps(body)))
        ModulePage.objects.filter(pk__in=[m.pk for m in self.modules]).update(numchild=0)
        for module, count in zip(self.modules, self.lesson_counts, strict=True):
            Page.objects.filter(pk=module.pk).update(numchild=count)
        self.copy("courses_lessonpage", ["page_ptr_id", "estimated_minutes", "body"], bodies)
        self.counts["lesson pages"] = len(pages)
        self.log(f"  {len(pages):,} lesson pages in {time.monotonic() - t:.1f} s")

        # Pathways: consecutive runs of 7-11 modules, one stage of electives at the end.
        pathway_index = home.add_child(instance=PathwayIndexPage(title="Pathways", slug="pathways"))
        self.pathways = []
        start = 0
        for n in range(self.scale.pathways):
            size = self.rng.randint(7, 11)
            chosen = [self.modules[(start + i) % len(self.modules)] for i in range(size)]
            start += size
            stages = []
            for s in range(0, size - 3, 3):
                stages.append(_stage(f"Stage {len(stages) + 1}", chosen[s : s + 3], [], s > 0))
            rest = chosen[len(stages) * 3 :]
            stages.append(_stage("Electives", [], rest, True, rule=("count", 1)))
            pathway = pathway_index.add_child(
                instance=PathwayPage(
                    title=f"Bench pathway {n + 1}",
                    slug=f"pathway-{n + 1}",
                    summary="A county route from early career to leadership.",
                    stages=stages,
                )
            )
            self.pathways.append((pathway, [m.pk for m in chosen]))
        self.counts["modules"] = len(self.modules)
        self.counts["pathways"] = len(self.pathways)

    def lesson_body(self, k: int) -> list[dict]:
        text = (
            "<p>Retrieval practice strengthens memory: ask pupils to recall what they learnt "
            "last week before you teach what follows. Plan the questions in advance.</p>"
        )
        body = [
            {
                "type": "heading",
                "value": {"text": "What the evidence says", "level": "h2"},
                "id": str(uuid.uuid4()),
            },
            {"type": "paragraph", "value": text * 3, "id": str(uuid.uuid4())},
            {
                "type": "callout",
                "value": {"kind": "tip", "title": "Try this", "text": "<p>Start with a quiz.</p>"},
                "id": str(uuid.uuid4()),
            },
            {"type": "paragraph", "value": text * 2, "id": str(uuid.uuid4())},
        ]
        if k % 5 == 0:
            body.append(
                {
                    "type": "reflection",
                    "value": {"prompt": "How will you use this next week?", "guidance": ""},
                    "id": str(uuid.uuid4()),
                }
            )
        if k % QUIZ_EVERY == 0:
            questions = [
                {
                    "question": f"Question {q}: which helps pupils remember?",
                    "kind": "single",
                    "options": [
                        {"text": "Retrieval practice", "correct": True},
                        {"text": "Re-reading notes", "correct": False},
                        {"text": "Highlighting", "correct": False},
                    ],
                    "explanation": "Recalling strengthens memory more than re-reading.",
                }
                for q in range(1, 4)
            ]
            body.append(
                {
                    "type": "quiz",
                    "value": {"title": "Check your understanding", "questions": questions},
                    "id": str(uuid.uuid4()),
                }
            )
        return body

    def plan(self, learner: int) -> list[int]:
        """The module indexes a learner is enrolled on (deterministic per learner)."""
        rng = random.Random(self.seed * 10_000_019 + learner)
        roll = rng.random()
        if roll < 0.01:
            n = 40
        elif roll < 0.10:
            n = rng.randint(1, 2)
        else:
            n = min(rng.randint(3, 8), rng.randint(3, 10))  # 3-10, mostly the lower end
        return rng.sample(range(len(self.modules)), n)

    def learning(self):
        """Enrolments, progress, quiz attempts, completions, certificates and their ledger."""
        enrolments, progress, attempts, completions = [], [], [], []
        certificates, events, credits, awards = [], [], [], []
        enrolment_id = progress_id = attempt_id = completion_id = 0
        code_rng = random.Random(self.seed)
        alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
        self.typical = []
        self.heavy = []
        shown = json.dumps([{"question": q, "options": [0, 1, 2]} for q in range(3)])
        answers_good = json.dumps({"0": [0], "1": [0], "2": [0]})
        answers_bad = json.dumps({"0": [1], "1": [0], "2": [2]})
        for learner in range(1, self.scale.learners + 1):
            plan = self.plan(learner)
            rng = random.Random(self.seed * 7_000_003 + learner)
            if len(plan) == 40 and len(self.heavy) < 100:
                self.heavy.append(learner)
            elif 5 <= len(plan) <= 7 and len(self.typical) < 100:
                self.typical.append(learner)
            name = f"{FIRST[learner % len(FIRST)]} {LAST[learner % len(LAST)]}-{learner}"
            for index in plan:
                module = self.modules[index]
                lessons = self.lessons[index]
                enrolment_id += 1
                enrolled = NOW - dt.timedelta(days=rng.randint(30, 800), minutes=learner % 1440)
                roll = rng.random()
                if roll < COMPLETED_SHARE:
                    status, done = "completed", len(lessons)
                elif roll < COMPLETED_SHARE + WITHDRAWN_SHARE:
                    status, done = "withdrawn", rng.randint(0, len(lessons) // 3)
                else:
                    status, done = "active", rng.randint(0, int(len(lessons) * 0.4))
                finished = enrolled + dt.timedelta(days=rng.randint(3, 25))
                at = enrolled
                step = (finished - enrolled) / max(done, 1)
                for lesson in lessons[:done]:
                    progress_id += 1
                    at = at + step
                    progress.append((progress_id, enrolment_id, lesson, 1, at))
                    quiz = self.quiz_blocks.get(lesson)
                    if quiz:
                        # One in seven fails first, then everyone passes.
                        tries = [False, True] if rng.random() < 0.15 else [True]
                        for n, passed in enumerate(tries):
                            attempt_id += 1
                            minutes = (len(tries) - n) * 4
                            attempts.append(
                                (
                                    attempt_id,
                                    enrolment_id,
                                    lesson,
                                    quiz,
                                    1,
                                    shown,
                                    answers_good if passed else answers_bad,
                                    3 if passed else 1,
                                    3,
                                    100 if passed else 33,
                                    passed,
                                    at - dt.timedelta(minutes=minutes + 3),
                                    at - dt.timedelta(minutes=minutes),
                                )
                            )
                last_lesson = lessons[done - 1] if done else None
                enrolments.append(
                    (
                        enrolment_id,
                        learner,
                        module.pk,
                        status,
                        enrolled,
                        finished if status == "withdrawn" else None,
                        1,
                        finished if status == "completed" else None,
                        last_lesson,
                    )
                )
                if status != "completed":
                    continue
                completion_id += 1
                completions.append((completion_id, enrolment_id, 1, finished))
                key = f"module-completion:{completion_id}"
                code = "".join(code_rng.choice(alphabet) for _ in range(10))
                cert_id = uuid.UUID(int=code_rng.getrandbits(128), version=4)
                expires = (
                    finished + dt.timedelta(days=30 * module.validity_months)
                    if module.validity_months
                    else None
                )
                certificates.append(
                    (
                        cert_id,
                        code,
                        key,
                        learner,
                        "module",
                        module.pk,
                        name,
                        module.title,
                        f"Bench alliance {index % self.scale.providers + 1}",
                        module.cpd_hours,
                        0,
                        None,
                        finished,
                        finished + dt.timedelta(minutes=1),
                        expires,
                        "valid",
                        None,
                        "",
                        module.validity_months,
                        "",
                        finished + dt.timedelta(minutes=2),
                    )
                )
                events.append((completion_id, cert_id, "issued", "", finished))
                credits.append(
                    (
                        completion_id,
                        learner,
                        "module",
                        key,
                        module.pk,
                        module.title,
                        module.cpd_hours,
                        0,
                        None,
                        finished,
                        "",
                        finished,
                    )
                )
                awards.append(
                    (completion_id, learner, module.pk, key, finished, finished, finished)
                )
            if len(progress) > 500_000:
                # At national scale the ledger would not fit in memory: write it as we go.
                self._flush_learning(enrolments, progress, attempts)
                self._flush_ledger(completions, certificates, events, credits, awards)
        self._flush_learning(enrolments, progress, attempts)
        self._flush_ledger(completions, certificates, events, credits, awards)
        self.reset_sequences(
            [
                "learning_enrolment",
                "learning_lessonprogress",
                "learning_quizattempt",
                "learning_modulecompletion",
                "credentials_certificateevent",
                "credentials_creditentry",
                "credentials_awardrequest",
            ]
        )
        self.counts["certificates"] = self.counts["credentials_certificate"]

    def _flush_ledger(self, completions, certificates, events, credits, awards):
        """Write the completions and their certificates, events, credits and awards so far."""
        self.copy(
            "learning_modulecompletion",
            ["id", "enrolment_id", "cycle", "completed_at"],
            completions,
        )
        self.copy(
            "credentials_certificate",
            [
                "id",
                "code",
                "source_key",
                "learner_id",
                "kind",
                "page_id",
                "learner_name",
                "title",
                "provider_name",
                "cpd_hours",
                "academic_credits",
                "fheq_level",
                "completed_at",
                "issued_at",
                "expires_at",
                "status",
                "status_changed_at",
                "revoked_reason",
                "validity_months",
                "pdf",
                "rendered_at",
            ],
            certificates,
        )
        self.copy(
            "credentials_certificateevent",
            ["id", "certificate_id", "action", "reason", "at"],
            events,
        )
        self.copy(
            "credentials_creditentry",
            [
                "id",
                "learner_id",
                "source",
                "source_key",
                "page_id",
                "description",
                "cpd_hours",
                "academic_credits",
                "fheq_level",
                "awarded_at",
                "evidence",
                "created_at",
            ],
            credits,
        )
        self.copy(
            "credentials_awardrequest",
            [
                "id",
                "learner_id",
                "page_id",
                "source_key",
                "completed_at",
                "requested_at",
                "issued_at",
            ],
            awards,
        )
        for rows in (completions, certificates, events, credits, awards):
            rows.clear()

    def _flush_learning(self, enrolments, progress, attempts):
        self.copy(
            "learning_enrolment",
            [
                "id",
                "learner_id",
                "module_id",
                "status",
                "enrolled_at",
                "withdrawn_at",
                "cycle",
                "completed_at",
                "last_lesson_id",
            ],
            enrolments,
        )
        self.copy(
            "learning_lessonprogress",
            ["id", "enrolment_id", "lesson_id", "cycle", "completed_at"],
            progress,
        )
        self.copy(
            "learning_quizattempt",
            [
                "id",
                "enrolment_id",
                "lesson_id",
                "quiz_block_id",
                "cycle",
                "shown",
                "answers",
                "score",
                "max_score",
                "percent",
                "passed",
                "started_at",
                "submitted_at",
            ],
            attempts,
        )
        enrolments.clear()
        progress.clear()
        attempts.clear()

    def pathway_followers(self):
        """Followers of each pathway, typical and heavy bench learners among them."""
        chosen = set(self.typical + self.heavy)
        others = [n for n in range(1, self.scale.learners + 1) if n not in chosen]
        random.Random(self.seed).shuffle(others)
        followers = (self.typical + self.heavy + others)[: self.scale.pathway_followers]
        rows = []
        for n, learner in enumerate(followers, start=1):
            pathway, _ = self.pathways[learner % len(self.pathways)]
            joined = NOW - dt.timedelta(days=100 + learner % 300)
            rows.append((n, learner, pathway.pk, joined, None, None))
        self.copy(
            "pathways_pathwayenrolment",
            ["id", "learner_id", "pathway_id", "joined_at", "left_at", "completed_at"],
            rows,
        )
        self.reset_sequences(["pathways_pathwayenrolment"])

    def governors(self):
        """Boards of about a dozen governors; the last learners are the governors."""
        first_governor = self.scale.learners - self.scale.governors + 1
        from courses.models import ModulePage

        kinds = ["maintained", "trust", "local"]
        self.copy(
            "governors_board",
            ["id", "name", "kind", "created_at", "closed_on"],
            (
                (n, f"Governing board {n}", kinds[n % 3], NOW, None)
                for n in range(1, self.scale.boards + 1)
            ),
        )
        self.copy(
            "governors_board_schools",
            ["id", "board_id", "school_id"],
            ((n, n, (n - 1) % self.scale.schools + 1) for n in range(1, self.scale.boards + 1)),
        )
        roles = ["parent", "staff", "local_authority", "co_opted", "foundation", "co_opted"]
        rows = []
        per_board: dict[int, int] = {}
        for g in range(1, self.scale.governors + 1):
            board = (g - 1) % self.scale.boards + 1
            place = per_board[board] = per_board.get(board, 0) + 1
            role = {1: "chair", 2: "vice_chair", 3: "clerk"}.get(place, roles[g % len(roles)])
            appointed = (NOW - dt.timedelta(days=30 + g % 1400)).date()
            rows.append(
                (
                    g,
                    first_governor + g - 1,
                    board,
                    role,
                    appointed,
                    appointed + dt.timedelta(days=4 * 365),
                    None,
                    NOW,
                )
            )
        self.copy(
            "governors_governorship",
            [
                "id",
                "governor_id",
                "board_id",
                "role",
                "appointed_on",
                "term_ends_on",
                "ended_on",
                "created_at",
            ],
            rows,
        )
        governance = [m for m in self.modules if m.kind == ModulePage.Kind.GOVERNANCE][:3]
        self.copy(
            "governors_trainingrequirement",
            [
                "id",
                "title",
                "module_id",
                "roles",
                "due_within_days",
                "renew_every_months",
                "window_days",
                "active",
            ],
            ((n, "", m.pk, "[]", 183, None, None, True) for n, m in enumerate(governance, 1)),
        )
        self.reset_sequences(
            [
                "governors_board",
                "governors_board_schools",
                "governors_governorship",
                "governors_trainingrequirement",
            ]
        )

    def employments(self):
        """Every member of staff (not the governors) works at their school, and has confirmed
        it (an unconfirmed employment is a question on My learning and hidden from the school)."""
        last = self.scale.learners - self.scale.governors
        self.copy(
            "workforce_employment",
            [
                "id",
                "person_id",
                "school_id",
                "job_role",
                "started_on",
                "left_on",
                "added_by_id",
                "created_at",
                "confirmed_at",
            ],
            (
                (
                    n,
                    n,
                    self.school_of(n),
                    "teacher",
                    (NOW - dt.timedelta(days=n % 3000)).date(),
                    None,
                    None,
                    NOW,
                    NOW,
                )
                for n in range(1, last + 1)
            ),
        )
        self.reset_sequences(["workforce_employment"])


def _item(pk: int) -> dict:
    return {"type": "item", "value": pk, "id": str(uuid.uuid4())}


def _stage(title, required, electives, locked, rule=("none", None)):
    return {
        "type": "stage",
        "id": str(uuid.uuid4()),
        "value": {
            "title": title,
            "description": "",
            "required_modules": [_item(m.pk) for m in required],
            "electives": [_item(m.pk) for m in electives],
            "rule": rule[0],
            "rule_number": rule[1],
            "rule_level": None,
            "locked_until_previous": locked,
        },
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"), required=False)
    parser.add_argument("--scale", choices=sorted(SCALES), default="county")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="regenerate even if it is there")
    args = parser.parse_args(argv)
    if not args.database_url:
        parser.error("give --database-url postgres://...")
    generate(args.database_url, args.scale, args.seed, force=args.force)


if __name__ == "__main__":
    main()
