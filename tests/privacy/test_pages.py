"""The privacy notice, consents and erasure request pages, as a person uses them."""

from django.urls import reverse

from accounts.consent import consent_has
from accounts.models import Consent
from privacy.models import ErasureRequest


def test_the_notice_is_linked_from_every_page_and_from_sign_up(client, db):
    notice = reverse("privacy:notice")
    for url in (reverse("courses:catalogue"), reverse("account_signup")):
        assert f'href="{notice}"' in client.get(url).content.decode()
    page = client.get(notice).content.decode()
    assert "only the cookies it needs" in page
    assert "Legal obligation" in page
    assert "Public task" in page


def test_a_person_gives_and_withdraws_consent_with_the_time(client, learner):
    client.force_login(learner)
    url = reverse("privacy:consent")
    client.post(url, {"purpose": "research", "action": "give"})
    assert consent_has(learner, "research")
    client.post(url, {"purpose": "research", "action": "withdraw"})
    assert not consent_has(learner, "research")
    record = Consent.objects.get(person=learner)
    assert record.withdrawn_at is not None
    page = client.get(url).content.decode()
    assert "withdrawn" in page
    assert client.post(url, {"purpose": "nonsense", "action": "give"}).status_code == 404


def test_asking_to_be_erased_needs_confirming_and_can_be_withdrawn(client, learner):
    client.force_login(learner)
    url = reverse("privacy:erasure_request")
    response = client.post(url, {"reason": "Moving away"})
    assert "Confirm that you understand" in response.content.decode()
    assert not ErasureRequest.objects.exists()
    client.post(url, {"reason": "Moving away", "confirm": "on"})
    assert ErasureRequest.objects.get().status == "requested"
    client.post(url, {"withdraw": "1"})
    assert ErasureRequest.objects.get().status == "withdrawn"


def test_an_officer_refuses_with_a_reason_the_person_is_sent(
    client, learner, council_officer, reauthenticate
):
    from academy_site.models import OutboundEmail
    from privacy.services import erasure_request_make

    erasure = erasure_request_make(person=learner)
    client.force_login(council_officer)
    reauthenticate(client)
    url = reverse("privacy:erasure_review", args=[erasure.pk])
    response = client.post(url, {"decision": "refuse"})
    assert "Say why the request is refused" in response.content.decode()
    client.post(url, {"decision": "refuse", "note": "You are a serving governor."})
    erasure.refresh_from_db()
    assert erasure.status == "refused"
    assert OutboundEmail.objects.filter(to=learner.email, text__contains="serving").exists()
    learner.refresh_from_db()
    assert learner.is_active


def test_officers_find_erasure_requests_in_the_navigation(client, council_officer, learner):
    client.force_login(learner)
    assert "Privacy" not in [item["label"] for item in client.get("/").context["nav_items"]]
    client.force_login(council_officer)
    assert "Privacy" in [item["label"] for item in client.get("/").context["nav_items"]]
