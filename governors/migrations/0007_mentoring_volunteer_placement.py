"""Before business volunteers move to the volunteers app: the link to the governorship a volunteer
was placed in turns round (Governorship.volunteer), since volunteers sits below governors, and the
place_volunteers permission moves onto Board, keeping every group and person who holds it."""

import django.db.models.deletion
from django.db import migrations, models


def placements_copy(apps, schema_editor):
    Volunteer = apps.get_model("governors", "BusinessVolunteer")
    Governorship = apps.get_model("governors", "Governorship")
    for volunteer in Volunteer.objects.filter(placed_on__isnull=False):
        Governorship.objects.filter(pk=volunteer.placed_on_id).update(volunteer=volunteer)


def placements_restore(apps, schema_editor):
    Volunteer = apps.get_model("governors", "BusinessVolunteer")
    Governorship = apps.get_model("governors", "Governorship")
    for governorship in Governorship.objects.filter(volunteer__isnull=False):
        Volunteer.objects.filter(pk=governorship.volunteer_id).update(placed_on=governorship)


def permission_move(apps, schema_editor, *, source="businessvolunteer", target="board"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    old = Permission.objects.filter(
        content_type__app_label="governors",
        content_type__model=source,
        codename="place_volunteers",
    ).first()
    if old is None:
        return  # a new database: post_migrate makes it on Board
    target_type, _ = ContentType.objects.get_or_create(app_label="governors", model=target)
    existing = Permission.objects.filter(content_type=target_type, codename=old.codename).first()
    if existing is None:
        old.content_type = target_type
        old.save(update_fields=["content_type"])
        return
    for group in old.group_set.all():
        group.permissions.add(existing)
    for user in old.user_set.all():
        user.user_permissions.add(existing)
    old.delete()


def permission_move_back(apps, schema_editor):
    permission_move(apps, schema_editor, source="board", target="businessvolunteer")


class Migration(migrations.Migration):
    dependencies = [
        ("governors", "0006_chairs_remind_request_and_decide"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AddField(
            model_name="governorship",
            name="volunteer",
            field=models.OneToOneField(
                blank=True,
                help_text="The business volunteer placed in this role, if one was.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="placement",
                to="governors.businessvolunteer",
            ),
        ),
        migrations.RunPython(placements_copy, placements_restore),
        migrations.RemoveField(model_name="businessvolunteer", name="placed_on"),
        migrations.AlterModelOptions(
            name="board",
            options={
                "ordering": ["name"],
                "permissions": [
                    ("manage_boards", "Can see and manage every board"),
                    ("place_volunteers", "Can match business volunteers and place them on boards"),
                ],
            },
        ),
        migrations.AlterModelOptions(
            name="businessvolunteer", options={"ordering": ["registered_at"]}
        ),
        migrations.RunPython(permission_move, permission_move_back),
    ]
