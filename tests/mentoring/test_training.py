"""A mentor records their mentor training against the funded allowance held as data; the hours
are CPD in their ledger under their own source. Hours past the allowance are recorded (the
training happened) and shown as over it, since the allowance is what is funded."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from credentials.models import CreditEntry
from credentials.selectors import credit_totals
from mentoring import services
from mentoring.models import Kind, MentorTraining, MentorTrainingAllowance

URL = reverse("mentoring:training")


@pytest.fixture
def itt_mentor(db, school):
    from tests.factories import UserFactory

    mentor = UserFactory(email="itt.mentor@example.org", first_name="Ian")
    trainee = UserFactory(email="trainee@example.org")
    services.relationship_create(
        kind=Kind.ITT,
        mentor=mentor,
        mentee=trainee,
        arranged_by="school",
        starts_on=timezone.localdate(),
        accepted=True,
    )
    return mentor


def initial():
    return MentorTrainingAllowance.objects.get(kind=Kind.ITT, label="Initial mentor training")


def record(client, **data):
    defaults = {
        "allowance": initial().pk,
        "done_on": timezone.localdate().isoformat(),
        "hours": "6",
        "description": "Initial mentor training, session 1",
    }
    response = client.post(URL, {**defaults, **data}, follow=True)
    return response.content.decode()


def test_the_allowance_is_data_16_hours_initial_and_6_refresher_for_itt_mentors(db):
    rows = MentorTrainingAllowance.objects.filter(kind=Kind.ITT).values_list(
        "label", "hours", "applies_from"
    )
    assert set(rows) == {
        ("Initial mentor training", Decimal("16.0"), date(2025, 9, 1)),
        ("Refresher training", Decimal("6.0"), date(2025, 9, 1)),
    }


def test_a_mentor_records_hours_and_sees_used_and_left(client, itt_mentor):
    client.force_login(itt_mentor)
    html = record(client)
    assert "6 hours of training recorded. 10 of 16 funded hours left." in html
    training = MentorTraining.objects.get()
    assert (training.mentor, training.hours) == (itt_mentor, Decimal("6.0"))
    entry = CreditEntry.objects.get(learner=itt_mentor)
    assert (entry.source, entry.cpd_hours, entry.source_key) == (
        CreditEntry.Source.MENTOR_TRAINING,
        Decimal("6.0"),
        f"mentor-training:{training.pk}",
    )
    totals = credit_totals(learner=itt_mentor)
    assert (totals.mentor_training_cpd_hours, totals.mentoring_cpd_hours) == (6, 0)
    assert totals.module_cpd_hours == 0
    my = client.get(reverse("credentials:my_certificates")).content.decode()
    assert "6 from mentor training" in my


def test_hours_over_the_allowance_are_recorded_and_shown_as_over(client, itt_mentor):
    client.force_login(itt_mentor)
    record(client, hours="10", description="Sessions 1 to 3")
    html = record(client, hours="8", description="Sessions 4 and 5")
    assert "That is 2 hours over the 16 funded: they still count as CPD." in html
    assert "2 over" in html
    assert credit_totals(learner=itt_mentor).mentor_training_cpd_hours == 18


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"hours": "0"}, "Enter the hours of training, more than 0."),
        ({"hours": "-2"}, "Enter the hours of training, more than 0."),
        ({"hours": "41"}, "Enter at most 40.0 hours at a time"),
        ({"hours": "2.25"}, "Enter hours to one decimal place"),
        ({"hours": ""}, "Enter the hours of training."),
        ({"description": ""}, "Say what the training was."),
        ({"done_on": "2025-08-31"}, "This allowance starts on 1 September 2025"),
        ({"done_on": (date.today() + timedelta(days=2)).isoformat()}, "Enter a date today or"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(client, itt_mentor, data, message):
    client.force_login(itt_mentor)
    html = record(client, **data)
    assert message in html
    assert not MentorTraining.objects.exists()
    assert not CreditEntry.objects.exists()


def test_the_same_training_twice_on_one_day_is_refused(client, itt_mentor):
    client.force_login(itt_mentor)
    record(client)
    html = record(client)
    assert "You have recorded this training on that day already." in html
    assert MentorTraining.objects.count() == 1
    assert CreditEntry.objects.count() == 1


def test_only_allowances_for_the_kinds_mentored_can_be_chosen(client, itt_mentor):
    ect_allowance = MentorTrainingAllowance.objects.filter(kind=Kind.ECT).first()
    client.force_login(itt_mentor)
    html = record(client, allowance=ect_allowance.pk)
    assert "Select a valid choice" in html
    assert not MentorTraining.objects.exists()


def test_someone_who_mentors_no_trainee_or_ect_is_told_why_and_can_record_nothing(
    client, other_learner
):
    client.force_login(other_learner)
    html = client.get(URL).content.decode()
    assert "once you mentor a trainee teacher or an early-career teacher" in html
    record(client)
    assert not MentorTraining.objects.exists()


def test_the_mentoring_page_links_to_it(client, itt_mentor):
    client.force_login(itt_mentor)
    assert URL in client.get(reverse("mentoring:index")).content.decode()
