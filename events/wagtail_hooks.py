from django import forms
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.hooks import COMPLETION_REQUIREMENTS, DASHBOARD_PANELS, MODULE_PANELS

from . import selectors, services
from .forms import EventAdminForm, VenueAdminForm
from .models import Event, Venue
from .panels import module_dates_panel, my_bookings_panel
from .permissions import ProviderLeadsPolicy

hooks.register(COMPLETION_REQUIREMENTS, selectors.attendance_met)
hooks.register(DASHBOARD_PANELS, my_bookings_panel, order=15)
hooks.register(MODULE_PANELS, module_dates_panel)


register_permission_policy(Event, ProviderLeadsPolicy(Event, provider_path="module__path"))
register_permission_policy(Venue, ProviderLeadsPolicy(Venue, provider_path="provider__path"))


class EventViewSet(SnippetViewSet):
    """Events are snippets a provider's leads edit for their own modules only."""

    model = Event
    icon = "date"
    menu_label = "Live events"
    menu_name = "live-events"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["title", "module", "capacity"]
    search_fields = ["title"]
    base_form_class = EventAdminForm

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ["change"]
        ).select_related("module")


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = "Venues"
    add_to_settings_menu = False
    add_to_admin_menu = True
    menu_order = 251
    base_form_class = VenueAdminForm

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ["change"]
        )


Event.panels[0] = FieldPanel("module", widget=forms.Select)
register_snippet(EventViewSet)
register_snippet(VenueViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def event_saved(request, instance):
    """New dates, a new place or more places: calendars updated, the wait-list moved up."""
    if isinstance(instance, Event):
        services.event_changed(event=instance, by=request.user)
