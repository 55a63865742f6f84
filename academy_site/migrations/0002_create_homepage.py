from django.db import migrations

INTRO = (
    "<p>One place for the county's teachers, school staff, leaders and governors to train, "
    "follow a progression pathway and earn certificates and credits that anyone can verify.</p>"
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("academy_site.HomePage")

    Page.objects.filter(depth=2, slug="home").exclude(
        content_type__app_label="academy_site"
    ).delete()
    homepage_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="academy_site")
    Locale = apps.get_model("wagtailcore.Locale")
    root = Page.objects.get(depth=1)
    locale = Locale.objects.first() or Locale.objects.create(language_code="en")
    homepage = HomePage.objects.create(
        title="Grow as a teacher, leader or governor",
        draft_title="Grow as a teacher, leader or governor",
        slug="home",
        content_type=homepage_type,
        path=f"{root.path}0002",
        depth=2,
        numchild=0,
        url_path="/home/",
        intro=INTRO,
        locale=locale,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": homepage}
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("academy_site.HomePage").objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("academy_site", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
