"""Build (or refresh) the demo: schools, providers, modules, pathways, boards and a log-in per role."""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app seeds its own part, in dependency order; running again changes nothing.
SEED_MODULES = [
    "schools.demo",
    "accounts.demo",
    "courses.demo",
    "learning.demo",
    "credentials.demo",
    "pathways.demo",
    "governors.demo",
]


class Command(BaseCommand):
    help = "Seed demo content and log-ins. Safe to run again: it updates rather than duplicates."

    def handle(self, *args, **options):
        from accounts.demo import DEMO_PASSWORD

        logins: list[tuple[str, str]] = []
        with transaction.atomic():
            for name in SEED_MODULES:
                try:
                    module = importlib.import_module(name)
                except ModuleNotFoundError as error:
                    if error.name != name:
                        raise
                    continue
                result = module.seed(self.stdout.write) or {}
                logins.extend(result.get("logins", []))
        self.stdout.write(
            self.style.SUCCESS("\nDemo ready. Log in at http://127.0.0.1:8000/account/login/")
        )
        self.stdout.write(f"Every demo account's password is: {DEMO_PASSWORD}\n")
        width = max(len(email) for email, _ in logins)
        for email, what in logins:
            self.stdout.write(f"  {email.ljust(width)}  {what}")
