"""Links in the Wagtail admin menu for council officers: find and revoke certificates, record
prior learning (the pages themselves are ordinary views that check the same permission)."""

from django.urls import reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """Shown only to those who hold the permission the page behind it asks for."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return PermissionMenuItem(
        "Certificates",
        reverse_lazy("credentials:officer_certificates"),
        permission="credentials.view_certificate",
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_admin_menu_item")
def register_prior_learning_menu_item():
    return PermissionMenuItem(
        "Prior learning",
        reverse_lazy("credentials:prior_learning"),
        permission="credentials.record_prior_learning",
        icon_name="plus",
        order=901,
    )
