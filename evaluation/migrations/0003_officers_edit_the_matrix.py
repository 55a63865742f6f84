from django.db import migrations

from accounts.roles import permissions_grant_in_migration

COUNCIL_OFFICERS_GROUP = "Council officers"


def grant(apps, schema_editor):
    """Council officers keep the impact matrix's indicators and the questionnaires."""
    permissions_grant_in_migration(
        apps,
        app_label="evaluation",
        group_name=COUNCIL_OFFICERS_GROUP,
        codenames=[
            f"{action}_{model}"
            for action in ("add", "change", "delete", "view")
            for model in ("indicator", "questionnaire")
        ],
    )


class Migration(migrations.Migration):
    dependencies = [("evaluation", "0002_questions_in_admin")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
