"""Build (or refresh) the demo: schools, providers, modules, pathways, boards and a log-in per role."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

import accounts.demo
import accounts.demo_authenticators
import courses.demo
import credentials.demo
import governors.demo
import learning.demo
import mentoring.demo
import pathways.demo
import schools.demo
import workforce.demo
from accounts.demo import DEMO_PASSWORD
from accounts.demo_authenticators import DEMO_TOTP_SECRET

# Each app seeds its own part, in dependency order; running again changes nothing.
SEEDS = [
    schools.demo,
    accounts.demo,
    courses.demo,
    learning.demo,
    credentials.demo,
    pathways.demo,
    governors.demo,
    workforce.demo,
    mentoring.demo,
    accounts.demo_authenticators,
]


class Command(BaseCommand):
    help = "Seed demo content and log-ins. Safe to run again: it updates rather than duplicates."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help="Where the site is served, for the log-in address printed at the end "
            "(`make demo` passes its HOST and PORT). Default: WAGTAILADMIN_BASE_URL.",
        )

    def handle(self, *args, base_url: str, **options):
        logins: list[tuple[str, str]] = []
        with transaction.atomic():
            for module in SEEDS:
                result = module.seed(self.stdout.write) or {}
                logins.extend(result.get("logins", []))
        log_in_url = base_url.rstrip("/") + reverse("account_login")
        self.stdout.write(self.style.SUCCESS(f"\nDemo ready. Log in at {log_in_url}"))
        self.stdout.write(f"Every demo account's password is: {DEMO_PASSWORD}")
        self.stdout.write(
            "Officers, leads, chairs, clerks, school leads and the admin also need a code from an\n"
            f"authenticator app with the secret {DEMO_TOTP_SECRET}, or run: "
            "python manage.py demo_code\n"
        )
        width = max(len(email) for email, _ in logins)
        for email, what in logins:
            self.stdout.write(f"  {email.ljust(width)}  {what}")
