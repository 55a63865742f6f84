"""Certificate throughput: warm renders in one process, the issuing task's queries, then N
certificates issued end to end through real Celery worker processes on Redis (one task per
certificate: ledger entry and certificate committed, then the PDF rendered into storage).

    createdb -h 127.0.0.1 -U postgres academy_bench   # once
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/academy_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/14 \
    .venv/bin/python bench/certificates.py [--count 1000] [--renders 100] [--concurrency 2]

It migrates the database it is given and writes bench learners, a bench module and their
certificates into it: point it at a scratch database, never at real data.
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy_site.settings.dev")
os.environ.setdefault("DEBUG", "false")  # cached templates, as in production
os.environ.setdefault("SECRET_KEY", "bench-only")

SOURCE_PREFIX = "bench-completion:"


def setup_django():
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a scratch PostgreSQL database.")
    if not os.environ.get("CELERY_BROKER_URL", "").startswith("redis"):
        sys.exit("Set CELERY_BROKER_URL to a Redis database, e.g. redis://127.0.0.1:6379/4.")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def bench_module():
    """A provider and a module under the home page, created once."""
    from wagtail.models import Page

    from courses.models import ModulePage, ProviderIndexPage, ProviderPage

    home = Page.objects.get(depth=2)
    index = ProviderIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=ProviderIndexPage(title="Providers", slug="providers"))
    provider = ProviderPage.objects.filter(slug="bench-alliance").first()
    if provider is None:
        provider = index.add_child(
            instance=ProviderPage(title="Bench Teaching School Alliance", slug="bench-alliance")
        )
    module = ModulePage.objects.filter(slug="bench-module").first()
    if module is None:
        module = provider.add_child(
            instance=ModulePage(
                title="Assessment for learning in practice",
                slug="bench-module",
                kind=ModulePage.Kind.CPD,
                summary="A module used by the certificate benchmark.",
                cpd_hours=6,
                validity_months=24,
            )
        )
    return module


def bench_learners(count: int):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    existing = set(User.objects.filter(email__startswith="bench-").values_list("email", flat=True))
    User.objects.bulk_create(
        [
            User(email=email, first_name="Bench", last_name=f"Learner {index}", password="!")
            for index in range(count)
            if (email := f"bench-{index}@academy.example") not in existing
        ]
    )
    return list(User.objects.filter(email__startswith="bench-").order_by("pk")[:count])


def clear_bench_certificates():
    from credentials.models import AwardRequest, Certificate, CertificateEvent, CreditEntry

    certificates = Certificate.objects.filter(source_key__startswith=SOURCE_PREFIX)
    files = [name for name in certificates.values_list("pdf", flat=True) if name]
    CertificateEvent.objects.filter(certificate__in=certificates).delete()
    CreditEntry.objects.filter(source_key__startswith=SOURCE_PREFIX).delete()
    certificates.delete()
    AwardRequest.objects.filter(source_key__startswith=SOURCE_PREFIX).delete()
    from django.core.files.storage import default_storage

    for name in files:
        default_storage.delete(name)


def warm_renders(module, learner, renders: int) -> None:
    from django.utils import timezone

    from credentials.pdf import certificate_pdf_render
    from credentials.services import certificate_issue

    certificate = certificate_issue(
        learner=learner,
        page=module,
        source_key=f"{SOURCE_PREFIX}warm",
        completed_at=timezone.now(),
    )
    started = time.perf_counter()
    size = len(certificate_pdf_render(certificate=certificate))
    cold = time.perf_counter() - started
    timings = []
    for _ in range(renders):
        started = time.perf_counter()
        certificate_pdf_render(certificate=certificate)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    print(f"Render, first in this process: {cold * 1000:.0f} ms ({size / 1024:.0f} KiB PDF)")
    print(
        f"Render, warm ({renders} runs): median {median * 1000:.1f} ms, "
        f"mean {statistics.mean(timings) * 1000:.1f} ms, best {min(timings) * 1000:.1f} ms "
        f"-> {1 / median:.1f} certificates per second in one process"
    )


def issuing_task_in_process(module, learner) -> None:
    """What one issuing task costs without the broker: database queries and time, warm."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from credentials.tasks import issue_award

    timings = []
    for attempt in range(6):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            issue_award.run(
                learner_id=learner.pk,
                page_id=module.pk,
                source_key=f"{SOURCE_PREFIX}in-process-{attempt}",
                completed_at=timezone.now().isoformat(),
            )
        timings.append(time.perf_counter() - started)
    print(
        f"Issuing task in one process (renewal of a valid certificate, PDF rendered and stored): "
        f"{len(queries.captured_queries)} queries, median {statistics.median(timings[1:]) * 1000:.1f} ms"
    )


def start_worker(concurrency: int) -> subprocess.Popen:
    from academy_site.celery import app

    with app.connection_for_write() as connection:
        connection.ensure_connection(max_retries=1)
        connection.default_channel.client.flushdb()
    worker = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "celery"),
            "-A",
            "academy_site",
            "worker",
            "-c",
            str(concurrency),
            "--pool",
            "prefork",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env={**os.environ},
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=0.5)
        if replies:
            return worker
        if worker.poll() is not None:
            sys.exit("The worker exited while starting.")
    worker.terminate()
    sys.exit("The worker did not answer a ping in 60 s.")


def end_to_end(module, learners, concurrency: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from credentials.models import Certificate
    from credentials.services import award_schedule

    worker = start_worker(concurrency)
    try:
        count = len(learners)
        started = time.perf_counter()
        for learner in learners:
            with transaction.atomic():  # as a completion would: sent when this commits
                award_schedule(
                    learner_id=learner.pk,
                    page_id=module.pk,
                    source_key=f"{SOURCE_PREFIX}end-to-end-{learner.pk}",
                    completed_at=timezone.now(),
                )
        scheduled = time.perf_counter() - started
        issued = Certificate.objects.filter(source_key__startswith=f"{SOURCE_PREFIX}end-to-end-")
        done = issued.filter(rendered_at__isnull=False)
        issued_at = None
        deadline = time.monotonic() + max(120, count)
        while (rendered := done.count()) < count:
            if issued_at is None and issued.count() == count:
                issued_at = time.perf_counter() - started
            if time.monotonic() > deadline:
                sys.exit(f"Timed out: {rendered} of {count} rendered.")
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        print(
            f"End to end through {concurrency} worker processes: {count} certificates issued and "
            f"rendered in {elapsed:.1f} s -> {count / elapsed:.1f} certificates per second "
            f"(scheduling took {scheduled:.1f} s"
            + (f"; all issued after {issued_at:.1f} s" if issued_at else "")
            + ")"
        )
        valid = Certificate.objects.filter(
            source_key__startswith=SOURCE_PREFIX, status="valid"
        ).count()
        print(f"Check: {valid} valid bench certificates (expected {count + 1}).")
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="certificates end to end")
    parser.add_argument("--renders", type=int, default=100, help="warm renders to time")
    parser.add_argument("--concurrency", type=int, default=2, help="worker processes")
    options = parser.parse_args()
    setup_django()
    module = bench_module()
    learners = bench_learners(options.count + 1)
    clear_bench_certificates()
    warm_renders(module, learners[0], options.renders)
    issuing_task_in_process(module, learners[0])
    end_to_end(module, learners[1:], options.concurrency)


if __name__ == "__main__":
    main()
