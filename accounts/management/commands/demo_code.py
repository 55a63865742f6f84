"""Print the current two-factor code for the demo's privileged log-ins."""

import time

from django.core.management.base import BaseCommand

from accounts.demo_authenticators import demo_code


class Command(BaseCommand):
    help = (
        "The authenticator code the demo's officer, leads, chairs, clerks and school leads use now."
    )

    def handle(self, *args, **options):
        now = int(time.time())
        self.stdout.write(f"{demo_code(now)}  (changes in {30 - now % 30} s)")
