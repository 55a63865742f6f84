"""Staff import: every row checked and shown back in words; nothing written until confirmed."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory
from workforce.importing import staff_import_confirm, staff_import_preview
from workforce.models import Employment

pytestmark = pytest.mark.django_db

GOOD = (
    "Name,E-mail,Job role,TRN\n"
    "Amara Okafor,amara@example.org,Early-career teacher,1234567\n"
    "Ben Carter,BEN@example.org,teacher,\n"
    "Chloe Davies,chloe@example.org,Teaching assistant,\n"
)
BAD = GOOD + "Dan Evans,dan-at-example.org,Teacher,\nEve Fox,eve@example.org,Dinner lady,12\n"


def _upload(client, school, text: str, name="staff.csv"):
    return client.post(
        reverse("workforce:staff_import", args=[school.pk]),
        {"file": SimpleUploadedFile(name, text.encode(), content_type="text/csv")},
    )


def test_a_file_with_errors_is_shown_back_and_nothing_is_imported(client, school_a, lead_a):
    client.force_login(lead_a)
    response = _upload(client, school_a, BAD)
    page = response.content.decode()
    assert "There is a problem with the file" in page
    assert "Nothing has been imported" in page
    assert "Line 5: Enter an e-mail address like name@example.com." in page
    assert "“dinner lady” is not a job role we know" in page
    assert "A teacher reference number (TRN) is 7 digits" in page
    assert 'name="token"' not in page  # no way to confirm
    assert not User.objects.filter(email="amara@example.org").exists()
    assert Employment.objects.filter(school=school_a).count() == 1  # the lead
    assert mail.outbox == []


def test_a_checked_file_is_imported_once_confirmed_and_again_changes_nothing(
    client, django_capture_on_commit_callbacks, school_a, lead_a
):
    existing = UserFactory(email="ben@example.org", first_name="Ben", last_name="Carter")
    client.force_login(lead_a)
    preview = _upload(client, school_a, GOOD)
    page = preview.content.decode()
    assert "Nothing has been imported yet" in page
    assert "New account, added to the staff list" in page
    assert "Existing account: on the staff list once they confirm they work here" in page
    assert not Employment.objects.filter(person=existing).exists()

    token = preview.context["token"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("workforce:staff_import", args=[school_a.pk]), {"token": token}
        )
    assert response.status_code == 302
    staff = Employment.objects.filter(school=school_a).exclude(person=lead_a)
    assert sorted(e.person.email for e in staff) == [
        "amara@example.org",
        "ben@example.org",
        "chloe@example.org",
    ]
    assert User.objects.filter(email__iexact="ben@example.org").count() == 1  # linked
    amara = User.objects.get(email="amara@example.org")
    assert (amara.first_name, amara.last_name, amara.trn) == ("Amara", "Okafor", "1234567")
    assert staff.get(person=amara).job_role == "early_career"
    assert amara.school == school_a
    assert not amara.has_usable_password()
    assert len(mail.outbox) == 3
    assert "Choose a password" in next(m for m in mail.outbox if m.to == [amara.email]).body

    counts = (User.objects.count(), Employment.objects.count())
    again = _upload(client, school_a, GOOD)
    assert again.content.decode().count("Already on the staff list: nothing changes") == 2
    assert "Still waiting for them to confirm: nothing changes" in again.content.decode()
    client.post(
        reverse("workforce:staff_import", args=[school_a.pk]), {"token": again.context["token"]}
    )
    assert (User.objects.count(), Employment.objects.count()) == counts
    assert len(mail.outbox) == 3


def test_a_token_for_another_school_imports_nothing(client, school_a, school_b, lead_a, lead_b):
    client.force_login(lead_a)
    token = _upload(client, school_a, GOOD).context["token"]
    client.force_login(lead_b)
    response = client.post(
        reverse("workforce:staff_import", args=[school_b.pk]), {"token": token}, follow=True
    )
    assert "Upload the file again" in response.content.decode()
    assert not User.objects.filter(email="amara@example.org").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file is empty"),
        ("Name,Job role\nAmara,Teacher\n", "This file has no E-mail column"),
        ("Name,E-mail,Job role\n", "The file has no people in it"),
        (
            "Name,E-mail,Job role\nA B,a@example.org,Teacher\nA C,A@example.org,Teacher\n",
            "a@example.org is also on line 2",
        ),
    ],
)
def test_problems_with_the_file_are_said_in_words(school_a, text, message):
    preview = staff_import_preview(school=school_a, data=text.encode())
    assert not preview.is_valid
    words = " ".join(preview.file_errors + [e for row in preview.rows for e in row.errors])
    assert message in words


def test_a_spreadsheets_byte_order_mark_and_other_headers_are_understood(school_a):
    text = (
        "\ufeffFull name,E-mail address,Role\nAmara Okafor,amara@example.org,EARLY-CAREER TEACHER\n"
    )
    preview = staff_import_preview(school=school_a, data=text.encode("utf-8"))
    assert preview.is_valid
    assert preview.rows[0].cleaned["job_role"] == "early_career"


def test_confirming_a_file_with_an_error_writes_nothing(school_a, lead_a):
    with pytest.raises(Exception, match="The file has errors"):
        staff_import_confirm(school=school_a, data=BAD.encode(), added_by=lead_a)
    assert not User.objects.filter(email="amara@example.org").exists()
