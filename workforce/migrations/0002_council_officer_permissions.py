from django.contrib.auth.management import create_permissions
from django.db import migrations

COUNCIL_OFFICERS_GROUP = "Council officers"
PERMISSIONS = ["view_all_schools", "grant_school_roles"]


def grant(apps, schema_editor):
    """Council officers see every school's staff and grant school roles anywhere."""
    app_config = apps.get_app_config("workforce")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True  # let create_permissions run in a migration
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=COUNCIL_OFFICERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="workforce", codename__in=PERMISSIONS)
    )


class Migration(migrations.Migration):
    dependencies = [("workforce", "0001_initial")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
