from django.db import migrations

AUDIENCES = [
    ("trainee", "Trainee teachers (ITT)"),
    ("early_career", "Early-career teachers"),
    ("teacher", "Teachers"),
    ("middle_leader", "Middle leaders"),
    ("senior_leader", "Senior leaders"),
    ("headteacher", "Headteachers"),
    ("teaching_assistant", "Teaching assistants"),
    ("support_staff", "Support staff"),
    ("early_years", "Early years practitioners"),
    ("governor", "Governors and trustees"),
    ("clerk", "Clerks to governors"),
]


def add_audiences(apps, schema_editor):
    Audience = apps.get_model("courses.Audience")
    for slug, name in AUDIENCES:
        Audience.objects.update_or_create(slug=slug, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]
    operations = [migrations.RunPython(add_audiences, migrations.RunPython.noop)]
