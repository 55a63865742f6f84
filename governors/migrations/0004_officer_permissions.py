from django.db import migrations

from accounts.roles import permissions_grant_in_migration

COUNCIL_OFFICERS_GROUP = "Council officers"


def grant(apps, schema_editor):
    """Council officers see and manage every board and place business volunteers."""
    permissions_grant_in_migration(
        apps,
        app_label="governors",
        group_name=COUNCIL_OFFICERS_GROUP,
        codenames=["manage_boards", "place_volunteers"],
    )


class Migration(migrations.Migration):
    dependencies = [("governors", "0003_requirement_window_follows_the_academy")]

    operations = [
        migrations.AlterModelOptions(
            name="board",
            options={
                "ordering": ["name"],
                "permissions": [("manage_boards", "Can see and manage every board")],
            },
        ),
        migrations.AlterModelOptions(
            name="businessvolunteer",
            options={
                "ordering": ["registered_at"],
                "permissions": [
                    ("place_volunteers", "Can match business volunteers and place them on boards")
                ],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
