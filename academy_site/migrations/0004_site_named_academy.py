from django.db import migrations


def name_the_site(apps, schema_editor):
    """The admin and page titles show the Site's name, or else its host and port."""
    apps.get_model("wagtailcore.Site").objects.filter(site_name="").update(site_name="Academy")


class Migration(migrations.Migration):
    dependencies = [
        ("academy_site", "0003_outbound_email"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_the_site, migrations.RunPython.noop)]
