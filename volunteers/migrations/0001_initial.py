"""Business volunteers move here from governors: the model only (its table, rows and skills stay
as they are), and its content type, so nothing that points at it is lost."""

from django.db import migrations, models


def content_type_move(apps, schema_editor, *, source="governors", target="volunteers"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label=source, model="businessvolunteer").first()
    if old is None:
        return
    if ContentType.objects.filter(app_label=target, model="businessvolunteer").exists():
        return
    old.app_label = target
    old.save(update_fields=["app_label"])


def content_type_move_back(apps, schema_editor):
    content_type_move(apps, schema_editor, source="volunteers", target="governors")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("courses", "0003_framework_inline_panels"),
        ("governors", "0007_mentoring_volunteer_placement"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="BusinessVolunteer",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("name", models.CharField(max_length=200)),
                        ("email", models.EmailField(max_length=254, verbose_name="e-mail address")),
                        ("phone", models.CharField(blank=True, max_length=30)),
                        ("company", models.CharField(max_length=200)),
                        ("sector", models.CharField(max_length=100)),
                        (
                            "availability",
                            models.CharField(
                                choices=[
                                    ("monthly", "A few hours a month"),
                                    ("termly", "A few hours a term"),
                                    ("weekly", "A few hours a week"),
                                ],
                                max_length=20,
                            ),
                        ),
                        (
                            "interest",
                            models.CharField(
                                choices=[
                                    ("governor", "Becoming a governor or trustee"),
                                    ("mentor", "Mentoring a school leader"),
                                    ("both", "Either"),
                                ],
                                max_length=20,
                            ),
                        ),
                        ("about", models.TextField(blank=True)),
                        ("consent", models.BooleanField()),
                        ("registered_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "skills",
                            models.ManyToManyField(
                                related_name="volunteers", to="courses.frameworkelement"
                            ),
                        ),
                    ],
                    options={
                        "db_table": "governors_businessvolunteer",
                        "ordering": ["registered_at"],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_type_move, content_type_move_back),
    ]
