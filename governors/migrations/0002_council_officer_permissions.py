from django.contrib.auth.management import create_permissions
from django.db import migrations

COUNCIL_OFFICERS_GROUP = "Council officers"
MODELS = ["trainingrequirement", "board"]


def grant(apps, schema_editor):
    """Council officers set training requirements and boards in the Wagtail admin."""
    app_config = apps.get_app_config("governors")
    app_config.models_module = True  # let create_permissions run inside a migration
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=COUNCIL_OFFICERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="governors", content_type__model__in=MODELS
        )
    )


class Migration(migrations.Migration):
    dependencies = [("governors", "0001_initial")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
