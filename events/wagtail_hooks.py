from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.hooks import COMPLETION_REQUIREMENTS, DASHBOARD_PANELS, MODULE_PANELS

from . import selectors, services
from .forms import EventAdminForm, VenueAdminForm
from .models import Event, Venue
from .panels import approvals_panel, module_dates_panel, my_bookings_panel
from .permissions import ProviderLeadsPolicy

hooks.register(COMPLETION_REQUIREMENTS, selectors.attendance_met)
hooks.register(DASHBOARD_PANELS, approvals_panel, order=5)
hooks.register(DASHBOARD_PANELS, my_bookings_panel, order=15)
hooks.register(MODULE_PANELS, module_dates_panel)


register_permission_policy(Event, ProviderLeadsPolicy(Event, provider_path="module__path"))
register_permission_policy(Venue, ProviderLeadsPolicy(Venue, provider_path="provider__path"))


class _OwnObjectOnly:
    """Wagtail's object views load any row by its id: refuse rows of another provider."""

    own_action = "change"

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        policy = self.permission_policy
        if not policy.user_has_permission_for_instance(
            self.request.user, self.own_action, instance
        ):
            raise PermissionDenied
        return instance


class _Edit(_OwnObjectOnly, snippet_views.EditView):
    pass


class _Delete(_OwnObjectOnly, snippet_views.DeleteView):
    own_action = "delete"


class _History(_OwnObjectOnly, snippet_views.HistoryView):
    pass


class _Usage(_OwnObjectOnly, snippet_views.UsageView):
    pass


class _ProviderSnippetViewSet(SnippetViewSet):
    edit_view_class = _Edit
    delete_view_class = _Delete
    history_view_class = _History
    usage_view_class = _Usage
    inspect_view_enabled = False
    copy_view_enabled = False

    def register_chooser_viewset(self):
        """No chooser: Wagtail's choosers ask no permission, so one would list every provider's
        rows to any admin user. The forms use plain selects limited to the lead's own."""

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ["change"]
        )

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=self.base_form_class).bind_to_model(
            self.model
        )


class EventViewSet(_ProviderSnippetViewSet):
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
    panels = [
        FieldPanel("module", widget=forms.Select),
        *Event.panels[1:4],
        MultiFieldPanel(
            [
                FieldPanel("venue", widget=forms.Select),
                FieldPanel("room"),
                FieldPanel("online_link"),
            ],
            heading="Where",
        ),
        FieldPanel("facilitators", widget=forms.CheckboxSelectMultiple),
        *Event.panels[6:],
    ]


class VenueViewSet(_ProviderSnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = "Venues"
    add_to_settings_menu = False
    add_to_admin_menu = True
    menu_order = 251
    base_form_class = VenueAdminForm
    panels = [FieldPanel("provider", widget=forms.Select), *Venue.panels[1:]]


register_snippet(EventViewSet)
register_snippet(VenueViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def event_saved(request, instance):
    """New dates, a new place or more places: calendars updated, the wait-list moved up."""
    if isinstance(instance, Event):
        services.event_changed(event=instance, by=request.user)


@hooks.register("register_admin_menu_item")
def running_events_menu_item():
    """The provider's own view of its events (places, wait-lists, registers), on the site."""
    return MenuItem(
        "Run your events",
        reverse("events:manage"),
        icon_name="list-ul",
        order=252,
        name="run-events",
    )
