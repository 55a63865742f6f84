"""Server time of the council's governance overview on a generated county: median of several
runs, with its query count and response size.

    createdb -h 127.0.0.1 -U postgres -T academy_speed academy_governance_bench   # once
    .venv/bin/python bench/governance_overview.py \
        --database-url postgres://postgres@127.0.0.1:5432/academy_governance_bench [--runs 9]

It fills the database with bench/generate_county.py first (which returns at once on a county it
generated before, after migrating it), rebuilds the per-board compliance summary as the nightly
task does (timed), then asks the overview as a council officer through Django's test client: the
time is the whole request (the summary's aggregate, the page of boards, the template), with
cached templates as in production. With --check it also proves that the summary gives every
board the counts the full Python computation gives.
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


def _time(client, url: str, runs: int) -> tuple[float, int, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(runs + 1):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
    return (
        statistics.median(times[1:]) * 1000,
        len(captured),
        len(response.content),
        response.status_code,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--check", action="store_true", help="compare with the Python count")
    args = parser.parse_args()
    from dashboards import _client, _officer
    from generate_county import generate

    generate(args.database_url, scale="county", log=lambda message: None)

    from governors.models import Board, Governorship

    print(
        f"county: {Board.objects.count():,} boards, "
        f"{Governorship.objects.current().count():,} current governors; "
        f"median of {args.runs} runs"
    )
    try:
        from governors.standings import standings_rebuild
    except ImportError:  # main before the summary: the overview computes everything per request
        standings_rebuild = None
    if standings_rebuild is not None:
        started = time.perf_counter()
        written = standings_rebuild()
        print(
            f"  summary rebuilt in {time.perf_counter() - started:.1f} s "
            f"({written:,} rows; the nightly task's work)"
        )
    client = _client(_officer())
    pages = [("overview", "/governance/council/")]
    if standings_rebuild is not None:
        pages += [
            ("overview, page 7", "/governance/council/?page=7"),
            ("overview, by name", "/governance/council/?sort=name"),
            ("overview, search", "/governance/council/?q=primary"),
        ]
    for label, url in pages:
        ms, queries, size, status = _time(client, url, args.runs)
        print(
            f"  {label:<20} {ms:8.1f} ms  {queries:3d} queries  {size / 1024:6.1f} KB  "
            f"(HTTP {status})"
        )
    if args.check and standings_rebuild is not None:
        from governors.selectors import (
            board_standing_compliance,
            boards_compliance,
            boards_standing,
        )

        python = {
            item.board.pk: (item.governors, dict(item.compliance.counts))
            for item in boards_compliance()
        }
        summary = {
            item.board.pk: (item.governors, dict(item.compliance.counts))
            for item in map(board_standing_compliance, boards_standing())
        }
        print(f"  summary equals the Python computation for every board: {python == summary}")


if __name__ == "__main__":
    main()
