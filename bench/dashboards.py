"""Server time of the impact dashboards on a generated county (or nation): median of several
runs per page, with its query count.

    createdb -h 127.0.0.1 -U postgres academy_bench   # once
    .venv/bin/python bench/dashboards.py \
        --database-url postgres://postgres@127.0.0.1:5432/academy_bench [--scale county] [--runs 5]

It fills the database with bench/generate_county.py first (which refuses any database it did not
generate), then asks each page as a council officer and as a provider lead through Django's test
client: the time is the whole request (selectors, tables, charts, template), with cached
templates as in production.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy_site.settings.dev")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "bench-only")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")


def _officer():
    from django.contrib.auth.models import Group

    from accounts.models import User

    officer, _ = User.objects.get_or_create(email="bench.officer@academy.example")
    officer.groups.add(Group.objects.get(name="Council officers"))
    return officer


def _lead(provider):
    from accounts.models import User
    from courses.services import provider_permissions_setup

    lead, _ = User.objects.get_or_create(email=f"bench.lead.{provider.pk}@academy.example")
    lead.groups.add(provider_permissions_setup(provider=provider))
    return lead


def _client(user):
    from allauth.mfa.models import Authenticator
    from django.test import Client

    from tests.factories import totp_enable

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        totp_enable(user)
    client = Client()
    client.force_login(user)
    return client


def _time(client, url: str, runs: int) -> tuple[float, float, float, int, int]:
    """Median wall time, CPU time of this process and time in the database (ms), queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, cpu, database = [], [], []
    queries = 0
    status = 0
    for _ in range(runs + 1):
        with CaptureQueriesContext(connection) as captured:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        database.append(sum(float(q["time"]) for q in captured.captured_queries))
        queries, status = len(captured), response.status_code

    def median(values):
        return statistics.median(values[1:] or values) * 1000

    return median(times), median(cpu), median(database), queries, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--scale", default="county", choices=["county", "national"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from generate_county import generate

    generate(args.database_url, scale=args.scale, log=lambda message: None)

    from django.core.management import call_command
    from django.db.models import Count

    from courses.models import ModulePage, ProviderPage
    from learning.models import Enrolment
    from reports.selectors import current_academic_year
    from reports.services import governor_training_refresh, pathway_stages_refresh
    from reports.summaries import (
        ROLLING,
        figure_summaries_refresh,
        figure_summary_rebuild,
        years_kept,
    )

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    pathway_stages_refresh()
    governor_training_refresh()
    refresh = time.perf_counter() - started
    # The years the pages below read (and the last twelve months), each built and timed once;
    # at county size also any other kept year not yet built.
    this_year = current_academic_year()
    if args.scale == "county":
        figure_summaries_refresh(years=[y for y in years_kept() if y < this_year - 1])
    builds = {}
    # At national size only the last twelve months (what the default pages read): each build
    # takes minutes there.
    for year in (ROLLING,) if args.scale == "national" else (this_year - 1, this_year, ROLLING):
        started = time.perf_counter()
        figure_summary_rebuild(year)
        builds[year] = time.perf_counter() - started
    provider = ProviderPage.objects.order_by("pk").first()
    busiest = (
        Enrolment.objects.values("learner__school_id", "module_id")
        .order_by()
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    module = ModulePage.objects.get(pk=busiest["module_id"])
    school = busiest["learner__school_id"]
    pages = [
        ("county", _officer(), "/reports/"),
        ("county, last year", _officer(), f"/reports/?year={this_year - 1}"),
        ("county, a school", _officer(), f"/reports/?school={school}"),
        ("county, school, module", _officer(), f"/reports/?school={school}&module={module.pk}"),
        ("provider lead", _lead(provider), "/reports/"),
        ("provider lead, last year", _lead(provider), f"/reports/?year={this_year - 1}"),
        ("county CSV by school", _officer(), "/reports/school.csv"),
        (
            "county, a date range (live)",
            _officer(),
            f"/reports/?start={this_year - 1}-09-01&end={this_year}-08-30",
        ),
        ("impact matrix", _officer(), "/reports/impact-matrix/"),
        ("staff kept", _officer(), "/reports/staff/"),
    ]
    print(f"{args.scale}: {Enrolment.objects.count():,} enrolments; median of {args.runs} runs")
    print(
        f"  pathway stage and governor training summaries refreshed in {refresh:.1f} s (the scheduled task's work)"
    )
    print(
        "  figure summaries built in "
        + ", ".join(
            f"{seconds:.1f} s ({'last 12 months' if year == ROLLING else year})"
            for year, seconds in builds.items()
        )
        + " (each refresh: the current year and the last 12 months)"
    )
    # At national size the pages counted live (or from years not built) are left out: each
    # would take minutes.
    if args.scale == "national":
        skipped = {"county, a date range (live)", "staff kept", "county, last year"}
        skipped.add("provider lead, last year")
        pages = [page for page in pages if page[0] not in skipped]
    once: set = set()
    for label, user, url in pages:
        ms, cpu, db, queries, status = _time(_client(user), url, 0 if label in once else args.runs)
        print(
            f"  {label:<28} {ms:7.0f} ms  (Python CPU {cpu:5.0f} ms, database {db:5.0f} ms)"
            f"  {queries:3d} queries  (HTTP {status})"
        )


if __name__ == "__main__":
    main()
