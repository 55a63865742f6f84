"""The done-when journey: the ECT's mentor records a coaching meeting with an action step linked
to a lesson; the ECT sees it and completes the lesson; the induction tutor writes the term-3
assessment; both CPD records show the meeting; the council sees the pair on the partnership map
but never the notes. axe-core checks every page on the way."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from credentials.models import CreditEntry
from mentoring.models import Action, InductionRecord
from tests.factories import PASSWORD

NOTES = "Ellie is worried about her Year 9 group."


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
        entry = CreditEntry.objects.get(learner=person)
        assert (entry.source, entry.cpd_hours) == ("mentoring", Decimal("0.8"))
    page.log_in(mentor.email, PASSWORD)
    page.goto("/my-certificates/")
    assert "from mentoring and coaching" in page.text_content("[data-figure=mentoring-hours]")
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
