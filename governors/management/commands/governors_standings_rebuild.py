"""Recompute the council's compliance summary from governorships, requirements and certificates:
after a bulk load, or whenever its figures are in doubt (the nightly task does the same)."""

from django.core.management.base import BaseCommand

from governors.standings import standings_rebuild


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, *args, **options):
        rows = standings_rebuild()
        self.stdout.write(f"Rebuilt the compliance summary: {rows} training standings.")
