"""Open Badges signing and checking times, medians of several runs, on a seeded demo database:

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py seed_demo
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/credentials.py [--runs 7]

Cold: the proof cache is cleared first (canonicalising with PyLD is the cost); warm: the proof of
an unchanged credential comes from the cache. Read-only except for the cache.
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


def median_ms(action, *, runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    import django

    django.setup()
    from django.core.cache import cache

    from accounts.models import User
    from credentials import openbadges
    from credentials.models import Certificate
    from tests.credentials.independent import multikey_public_key, verify_data_integrity

    teacher = User.objects.get(email="teacher@academy.example")
    certificate = (
        Certificate.objects.filter(learner=teacher, status=Certificate.Status.VALID)
        .order_by("-academic_credits")
        .first()
    )
    held = Certificate.objects.filter(learner=teacher).exclude(status="revoked").count()
    key = multikey_public_key(openbadges.keys.ed25519_multikey())
    signed = openbadges.credential_signed(certificate=certificate)
    figures = {
        "credential .json, cold (canonicalise + Ed25519)": median_ms(
            lambda: openbadges.credential_signed(certificate=certificate),
            runs=runs,
            before=cache.clear,
        ),
        "credential .json, warm (proof cached)": median_ms(
            lambda: openbadges.credential_signed(certificate=certificate), runs=runs
        ),
        "credential .jwt, warm (ES256)": median_ms(
            lambda: openbadges.credential_sign(certificate=certificate), runs=runs
        ),
        "independent verify of the embedded proof": median_ms(
            lambda: verify_data_integrity(signed, key), runs=runs
        ),
        f"CLR, cold ({held} credentials inside)": median_ms(
            lambda: openbadges.clr_signed(learner=teacher), runs=runs, before=cache.clear
        ),
        f"CLR, warm ({held} credentials inside)": median_ms(
            lambda: openbadges.clr_signed(learner=teacher), runs=runs
        ),
        "status list credential, cold": median_ms(
            openbadges.status_list_credential, runs=runs, before=cache.clear
        ),
    }
    for name, value in figures.items():
        print(f"{name}: median {value:.1f} ms over {runs} runs")


if __name__ == "__main__":
    main()
