"""Which providers a person leads: the object rule behind a provider lead's pages and reports."""

from django.db.models import Q
from wagtail.models import GroupPagePermission

from .models import ProviderPage


def providers_led_by(*, user) -> list[ProviderPage]:
    """The providers at or below a page the user's groups may edit (their leads group's
    subtree), not decided by any group's name."""
    if not user.is_authenticated:
        return []
    roots = GroupPagePermission.objects.filter(
        group__user=user,
        permission__content_type__app_label="wagtailcore",
        permission__codename="change_page",
    ).values_list("page__path", flat=True)
    condition = Q(pk__in=[])
    for path in set(roots):
        condition |= Q(path__startswith=path)
    return list(ProviderPage.objects.filter(condition).order_by("title"))
