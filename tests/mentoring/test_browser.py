"""The done-when journey: the ECT's mentor records a coaching meeting with an action step linked
to a lesson; the ECT sees it and completes the lesson; the induction tutor writes the term-3
assessment; both CPD records show the meeting; the council sees the pair on the partnership map
but never the notes. axe-core checks every page on the way."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from credentials.models import CreditEntry
from mentoring.models import Action, Induction, InductionRecord, Relationship
from tests.factories import PASSWORD, UserFactory
from tests.workforce.conftest import EmploymentFactory, role_holder
from workforce.models import SchoolRoleKind

from .conftest import STARTED

NOTES = "Ellie is worried about her Year 9 group."
ECT_YEAR_1 = "ECT mentor training, year 1 (Early-career teacher and mentor, 36 hours funded)"


def sign_out(page):
    page.click("header button[type=submit]")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_mentor_ect_tutor_and_council_journey(
    browser_page, pair, mentor, ect, tutor, taken, council_officer
):
    page = browser_page
    today = timezone.localdate()

    page.log_in(mentor.email, PASSWORD)
    page.click("nav.academy-nav >> text=Mentoring")
    page.click(f"text={ect.display_name}")
    page.click("text=Record a meeting")
    page.fill("input[name=minutes]", "45")
    page.select_option("select[name=format]", "observation")
    page.fill("input[name=focus]", "Entry routines")
    page.fill("textarea[name=notes]", NOTES)
    page.fill("textarea[name=observed]", "Pupils took four minutes to settle.")
    page.fill("input[name=action_step]", "Greet at the door with the do-now on the board.")
    page.fill("textarea[name=practice]", "Rehearsed the greeting twice.")
    page.fill("input[name=action_text]", "Take the lesson on reading the room")
    page.fill("input[name=action_due_on]", (today + timedelta(days=7)).isoformat())
    page.select_option("select[name=action_lesson]", str(taken.reading.pk))
    page.fill("input[name=next_meeting_on]", (today + timedelta(days=14)).isoformat())
    page.click("main button:has-text('Save the meeting')")
    assert "Meeting recorded" in page.text_content("main")
    assert Action.objects.get().lesson_id == taken.reading.pk
    page.click("nav.academy-nav >> text=Mentoring")
    page.click("text=Record mentor training")
    page.select_option("select[name=allowance]", label=ECT_YEAR_1)
    page.fill("input[name=hours]", "3")
    page.fill("input[name=description]", "Instructional coaching, session 1")
    page.click("main button:has-text('Record the training')")
    assert "3 hours of training recorded. 33 of 36 funded hours left." in page.text_content("main")
    sign_out(page)

    page.log_in(ect.email, PASSWORD)
    page.goto("/my-learning/")
    panel = page.text_content("#mentoring-panel-title >> xpath=..")
    assert f"With {mentor.display_name}" in panel
    assert (today + timedelta(days=14)).strftime("%-d %B %Y") in panel
    page.click(f"text=With {mentor.display_name}")
    main = page.text_content("main")
    assert NOTES in main
    assert "Greet at the door with the do-now on the board." in main
    page.goto(taken.module.url)
    page.click("text=Enrol on this module")
    page.goto(taken.reading.url)
    page.click("text=Mark as complete")
    page.goto(f"/mentoring/{pair.pk}/")
    action = page.text_content(f"[data-action='{Action.objects.get().pk}']")
    assert "Done" in action
    page.goto("/my-certificates/")
    assert "Mentoring and coaching" in page.text_content("main")
    sign_out(page)

    page.log_in(tutor.email, PASSWORD)
    page.click("nav.academy-nav >> text=Mentoring")
    page.click(f"text={pair.mentee_organisation.name}: inductions and mentoring")
    page.click(f"text={ect.display_name}")
    page.click("text=Write the formal assessment for term 3")
    page.check("input[name=on_track][value=yes]")
    page.fill("textarea[name=evidence]", "Meets the Teachers' Standards at this point.")
    page.fill("textarea[name=targets]", "Adaptive teaching for pupils with SEND.")
    page.click("main button[type=submit]")
    assert "Formal assessment for term 3 saved" in page.text_content("main")
    record = InductionRecord.objects.get()
    assert (record.term, record.kind, record.written_by_id) == (3, "assessment", tutor.pk)
    page.goto(f"/mentoring/{pair.pk}/")
    assert NOTES not in page.text_content("main")
    sign_out(page)

    for person in (mentor, ect):
        entry = CreditEntry.objects.get(learner=person, source="mentoring")
        assert entry.cpd_hours == Decimal("0.8")
    training = CreditEntry.objects.get(learner=mentor, source="mentor_training")
    assert training.cpd_hours == Decimal("3.0")
    assert not CreditEntry.objects.filter(learner=ect, source="mentor_training").exists()
    page.log_in(mentor.email, PASSWORD)
    page.goto("/my-certificates/")
    figure = page.text_content("[data-figure=mentoring-hours]")
    assert "0.8 from mentoring and coaching" in figure
    assert "3 from mentor training" in figure
    sign_out(page)
    page.log_in(ect.email, PASSWORD)
    page.goto("/my-certificates/")
    assert "0.8 from mentoring and coaching" in page.text_content("[data-figure=mentoring-hours]")
    sign_out(page)

    page.log_in(council_officer.email, PASSWORD)
    page.click("nav.academy-nav >> text=Mentoring")
    page.click("text=The county: counts, the partnership map")
    table = page.text_content("table[data-map]")
    assert pair.mentee_organisation.name in table
    assert "Early-career teacher and mentor" in table
    main = page.text_content("main")
    assert NOTES not in main
    assert "Entry routines" not in main
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/mentoring/council/")
    assert not page.overflows_sideways()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_tutor_starts_extends_and_moves_an_induction(browser_page, school, other_school, tutor):
    """The induction pages end to end, bad input first each time, at 1280 and 375 px."""
    page = browser_page
    nia = UserFactory(email="nia@example.org", first_name="Nia", last_name="New")
    cal = UserFactory(email="cal@example.org", first_name="Cal", last_name="Colleague")
    for person in (nia, cal):
        EmploymentFactory(person=person, school=school)
    new_tutor = role_holder(other_school, SchoolRoleKind.INDUCTION_TUTOR, email="t2@example.org")

    page.log_in(tutor.email, PASSWORD)
    page.click("nav.academy-nav >> text=Mentoring")
    page.click(f"text={school.name}: inductions and mentoring")
    page.click("text=Start an induction")
    page.click("main button:has-text('Start the induction')")
    assert "Choose the early-career teacher." in page.text_content(".govuk-error-summary")
    page.select_option("select[name=ect]", str(nia.pk))
    page.select_option("select[name=appropriate_body]", index=1)
    page.fill("input[name=started_on]", STARTED.isoformat())
    page.select_option("select[name=mentor]", str(cal.pk))
    page.click("main button:has-text('Start the induction')")
    assert "Induction started for Nia New." in page.text_content("main")
    induction = Induction.objects.get(ect=nia)
    assert Relationship.objects.get(mentee=nia).mentor == cal

    page.click("text=Extend the induction")
    page.fill("input[name=terms]", "0")
    page.fill("textarea[name=reason]", "Long-term absence.")
    page.click("main button:has-text('Extend the induction')")
    assert "Enter a number of terms more than 0" in page.text_content(".govuk-error-summary")
    page.fill("input[name=terms]", "1")
    page.click("main button:has-text('Extend the induction')")
    assert "Induction extended by 1 term: 7 terms in all." in page.text_content("main")
    assert "Extended by 1.0 terms: Long-term absence." in page.text_content("main")

    page.click("text=Move the induction to another school")
    page.select_option("select[name=school]", str(school.pk))
    page.click("main button:has-text('Move the induction')")
    assert "already" in page.text_content(".govuk-error-summary")
    page.select_option("select[name=school]", str(other_school.pk))
    page.click("main button:has-text('Move the induction')")
    assert f"moved to {other_school.name}" in page.text_content("main")
    induction.refresh_from_db()
    assert (induction.school, induction.extension_terms) == (other_school, Decimal("1.0"))
    for path in (
        f"/mentoring/schools/{school.pk}/inductions/new/",
        f"/mentoring/schools/{school.pk}/",
    ):
        page.set_viewport_size({"width": 375, "height": 800})
        page.goto(path)
        assert not page.overflows_sideways()
    sign_out(page)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.log_in(new_tutor.email, PASSWORD)
    page.goto(f"/mentoring/inductions/{induction.pk}/")
    assert "0.0 of 7.0" in page.text_content("[data-figure=terms]")
    page.set_viewport_size({"width": 375, "height": 800})
    for path in (
        f"/mentoring/inductions/{induction.pk}/extend/",
        f"/mentoring/inductions/{induction.pk}/transfer/",
    ):
        page.goto(path)
        assert not page.overflows_sideways()

    page.set_viewport_size({"width": 1280, "height": 900})
    sign_out(page)
    page.log_in(cal.email, PASSWORD)
    page.goto("/mentoring/training/")
    page.select_option("select[name=allowance]", label=ECT_YEAR_1)
    page.fill("input[name=hours]", "40")
    page.fill("input[name=description]", "ECT mentor training, weeks 1 and 2")
    page.click("main button:has-text('Record the training')")
    assert "That is 4 hours over the 36 funded" in page.text_content("main")
    page.select_option("select[name=allowance]", label=ECT_YEAR_1)
    page.fill("input[name=hours]", "0")
    page.fill("input[name=description]", "A slip")
    page.click("main button:has-text('Record the training')")
    assert "more than 0" in page.text_content(".govuk-error-summary")
    assert "4 over" in page.text_content("table[data-training]")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/mentoring/training/")
    assert not page.overflows_sideways()
