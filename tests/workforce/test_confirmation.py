"""A school that adds someone who already has an account sees nothing of their training until
they confirm they work there; if they say it is not them, the school never does."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import UserFactory
from workforce import selectors, services
from workforce.models import Employment

from .conftest import complete_module

pytestmark = pytest.mark.django_db

FILE = "Name,E-mail,Job role\nNadia Noor,nadia@example.org,Teacher\nNew Person,new@example.org,Teacher\n"


@pytest.fixture
def nadia(db, safeguarding):
    """Someone with an account and training from before any school added her."""
    person = UserFactory(email="nadia@example.org", first_name="Nadia", last_name="Noor")
    complete_module(person, safeguarding)
    return person


def _import(client, school, text=FILE):
    url = reverse("workforce:staff_import", args=[school.pk])
    preview = client.post(
        url, {"file": SimpleUploadedFile("staff.csv", text.encode(), content_type="text/csv")}
    )
    assert preview.context["token"], preview.content.decode()
    return preview, client.post(url, {"token": preview.context["token"]}, follow=True)


def _seen_anywhere(client, school, person) -> list[str]:
    """Every workforce page the school's lead can open that shows this person's name or records."""
    seen = []
    for name in ("workforce:school", "workforce:school_csv"):
        page = client.get(reverse(name, args=[school.pk])).content.decode()
        if person.last_name in page or "Safeguarding" in page:
            seen.append(name)
    assign = client.get(reverse("workforce:assign", args=[school.pk])).content.decode()
    if person.last_name in assign:  # the page lists modules to assign, so not their titles
        seen.append("workforce:assign")
    across = client.get(reverse("workforce:staff_across")).content.decode()
    if person.last_name in across:
        seen.append("workforce:staff_across")
    for name in ("workforce:person", "workforce:employment_end"):
        if client.get(reverse(name, args=[school.pk, person.pk])).status_code != 404:
            seen.append(name)
    return seen


def test_an_existing_account_imported_is_invisible_until_they_confirm(
    client, django_capture_on_commit_callbacks, school_a, lead_a, nadia, safeguarding
):
    client.force_login(lead_a)
    with django_capture_on_commit_callbacks(execute=True):
        preview, done = _import(client, school_a)
    assert "Existing account: on the staff list once they confirm they work here" in (
        preview.content.decode()
    )
    assert (
        "Imported. 1 person added to the staff list; 1 person already has an account and was "
        "asked to confirm they work here." in done.content.decode()
    )
    employment = Employment.objects.get(person=nadia)
    assert employment.is_pending

    assert _seen_anywhere(client, school_a, nadia) == []
    page = client.get(reverse("workforce:school", args=[school_a.pk])).content.decode()
    assert "nadia@example.org" in page
    assert "Waiting for them to confirm" in page
    matrix = selectors.staff_matrix(
        employments=selectors.staff_visible_to(user=lead_a, school=school_a)
    )
    assert nadia not in [row.person for row in matrix.rows]
    with pytest.raises(Exception, match="Only people who work at"):
        services.assignment_create(
            school=school_a, people=[nadia], module=safeguarding, assigned_by=lead_a
        )
    nadia.refresh_from_db()
    assert nadia.school is None

    [asked] = [m for m in mail.outbox if m.to == [nadia.email]]
    assert f"{school_a} says you work there as teacher from" in asked.body
    assert reverse("workforce:confirm", args=[employment.pk]) in asked.body
    assert "Choose a password" not in asked.body

    client.force_login(nadia)
    dashboard = client.get(reverse("learning:dashboard")).content.decode()
    assert f"{school_a} says you work there as teacher" in dashboard
    response = client.post(
        reverse("workforce:confirm", args=[employment.pk]), {"answer": "confirm"}
    )
    assert response.status_code == 302
    nadia.refresh_from_db()
    assert nadia.school == school_a

    client.force_login(lead_a)
    assert set(_seen_anywhere(client, school_a, nadia)) >= {
        "workforce:school",
        "workforce:school_csv",
        "workforce:person",
    }
    client.force_login(nadia)
    assert "says you work there" not in client.get(reverse("learning:dashboard")).content.decode()


def test_a_new_account_made_by_the_import_counts_as_confirmed(client, school_a, lead_a, nadia):
    client.force_login(lead_a)
    _import(client, school_a)
    new = Employment.objects.get(person__email="new@example.org")
    assert new.confirmed_at is not None
    page = client.get(reverse("workforce:school", args=[school_a.pk])).content.decode()
    assert "New Person" in page


def test_declining_tells_the_school_in_words_and_they_are_never_seen(
    client, django_capture_on_commit_callbacks, school_a, lead_a, nadia
):
    client.force_login(lead_a)
    _import(client, school_a)
    employment = Employment.objects.get(person=nadia)
    client.force_login(nadia)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("workforce:confirm", args=[employment.pk]), {"answer": "decline"})
    employment.refresh_from_db()
    assert employment.declined_at is not None
    [told] = mail.outbox
    assert told.to == [lead_a.email]
    assert "nadia@example.org says they do not work at" in told.subject
    assert "they told us this is not them" in told.body
    # Answered once: the link no longer works, and nothing shows on My learning.
    confirm = reverse("workforce:confirm", args=[employment.pk])
    assert client.post(confirm, {"answer": "confirm"}).status_code == 404

    client.force_login(lead_a)
    assert _seen_anywhere(client, school_a, nadia) == []
    page = client.get(reverse("workforce:school", args=[school_a.pk])).content.decode()
    assert "Said this is not them" in page

    mail.outbox.clear()
    counts = Employment.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        preview, _ = _import(client, school_a)
    assert "They told us they do not work here: nothing changes" in preview.content.decode()
    assert Employment.objects.count() == counts
    assert mail.outbox == []
    assert _seen_anywhere(client, school_a, nadia) == []


def test_importing_again_while_waiting_changes_nothing_and_sends_nothing(
    client, django_capture_on_commit_callbacks, school_a, lead_a, nadia
):
    client.force_login(lead_a)
    with django_capture_on_commit_callbacks(execute=True):
        _import(client, school_a)
    sent, counts = len(mail.outbox), Employment.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        preview, done = _import(client, school_a)
    assert "Still waiting for them to confirm: nothing changes" in preview.content.decode()
    assert "Imported. 2 people were already there." in done.content.decode()
    assert (len(mail.outbox), Employment.objects.count()) == (sent, counts)
    assert Employment.objects.get(person=nadia).is_pending


def test_only_the_person_named_can_answer(client, school_a, lead_a, nadia):
    client.force_login(lead_a)
    _import(client, school_a)
    employment = Employment.objects.get(person=nadia)
    url = reverse("workforce:confirm", args=[employment.pk])
    for someone in (lead_a, UserFactory()):
        client.force_login(someone)
        assert client.get(url).status_code == 404
        assert client.post(url, {"answer": "confirm"}).status_code == 404
    employment.refresh_from_db()
    assert employment.is_pending
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_the_person_is_asked_in_words_on_the_confirm_page(client, school_a, lead_a, nadia):
    client.force_login(lead_a)
    _import(client, school_a)
    employment = Employment.objects.get(person=nadia)
    client.force_login(nadia)
    page = client.get(reverse("workforce:confirm", args=[employment.pk])).content.decode()
    assert f"Do you work at {school_a}?" in page
    assert "Confirm I work there" in page
    assert "This is not me" in page
