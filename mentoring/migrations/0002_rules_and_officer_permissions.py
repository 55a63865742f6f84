from django.db import migrations

from accounts.roles import permissions_grant_in_migration
from mentoring.rules import rules_load

COUNCIL_OFFICERS_GROUP = "Council officers"


def load(apps, schema_editor):
    """England's induction rules, mentor-training allowances, terms and focus areas, as data."""
    rules_load(apps)


def grant(apps, schema_editor):
    """Council officers see county counts and the partnership map, propose matches, and keep
    the induction rules, appropriate bodies, training allowances and term dates."""
    permissions_grant_in_migration(
        apps,
        app_label="mentoring",
        group_name=COUNCIL_OFFICERS_GROUP,
        codenames=["view_county_mentoring", "arrange_matches"]
        + [
            f"{action}_{model}"
            for action in ("add", "change", "view")
            for model in ("inductionrules", "appropriatebody", "mentortrainingallowance", "schoolterm")
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0001_initial"), ("courses", "0005_lesson_quiz_settings")]

    operations = [
        migrations.RunPython(load, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
