"""The "My school" staff page for a school of 200 staff: median time and queries per request.

    createdb -h 127.0.0.1 -U postgres academy_bench   # once
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/academy_bench \
    .venv/bin/python bench/school_staff.py [--staff 200] [--runs 20]

It migrates the database it is given and writes a bench school, its staff and their learning
records into it: point it at a scratch database, never at real data.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy_site.settings.dev")
os.environ.setdefault("DEBUG", "false")  # cached templates, as in production
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

URN = "999200"


def setup_django():
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a scratch PostgreSQL database.")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def bench_modules(count: int):
    from wagtail.models import Page

    from courses.models import LessonPage, ModulePage, ProviderIndexPage, ProviderPage

    home = Page.objects.get(depth=2)
    index = ProviderIndexPage.objects.first() or home.add_child(
        instance=ProviderIndexPage(title="Providers", slug="providers")
    )
    provider = ProviderPage.objects.filter(slug="bench-staff-alliance").first()
    if provider is None:
        provider = index.add_child(
            instance=ProviderPage(title="Bench Staff Alliance", slug="bench-staff-alliance")
        )
    modules = []
    for number in range(count):
        slug = f"bench-staff-module-{number}"
        module = ModulePage.objects.filter(slug=slug).first()
        if module is None:
            module = provider.add_child(
                instance=ModulePage(
                    title=f"Bench module {number}",
                    slug=slug,
                    kind=ModulePage.Kind.CPD,
                    summary="A module used by the staff page benchmark.",
                    cpd_hours=2,
                    validity_months=12,
                )
            )
            module.add_child(instance=LessonPage(title="Only lesson", slug="only-lesson"))
        modules.append(module)
    return modules


def bench_school(staff: int):
    """A school with `staff` people, each with modules in progress and done, a certificate,
    CPD hours, a pathway and an assignment; created once, reused on later runs."""
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.mfa import totp_enabled
    from credentials.codes import code_generate
    from credentials.models import Certificate, CreditEntry
    from learning.models import Enrolment
    from pathways.models import PathwayEnrolment, PathwayIndexPage, PathwayPage
    from schools.models import School
    from workforce.models import Assignment, Employment, SchoolRole, SchoolRoleKind

    User = get_user_model()
    school, _ = School.objects.get_or_create(
        urn=URN, defaults={"name": "Bench Primary School", "phase": "primary", "type": "academy"}
    )
    lead, _ = User.objects.get_or_create(email="bench-lead@example.org")
    if not totp_enabled(lead):  # a school role needs an authenticator app to see staff
        TOTP.activate(lead, "BENCHBENCHBENCH2")
    SchoolRole.objects.get_or_create(person=lead, school=school, kind=SchoolRoleKind.CPD_LEAD)
    if Employment.objects.filter(school=school).count() >= staff:
        return school, lead
    modules = bench_modules(4)
    from wagtail.models import Page

    index = PathwayIndexPage.objects.first() or Page.objects.get(depth=2).add_child(
        instance=PathwayIndexPage(title="Pathways", slug="pathways")
    )
    pathway = PathwayPage.objects.filter(slug="bench-staff-pathway").first()
    if pathway is None:
        pathway = index.add_child(
            instance=PathwayPage(
                title="Bench pathway",
                slug="bench-staff-pathway",
                summary="For the benchmark.",
                stages=[
                    {
                        "type": "stage",
                        "value": {
                            "title": "Foundations",
                            "required_modules": [modules[0].pk, modules[1].pk],
                            "electives": [],
                            "rule": "none",
                        },
                    }
                ],
            )
        )
    now = timezone.now()
    people = User.objects.bulk_create(
        [
            User(email=f"bench-staff-{n}@example.org", first_name="Staff", last_name=f"{n:04d}")
            for n in range(staff)
        ],
        ignore_conflicts=True,
    )
    people = list(User.objects.filter(email__startswith="bench-staff-"))
    started = timezone.localdate() - timedelta(days=400)
    Employment.objects.bulk_create(
        [
            Employment(
                person=p,
                school=school,
                job_role="teacher",
                started_on=started,
                confirmed_at=now,
            )
            for p in people
        ]
    )
    Enrolment.objects.bulk_create(
        [Enrolment(learner=p, module=modules[0]) for p in people]
        + [
            Enrolment(learner=p, module=modules[1], status="completed", completed_at=now)
            for p in people
        ]
    )
    Certificate.objects.bulk_create(
        [
            Certificate(
                code=code_generate(),
                source_key=f"bench-staff:{p.pk}",
                learner=p,
                page=modules[1],
                learner_name=p.get_full_name(),
                title=modules[1].title,
                completed_at=now,
                issued_at=now,
                expires_at=now + timedelta(days=30),
            )
            for p in people
        ]
    )
    CreditEntry.objects.bulk_create(
        [
            CreditEntry(
                learner=p,
                source="module",
                source_key=f"bench-staff:{p.pk}",
                page=modules[1],
                description=modules[1].title,
                cpd_hours=2,
                awarded_at=now,
            )
            for p in people
        ]
    )
    PathwayEnrolment.objects.bulk_create(
        [PathwayEnrolment(learner=p, pathway=pathway, joined_at=now) for p in people]
    )
    Assignment.objects.bulk_create(
        [
            Assignment(school=school, person=p, module=modules[2], due_on=started, assigned_by=lead)
            for p in people
        ]
    )
    return school, lead


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    school, lead = bench_school(args.staff)
    client = Client()
    client.force_login(lead)
    url = reverse("workforce:school", args=[school.pk])
    response = client.get(url)  # warm: templates, permission caches
    assert response.status_code == 200, response.status_code
    rows = school.employments.count()
    timings, in_database, in_python = [], [], []
    for _ in range(args.runs):
        with CaptureQueriesContext(connection) as queries:
            start, cpu = time.perf_counter(), time.process_time()
            client.get(url)
            timings.append(time.perf_counter() - start)
            in_python.append(time.process_time() - cpu)
        in_database.append(sum(float(q["time"]) for q in queries.captured_queries))
    print(f"Staff page for {rows} staff ({args.runs} runs):")
    print(f"  median {statistics.median(timings) * 1000:.0f} ms, ", end="")
    print(f"fastest {min(timings) * 1000:.0f} ms, {len(queries)} queries per request")
    print(
        f"  median {statistics.median(in_database) * 1000:.0f} ms waiting for the database, "
        f"{statistics.median(in_python) * 1000:.0f} ms of this process's CPU"
    )


if __name__ == "__main__":
    main()
