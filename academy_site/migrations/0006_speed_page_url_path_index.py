from django.db import migrations


class Migration(migrations.Migration):
    """HomePage.route finds the pages along a path by their url_path: index it."""

    dependencies = [
        ("academy_site", "0005_access_record"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS academy_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS academy_page_url_path",
        )
    ]
