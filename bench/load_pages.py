"""Learner pages under load: gunicorn (2 sync workers, production settings) on a generated county,
20 concurrent signed-in learners, each with a session of their own.

    createdb -h 127.0.0.1 -U postgres academy_bench   # once
    .venv/bin/python bench/load_pages.py \
        --database-url postgres://postgres@127.0.0.1:5432/academy_bench \
        --cache-url redis://127.0.0.1:6379/9 [--port 8108] [--seconds 15] [--runs 3] \
        [--driver wrk|threads] [--threads N]

It generates the county first if the database does not hold it (bench/generate_county.py), starts
gunicorn with DEBUG off, a Redis cache and cached_db sessions, signs in 20 typical learners (5-7
enrolments) and 20 heavy ones (40 enrolments) by writing their sessions, and then, for My learning,
a module page, a lesson page and the pathway map, drives 20 concurrent learners, each on a
connection of their own, for --seconds, --runs times: with wrk (Debian's package, the default
where installed; bench/wrk_learners.lua gives each connection its learner's cookie) or with 20
Python threads (--driver threads, which cost the shared cores more). Sync workers close each
connection after answering; --threads N serves with gthread workers, which keep it open. It
prints requests a second, median and p95 under load (the median of the runs), then one client's
median and p95 and the number of queries each page makes (counted in this process, with the same
settings, after a warm-up request).

The load generator runs on the same machine, as in the issue's measurements: quote the machine's
load (printed) beside the figures.
"""

import argparse
import http.client
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PAGES = ["my_learning", "module", "lesson", "pathway"]
STATIC_ROOT = "/tmp/academy-bench-static"


def environment(args) -> dict:
    return {
        "DATABASE_URL": args.database_url,
        "CACHE_URL": args.cache_url,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-not-for-production",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{args.port}",
        "STATIC_ROOT": STATIC_ROOT,
    }


def setup(args):
    os.environ.update(environment(args))
    os.environ["DJANGO_SETTINGS_MODULE"] = "academy_site.settings.production"
    import django

    django.setup()
    from django.core.management import call_command
    from generate_county import generate

    if not Path(STATIC_ROOT, "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    return generate(args.database_url, "county", args.seed)


def learner_targets(learner_ids: list[int]) -> list[dict]:
    """Each learner's session cookie and the addresses of their pages."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    from courses.models import ModulePage
    from learning.models import Enrolment
    from learning.selectors import dashboard_read
    from pathways.models import PathwayEnrolment

    store_class = import_string(settings.SESSION_ENGINE + ".SessionStore")
    from django.contrib.auth import get_user_model

    targets = []
    for user in get_user_model().objects.filter(pk__in=learner_ids).order_by("pk"):
        session = store_class()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        enrolment = (
            Enrolment.objects.filter(learner=user, status=Enrolment.Status.ACTIVE)
            .order_by("-enrolled_at")
            .first()
        )
        if enrolment is None:
            continue
        module = ModulePage.objects.get(pk=enrolment.module_id)
        rows = dashboard_read(learner=user).in_progress
        resume = next(r.resume_lesson for r in rows if r.enrolment.pk == enrolment.pk)
        pathway = PathwayEnrolment.objects.filter(learner=user).select_related("pathway").first()
        if pathway is None:
            continue
        targets.append(
            {
                "user": user,
                "cookie": f"{settings.SESSION_COOKIE_NAME}={session.session_key}",
                "my_learning": "/my-learning/",
                "module": module.url,
                "lesson": resume.url,
                "pathway": pathway.pathway.url,
            }
        )
    return targets


def get(port: int, path: str, cookie: str) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        "GET",
        path,
        headers={"Cookie": cookie, "X-Forwarded-Proto": "https", "Host": "127.0.0.1"},
    )
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, time.perf_counter() - started


def drive(port: int, page: str, targets: list[dict], seconds: float) -> dict:
    """20 threads (one per learner) asking for one page for a while."""
    stop = time.perf_counter() + seconds
    times: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()

    def run(target):
        mine, bad = [], []
        while time.perf_counter() < stop:
            status, took = get(port, target[page], target["cookie"])
            (mine if status == 200 else bad).append(took if status == 200 else status)
        with lock:
            times.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=run, args=(t,)) for t in targets]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    times.sort()
    return {
        "rps": len(times) / elapsed,
        "median": statistics.median(times) * 1000 if times else float("nan"),
        "p95": times[int(len(times) * 0.95)] * 1000 if times else float("nan"),
        "errors": len(errors),
        "statuses": sorted(set(errors)),
    }


WRK_SCRIPT = ROOT / "bench" / "wrk_learners.lua"


def drive_wrk(port: int, page: str, targets: list[dict], seconds: float) -> dict:
    """The same load from wrk (C, one connection and thread per learner, each with its own
    session cookie): the load generator then costs the two cores far less than Python threads."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as plan:
        plan.write("".join(f"{t['cookie']} {t[page]}\n" for t in targets))
        plan.flush()
        n = str(len(targets))
        output = subprocess.run(
            [
                "wrk",
                "-t",
                n,
                "-c",
                n,
                "-d",
                f"{max(1, round(seconds))}s",
                "-s",
                str(WRK_SCRIPT),
                f"http://127.0.0.1:{port}/",
                "--",
                plan.name,
            ],
            capture_output=True,
            text=True,
        )
    if output.returncode != 0:
        raise SystemExit(f"wrk failed: {output.stderr.strip() or output.stdout.strip()}")
    line = next(line for line in output.stdout.splitlines() if line.startswith("RESULT "))
    requests, micros, median, p95, bad, socket_errors = line.split()[1:]
    return {
        "rps": int(requests) / (int(micros) / 1e6),
        "median": float(median),
        "p95": float(p95),
        "errors": int(bad),
        "statuses": [],
        "socket_errors": int(socket_errors),
    }


def single(port: int, page: str, target: dict, n: int) -> dict:
    times = []
    for _ in range(n):
        status, took = get(port, target[page], target["cookie"])
        if status != 200:
            raise SystemExit(f"{page} answered {status} for {target['user']}")
        times.append(took)
    times.sort()
    return {"median": statistics.median(times) * 1000, "p95": times[int(n * 0.95)] * 1000}


def query_count(page: str, target: dict) -> int:
    """Queries the page makes when served in this process, after a warm-up request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
    name, value = target["cookie"].split("=", 1)
    client.cookies[name] = value
    client.get(target[page])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(target[page])
    if response.status_code != 200:
        raise SystemExit(f"{page} answered {response.status_code} in process")
    return len(queries)


def serve(args) -> subprocess.Popen:
    pidfile = Path(f"/tmp/academy-bench-{args.port}.pid")
    env = {**os.environ, **environment(args)}
    env["DJANGO_SETTINGS_MODULE"] = "academy_site.settings.production"
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "academy_site.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--pid",
            str(pidfile),
            "--log-level",
            "warning",
            *(
                ["--worker-class", "gthread", "--threads", str(args.threads)]
                if args.threads
                else []
            ),
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            get(args.port, "/healthz", "")
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/9")
    parser.add_argument("--port", type=int, default=8108)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--single", type=int, default=60, help="requests for one client")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument(
        "--threads",
        type=int,
        default=0,
        help="gunicorn's gthread workers with this many threads each (default: sync workers)",
    )
    parser.add_argument(
        "--driver",
        choices=["wrk", "threads"],
        default="wrk" if shutil.which("wrk") else "threads",
        help="wrk (Debian's package; the default when installed) or Python threads",
    )
    args = parser.parse_args(argv)
    if not (args.database_url or "").startswith("postgres"):
        parser.error("give --database-url postgres://... (a scratch database)")
    summary = setup(args)
    pages = args.pages.split(",")
    groups = {
        "typical": learner_targets(summary["typical"])[: args.users],
        "heavy": learner_targets(summary["heavy"])[: args.users],
    }
    server = serve(args)
    try:
        print(
            f"load before: {os.getloadavg()[0]:.2f} (1-minute average, {os.cpu_count()} CPUs);"
            f" driver: {args.driver}; gunicorn: 2 "
            f"{f'gthread workers of {args.threads} threads' if args.threads else 'sync workers'}"
        )
        results = {}
        for group, targets in groups.items():
            for page in pages:
                for target in targets:  # warm every learner's page once
                    get(args.port, target[page], target["cookie"])
                driver = drive_wrk if args.driver == "wrk" else drive
                runs = [driver(args.port, page, targets, args.seconds) for _ in range(args.runs)]
                one = single(args.port, page, targets[0], args.single)
                results[group, page] = {
                    "rps": statistics.median(r["rps"] for r in runs),
                    "median": statistics.median(r["median"] for r in runs),
                    "p95": statistics.median(r["p95"] for r in runs),
                    "errors": sum(r["errors"] for r in runs),
                    "runs": [round(r["rps"]) for r in runs],
                    "single": one,
                    "queries": query_count(page, targets[0]),
                }
                row = results[group, page]
                print(
                    f"{group:<8} {page:<12} {row['rps']:6.1f} req/s  median {row['median']:6.1f} ms"
                    f"  p95 {row['p95']:6.1f} ms  | one client median {one['median']:5.1f} ms"
                    f"  p95 {one['p95']:5.1f} ms  | {row['queries']:2d} queries"
                    f"  (runs {row['runs']}, errors {row['errors']})",
                    flush=True,
                )
        print(f"load after: {os.getloadavg()[0]:.2f}; {len(groups['typical'])} concurrent learners")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
