from django.db import migrations

from accounts.roles import permissions_grant_in_migration

COUNCIL_OFFICERS_GROUP = "Council officers"


def grant(apps, schema_editor):
    """Council officers review erasure requests and search the access log."""
    permissions_grant_in_migration(
        apps,
        app_label="privacy",
        group_name=COUNCIL_OFFICERS_GROUP,
        codenames=["review_erasure", "view_access_log"],
    )


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_initial"), ("accounts", "0003_consent")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
