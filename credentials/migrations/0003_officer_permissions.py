from django.db import migrations

from accounts.roles import permissions_grant_in_migration

COUNCIL_OFFICERS_GROUP = "Council officers"


def grant(apps, schema_editor):
    """Council officers find, download and revoke certificates and record prior learning."""
    permissions_grant_in_migration(
        apps,
        app_label="credentials",
        group_name=COUNCIL_OFFICERS_GROUP,
        codenames=["view_certificate", "revoke_certificate", "record_prior_learning"],
    )


class Migration(migrations.Migration):
    dependencies = [("credentials", "0002_ledger_audit_awards")]

    operations = [
        migrations.AlterModelOptions(
            name="certificate",
            options={
                "ordering": ["-issued_at"],
                "permissions": [
                    ("revoke_certificate", "Can revoke a certificate and reverse its credits")
                ],
            },
        ),
        migrations.AlterModelOptions(
            name="creditentry",
            options={
                "ordering": ["-awarded_at", "-id"],
                "permissions": [
                    ("record_prior_learning", "Can record prior learning and read its evidence")
                ],
                "verbose_name_plural": "credit entries",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
