"""Links in the Wagtail admin menu for council officers: find and revoke certificates, record
prior learning (the pages themselves are ordinary views that check the officer's rights)."""

from django.urls import reverse_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class OfficerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_council_officer


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return OfficerMenuItem(
        "Certificates",
        reverse_lazy("credentials:officer_certificates"),
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_admin_menu_item")
def register_prior_learning_menu_item():
    return OfficerMenuItem(
        "Prior learning",
        reverse_lazy("credentials:prior_learning"),
        icon_name="plus",
        order=901,
    )
