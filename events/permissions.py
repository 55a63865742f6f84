"""Who edits which events and venues in the Wagtail admin: the leads of the module's provider.

Like the provider's pages, the right comes from the leads group's page permissions on the
provider (courses.selectors.providers_led_by), not from a model permission or a group's name."""

from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from courses.selectors import providers_led_by

ACTIONS = {"add", "change", "delete", "view"}


class ProviderLeadsPolicy(BasePermissionPolicy):
    """Leads act on the rows of their own providers; superusers on all. `provider_path` is the
    lookup from the model to its provider page's tree path."""

    def __init__(self, model, *, provider_path: str):
        super().__init__(model)
        self.provider_path = provider_path

    def _providers(self, user):
        if not (user.is_active and user.is_authenticated):
            return []
        return providers_led_by(user=user)

    def user_has_permission(self, user, action):
        if action not in ACTIONS or not user.is_authenticated:
            return False
        return user.is_superuser or bool(self._providers(user))

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(
                    groups__page_permissions__permission__codename="change_page",
                    groups__page_permissions__page__depth__gte=3,
                ),
                is_active=True,
            )
            .distinct()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return self.model.objects.none()
        if user.is_superuser:
            return self.model.objects.all()
        condition = Q(pk__in=[])
        for provider in self._providers(user):
            condition |= Q(**{f"{self.provider_path}__startswith": provider.path})
        return self.model.objects.filter(condition)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and getattr(instance, "bookings", None) is not None:
            if instance.bookings.exists():
                return False
        return (
            self.instances_user_has_any_permission_for(user, [action])
            .filter(pk=instance.pk)
            .exists()
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)
