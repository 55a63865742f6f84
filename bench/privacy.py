"""The demo teacher's data archive and erasure: median time and queries of each.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python manage.py seed_demo
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/privacy.py [--runs 5]

It reads the seeded demo; each erasure runs in a transaction that is rolled back, so the
database is left as it was. Point it at a scratch database, never at real data.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy_site.settings.dev")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "bench-only")


class _RolledBack(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--email", default="teacher@academy.example")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from privacy.services import archive_build, person_erase

    person = User.objects.get(email=args.email)

    def measure(action) -> tuple[float, int, object]:
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            result = action()
            return time.perf_counter() - start, len(queries), result

    archive = [measure(lambda: archive_build(person)) for _ in range(args.runs)]
    print(
        f"archive: median {statistics.median(t for t, _, _ in archive) * 1000:.0f} ms, "
        f"{archive[0][1]} queries, {len(archive[0][2]) / 1024:.1f} KB"
    )

    def erase_and_roll_back():
        try:
            with transaction.atomic():
                outcome = person_erase(person=person, pseudonym="erased-bench")
                raise _RolledBack(outcome)
        except _RolledBack as done:
            return done.args[0]

    erasure = [measure(erase_and_roll_back) for _ in range(args.runs)]
    print(
        f"erasure (rolled back): median {statistics.median(t for t, _, _ in erasure) * 1000:.0f}"
        f" ms, {erasure[0][1]} queries, {sum(erasure[0][2].values())} rows changed"
    )


if __name__ == "__main__":
    main()
