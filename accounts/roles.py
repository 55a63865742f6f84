"""The roles Academy seeds, each a group holding permissions. Code asks for a permission
(`user.has_perm`, `academy_site.permissions`), never for a group, so only seeding and data
migrations name one; which board, provider or school a person may see is an object rule in the
owning app's selectors."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

COUNCIL_OFFICERS_GROUP = "Council officers"

COUNCIL_OFFICER_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "credentials.view_certificate",
    "credentials.revoke_certificate",
    "credentials.record_prior_learning",
    "credentials.change_mastersawardrules",
    "credentials.view_mastersawardrules",
    "reports.view_county_reports",
    "governors.manage_boards",
    "governors.place_volunteers",
    "governors.add_board",
    "governors.change_board",
    "governors.delete_board",
    "governors.view_board",
    "governors.add_trainingrequirement",
    "governors.change_trainingrequirement",
    "governors.delete_trainingrequirement",
    "governors.view_trainingrequirement",
    "courses.add_framework",
    "courses.change_framework",
    "courses.view_framework",
    "courses.add_frameworkelement",
    "courses.change_frameworkelement",
    "courses.delete_frameworkelement",
    "courses.view_frameworkelement",
    "pathways.view_pathwayenrolment",
    "privacy.review_erasure",
    "privacy.view_access_log",
    "mentoring.view_county_mentoring",
    "mentoring.arrange_matches",
    *(
        f"mentoring.{action}_{model}"
        for action in ("add", "change", "view")
        for model in ("inductionrules", "appropriatebody", "mentortrainingallowance", "schoolterm")
    ),
)

# A lead's own provider (and so their learners) comes from their page permissions on it.
PROVIDER_LEAD_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "reports.view_provider_reports",
)


def permissions_named(names) -> list[Permission]:
    """The Permission rows for "app.codename" names; an unknown name is a bug, so it raises."""
    pairs = {tuple(name.split(".", 1)) for name in names}
    condition = Q(pk__in=[])
    for app_label, codename in pairs:
        condition |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(condition).select_related("content_type"))
    missing = pairs - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise Permission.DoesNotExist(f"No such permissions: {sorted(missing)}")
    return found


def council_officers_group() -> Group:
    """The council officers' group, made on first use, holding every officer permission."""
    group, _ = Group.objects.get_or_create(name=COUNCIL_OFFICERS_GROUP)
    group.permissions.add(*permissions_named(COUNCIL_OFFICER_PERMISSIONS))
    return group


def permissions_grant_in_migration(apps, *, app_label: str, group_name: str, codenames) -> None:
    """For data migrations: make the app's permissions now (Django only does so after the last
    migration) and give these to the named group."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    group.permissions.add(
        *apps.get_model("auth", "Permission").objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    )
