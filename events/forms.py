"""Forms: the admin's event and venue forms (a lead chooses only their own modules and venues),
and the forms learners and leads post."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import ProviderPage

from . import selectors
from .models import Venue


class EventAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            modules = selectors.modules_led_by(user=for_user).order_by("title")
            self.fields["module"].queryset = modules
            providers = [p.pk for p in selectors.venues_providers(user=for_user)]
            self.fields["venue"].queryset = Venue.objects.filter(provider_id__in=providers)
            # Facilitators come from the lead's own providers' leads (and whoever already is
            # one), so the editor never lists every account on the site.
            current = self.instance.facilitators.all() if self.instance.pk else []
            people = get_user_model().objects.filter(
                Q(pk__in=[p.pk for p in current])
                | Q(
                    groups__page_permissions__page_id__in=providers,
                    groups__page_permissions__permission__codename="change_page",
                )
            )
            self.fields["facilitators"].queryset = people.distinct().order_by("last_name")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("venue") and not cleaned.get("online_link"):
            raise ValidationError("Choose a venue or give an online joining link.")
        opens, closes = cleaned.get("booking_opens_at"), cleaned.get("booking_closes_at")
        if opens and closes and closes <= opens:
            self.add_error("booking_closes_at", "Booking must close after it opens.")
        return cleaned


class VenueAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None:
            ids = [p.pk for p in selectors.venues_providers(user=for_user)]
            self.fields["provider"].queryset = ProviderPage.objects.filter(pk__in=ids)


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="Why are you declining this booking?",
        help_text="The learner reads this.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
    )


class EventCancelForm(forms.Form):
    reason = forms.CharField(
        label="Why is the event cancelled?",
        help_text="Everyone booked or waiting reads this in their e-mail.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
    )
