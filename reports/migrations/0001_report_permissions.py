from django.db import migrations, models

from accounts.roles import permissions_grant_in_migration

COUNCIL_OFFICERS_GROUP = "Council officers"


def grant(apps, schema_editor):
    """Council officers see the county's report; each provider's leads group (the groups that
    may edit a provider's pages) sees its own providers'."""
    permissions_grant_in_migration(
        apps,
        app_label="reports",
        group_name=COUNCIL_OFFICERS_GROUP,
        codenames=["view_county_reports"],
    )
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    provider_type = ContentType.objects.filter(app_label="courses", model="providerpage").first()
    if provider_type is None:
        return
    leads = Group.objects.filter(
        page_permissions__page__content_type=provider_type,
        page_permissions__permission__codename="change_page",
    ).distinct()
    permission = Permission.objects.get(
        content_type__app_label="reports", codename="view_provider_reports"
    )
    for group in leads:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("courses", "0003_framework_inline_panels"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
    ]

    operations = [
        migrations.CreateModel(
            name="Report",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
            ],
            options={
                "permissions": [
                    ("view_county_reports", "Can see the impact report for every provider"),
                    (
                        "view_provider_reports",
                        "Can see the impact report for the providers they lead",
                    ),
                ],
                "managed": False,
                "default_permissions": (),
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
