"""In the Wagtail editor a provider's leads add and edit events of their own modules only."""

from django.urls import reverse

from events.models import Event, Sitting

from .conftest import event_make


def _form(module, venue, **extra):
    data = {
        "module": module.pk,
        "title": "Phonics twilight",
        "description": "",
        "venue": venue.pk if venue else "",
        "room": "Hall",
        "online_link": "",
        "capacity": 12,
        "booking_opens_at": "",
        "booking_closes_at": "",
        "cancellation_cutoff_hours": 48,
        "cost_notes": "Free to county schools.",
        "reminder_days": 2,
        "attendance_required": "on",
        "sittings-TOTAL_FORMS": 1,
        "sittings-INITIAL_FORMS": 0,
        "sittings-MIN_NUM_FORMS": 0,
        "sittings-MAX_NUM_FORMS": 1000,
        "sittings-0-starts_at": "2027-03-04 16:00",
        "sittings-0-ends_at": "2027-03-04 18:00",
        "sittings-0-ORDER": 1,
        "sittings-0-id": "",
        "sittings-0-DELETE": "",
    }
    data.update(extra)
    return data


def test_a_lead_lists_and_edits_only_their_own_events(client, provider, other_provider):
    ours = event_make(module=provider.module, title="Our workshop")
    theirs = event_make(module=other_provider.module, title="Their workshop")
    client.force_login(provider.lead)
    listing = client.get(reverse("wagtailsnippets_events_event:list")).content.decode()
    assert "Our workshop" in listing
    assert "Their workshop" not in listing
    assert (
        client.get(reverse("wagtailsnippets_events_event:edit", args=[ours.pk])).status_code == 200
    )
    refused = client.get(reverse("wagtailsnippets_events_event:edit", args=[theirs.pk]))
    assert refused.status_code in (302, 403)


def test_a_lead_adds_an_event_with_a_sitting_in_uk_time(client, provider, other_provider):
    client.force_login(provider.lead)
    venue = event_make(module=provider.module).venue
    response = client.post(
        reverse("wagtailsnippets_events_event:add"), _form(provider.module, venue)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get(title="Phonics twilight")
    sitting = Sitting.objects.get(event=event)
    assert sitting.starts_at.isoformat() == "2027-03-04T16:00:00+00:00"  # GMT in March


def test_a_lead_cannot_add_an_event_to_another_providers_module(client, provider, other_provider):
    client.force_login(provider.lead)
    venue = event_make(module=other_provider.module).venue
    response = client.post(
        reverse("wagtailsnippets_events_event:add"), _form(other_provider.module, venue)
    )
    assert response.status_code == 200
    assert not Event.objects.filter(title="Phonics twilight").exists()


def test_a_learner_cannot_reach_the_event_editor(client, provider):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get(reverse("wagtailsnippets_events_event:list"))
    assert response.status_code in (302, 403)
