"""Print the current two-factor code for the demo's privileged log-ins."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from accounts.demo_authenticators import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = (
        "The authenticator code the demo's officer, leads, chairs, clerks and school leads use now."
    )

    def handle(self, *args, **options):
        now = int(time.time())
        code = format_hotp_value(hotp_value(DEMO_TOTP_SECRET, now // 30))
        self.stdout.write(f"{code}  (changes in {30 - now % 30} s)")
