"""Business volunteers now live in the volunteers app: point governors' links at it and forget
the old model. Nothing changes in the database: the table is the same one."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("governors", "0007_mentoring_volunteer_placement"),
        ("volunteers", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="volunteerproposal",
                    name="volunteer",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="proposals",
                        to="volunteers.businessvolunteer",
                    ),
                ),
                migrations.AlterField(
                    model_name="governorship",
                    name="volunteer",
                    field=models.OneToOneField(
                        blank=True,
                        help_text="The business volunteer placed in this role, if one was.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="placement",
                        to="volunteers.businessvolunteer",
                    ),
                ),
                migrations.DeleteModel(name="BusinessVolunteer"),
            ],
            database_operations=[],
        ),
    ]
