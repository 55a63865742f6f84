"""Demo mentoring: a trainee and mentor with three coaching meetings, an ECT in term 4 with two
reviews and an assessment done, an ECT whose induction was extended, mentor training recorded,
a business coach with a headteacher, two nurseries in partnership (their staff employed there,
with no school roles) and a partnership head supporting a school, each with a log-in.

Dates count back from the day the seed runs. Running it again changes nothing.
"""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.demo import demo_user
from accounts.models import JobRole, User
from courses.models import FrameworkElement, LessonPage, ModulePage
from learning.models import Reflection
from schools.models import School
from workforce.models import Employment

from . import services
from .models import (
    AppropriateBody,
    Induction,
    Kind,
    MentorTraining,
    MentorTrainingAllowance,
    Offer,
    ReflectionComment,
    Relationship,
    SchoolTerm,
)
from .rules import EYFS_COEL, SUPPORT_NEEDS

ABINGTON, KINGSTHORPE, KETTERING = "990004", "990005", "990006"
CASTLE_NURSERY, LILFORD_NURSERY = "990035", "990036"

COACHING = [
    (
        "Entry routine",
        "Pupils took four minutes to settle; the do-now task was on the second slide.",
        "Meet the class at the door with the do-now on the board before they arrive.",
        "Rehearsed the greeting and the first instruction twice in the empty classroom.",
        "",
    ),
    (
        "Giving instructions",
        "Entry was calm in two minutes. Instructions for the group task were given while "
        "pupils were still moving.",
        "Stand still, wait for silence, give the instruction in three steps, check one pupil.",
        "Scripted the instruction and practised it with the mentor playing a distracted pupil.",
        "The door routine held all week: settled in under two minutes every lesson.",
    ),
    (
        "Checking for understanding",
        "Questions went to volunteers only; four pupils answered everything.",
        "Cold call three named pupils after each explanation, then one mini-whiteboard check.",
        "Practised the questioning sequence on the fractions starter.",
        "Instructions in three steps are now routine; pupils started tasks within a minute.",
    ),
]


def _user(email, first, last, job_role="", school=None) -> User:
    return demo_user(email, first_name=first, last_name=last, job_role=job_role, school=school)


def _pair(*, kind, mentor, mentee, **fields) -> tuple[Relationship, bool]:
    existing = Relationship.objects.filter(kind=kind, mentor=mentor, mentee=mentee).first()
    if existing:
        return existing, False
    today = timezone.localdate()
    relationship = services.relationship_create(
        kind=kind,
        mentor=mentor,
        mentee=mentee,
        accepted=True,
        starts_on=fields.pop("starts_on", today - timedelta(days=120)),
        **fields,
    )
    return relationship, True


def _lesson(slug: str) -> LessonPage | None:
    module = ModulePage.objects.live().filter(slug=slug).first()
    return LessonPage.objects.child_of(module).live().first() if module else None


def _coaching_meetings(relationship, mentor, weeks_ago_first: int, lesson) -> None:
    today = timezone.localdate()
    for number, (focus, observed, step, practice, follow_up) in enumerate(COACHING):
        held_on = today - timedelta(weeks=weeks_ago_first - 2 * number)
        last = number == len(COACHING) - 1
        services.meeting_record(
            relationship=relationship,
            by=mentor,
            held_on=held_on,
            minutes=45,
            focus=focus,
            format="observation",
            notes=f"{relationship.mentee.first_name} was more confident this week."
            if number
            else f"{relationship.mentee.first_name} is worried about one class.",
            next_meeting_on=today + timedelta(days=7) if last else held_on + timedelta(weeks=2),
            coaching={
                "observed": observed,
                "action_step": step,
                "practice": practice,
                "follow_up": follow_up,
            },
            actions=(
                {
                    "text": "Work through the suggested lesson before we next meet"
                    if last
                    else step,
                    "due_on": (today + timedelta(days=5))
                    if last
                    else (
                        today - timedelta(days=3) if number == 1 else held_on + timedelta(days=7)
                    ),
                    "lesson": lesson if last else None,
                },
            ),
        )
    first = relationship.actions.order_by("due_on").first()
    services.action_done(action=first, by=mentor)


def _induction_start_terms_ago(today, terms_ago: int):
    """The first day of the term `terms_ago` terms before the one today falls in (or the next)."""
    terms = list(SchoolTerm.objects.all())
    current = next((i for i, term in enumerate(terms) if term.ends_on >= today), len(terms) - 1)
    return terms[max(0, current - terms_ago)].starts_on


def _induction_start_in_term_4(today):
    return _induction_start_terms_ago(today, 3)


def _training(mentor, kind, label, hours, what) -> None:
    """Mentor training hours against an allowance, once, with their CPD ledger entry."""
    allowance = MentorTrainingAllowance.objects.filter(kind=kind, label=label).first()
    description = f"{label}, {what}"
    if allowance is None or MentorTraining.objects.filter(
        mentor=mentor, allowance=allowance, description=description
    ):
        return
    services.mentor_training_record(
        mentor=mentor,
        allowance=allowance,
        hours=Decimal(hours),
        done_on=timezone.localdate() - timedelta(days=60),
        description=description,
    )


def _works_at(person, setting) -> None:
    """A confirmed employment at the setting: how its leads and practitioners ask, offer and
    name one another without school roles."""
    Employment.objects.get_or_create(
        person=person,
        school=setting,
        left_on=None,
        defaults={
            "job_role": JobRole.EARLY_YEARS,
            "started_on": timezone.localdate() - timedelta(days=730),
            "confirmed_at": timezone.now(),
        },
    )


def seed(log) -> dict:
    today = timezone.localdate()
    schools = {
        s.urn: s
        for s in School.objects.filter(
            urn__in=[ABINGTON, KINGSTHORPE, KETTERING, CASTLE_NURSERY, LILFORD_NURSERY]
        )
    }
    people = {u.email: u for u in User.objects.filter(email__endswith="@academy.example")}
    needed = (
        "teacher@academy.example",
        "trainee@academy.example",
        "head.abington@academy.example",
        "tutor.abington@academy.example",
        "head.kettering@academy.example",
    )
    if len(schools) < 5 or any(email not in people for email in needed):
        log("  mentoring: skipped (the demo schools and staff are not there yet)")
        return {}
    abington, kettering = schools[ABINGTON], schools[KETTERING]
    teacher, trainee = people["teacher@academy.example"], people["trainee@academy.example"]
    tutor, head = people["tutor.abington@academy.example"], people["head.abington@academy.example"]
    head_kettering = people["head.kettering@academy.example"]

    # ITT: the trainee and their school-based mentor, three instructional-coaching meetings.
    itt, new = _pair(
        kind=Kind.ITT,
        mentor=teacher,
        mentee=trainee,
        arranged_by="school",
        mentor_organisation=abington,
        mentee_organisation=kettering,
    )
    if new:
        _coaching_meetings(itt, teacher, 6, _lesson("itt-primary-maths-subject-knowledge"))
    shared = Reflection.objects.filter(learner=trainee, shared_with=teacher).first()
    if shared and not ReflectionComment.objects.filter(reflection=shared).exists():
        services.reflection_comment(
            reflection=shared,
            mentor=teacher,
            text="Good catch on the denominators. Try fraction walls next lesson.",
            signs_off=True,
        )
    _training(teacher, Kind.ITT, "Initial mentor training", 9, "sessions 1 to 3")

    # ECT in term 4: reviews at terms 1 and 2 and the term-3 assessment written.
    ect = _user("ect@academy.example", "Esme", "Early", JobRole.EARLY_CAREER, abington)
    ect_mentor = _user(
        "mentor.abington@academy.example", "Rachel", "Reed", JobRole.TEACHER, abington
    )
    induction = Induction.objects.filter(ect=ect).first()
    if induction is None:
        induction = services.induction_start(
            ect=ect,
            school=abington,
            appropriate_body=AppropriateBody.objects.order_by("name").first(),
            started_on=_induction_start_in_term_4(today),
            by=tutor,
            mentor=ect_mentor,
        )
        for term, on_track, evidence, targets in (
            (1, True, "Clear routines; planning follows the scheme well.", "Adaptive teaching."),
            (2, True, "Adaptive teaching seen in maths; marking is timely.", "Questioning."),
            (3, True, "Meets the Teachers' Standards for this point.", "Subject leadership."),
        ):
            services.induction_record_write(
                induction=induction,
                term=term,
                by=tutor,
                on_track=on_track,
                evidence=evidence,
                targets=targets,
            )
        induction.terms_completed = 3.4
        induction.save(update_fields=["terms_completed"])
        pair = Relationship.objects.get(kind=Kind.ECT, mentee=ect)
        pair.starts_on = induction.started_on
        pair.save(update_fields=["starts_on"])
        _coaching_meetings(pair, ect_mentor, 5, _lesson("ect-behaviour-restorative-approaches"))
    _training(ect_mentor, Kind.ECT, "ECT mentor training, year 1", 12, "sessions 1 to 4")

    # An ECT whose induction was extended by a term: every review written, the final
    # assessment now due at the end of term 7.
    extended = _user(
        "ect.extended@academy.example", "Omar", "Patel", JobRole.EARLY_CAREER, abington
    )
    if not Induction.objects.filter(ect=extended).exists():
        induction = services.induction_start(
            ect=extended,
            school=abington,
            appropriate_body=AppropriateBody.objects.order_by("name").first(),
            started_on=_induction_start_terms_ago(today, 6),
            by=tutor,
            mentor=ect_mentor,
        )
        induction = services.induction_extend(
            induction=induction,
            terms=1,
            by=head,
            reason="Long-term absence in the spring term; the appropriate body agreed one term.",
        )
        for term in range(1, 7):
            services.induction_record_write(
                induction=induction,
                term=term,
                by=tutor,
                on_track=term != 6,
                evidence="Routines secure; subject knowledge good."
                if term != 6
                else "Adaptive teaching not yet consistent after the absence.",
                targets="Adaptive teaching for pupils with SEND.",
            )
        services.induction_terms_count(induction=induction, terms=Decimal("6.4"), by=tutor)

    # A business coach with a headteacher; the offer and a waiting request for the council.
    coach = _user("coach@academy.example", "Daniel", "Brooks")
    needs = FrameworkElement.objects.filter(framework__slug=SUPPORT_NEEDS)
    if not Offer.objects.filter(person=coach).exists():
        services.offer_make(
            kind=Kind.BUSINESS_COACHING,
            person=coach,
            skills=needs.filter(code__in=["LSN-1", "LSN-2", "LSN-4"]),
            business="Brooks and Partners Ltd",
            about="Finance director for twenty years; led two mergers.",
        )
        services.offer_make(
            kind=Kind.BUSINESS_COACHING,
            person=_user("volunteer.hr@academy.example", "Grace", "Owusu"),
            skills=needs.filter(code__in=["LSN-3", "LSN-6", "LSN-7"]),
            business="Nene Logistics",
        )
        services.match_request_make(
            kind=Kind.BUSINESS_COACHING,
            requested_by=head_kettering,
            organisation=kettering,
            needs=needs.filter(code__in=["LSN-3", "LSN-6"]),
            help_wanted="Staff wellbeing and workload after a hard inspection.",
        )
    coaching, new = _pair(
        kind=Kind.BUSINESS_COACHING,
        mentor=coach,
        mentee=head,
        arranged_by="council",
        mentee_organisation=abington,
        mentor_business="Brooks and Partners Ltd",
    )
    if new:
        services.meeting_record(
            relationship=coaching,
            by=coach,
            held_on=today - timedelta(days=20),
            minutes=90,
            focus="The three-year budget",
            notes="Helen wants to model two staffing scenarios before the governors meet.",
            next_meeting_on=today + timedelta(days=10),
        )

    # Two nurseries: an outstanding setting mentors another, practitioners on both sides.
    castle, lilford = schools[CASTLE_NURSERY], schools[LILFORD_NURSERY]
    ey = JobRole.EARLY_YEARS
    castle_lead = _user("nursery.castle@academy.example", "Nadia", "Ahmed", ey, castle)
    lilford_lead = _user("nursery.lilford@academy.example", "Lucy", "Ford", ey, lilford)
    castle_practitioner = _user("pip.castle@academy.example", "Pip", "Walker", ey, castle)
    lilford_practitioner = _user("sam.lilford@academy.example", "Sam", "Hale", ey, lilford)
    lilford_new = _user("jo.lilford@academy.example", "Jo", "Lane", ey, lilford)
    for person, setting in (
        (castle_lead, castle),
        (castle_practitioner, castle),
        (lilford_lead, lilford),
        (lilford_practitioner, lilford),
        (lilford_new, lilford),
    ):
        _works_at(person, setting)
    if not Offer.objects.filter(person=castle_lead).exists():
        services.offer_make(
            kind=Kind.SETTING_PARTNERSHIP,
            person=castle_lead,
            organisation=schools[CASTLE_NURSERY],
            inspection_grade="outstanding",
            skills=needs.filter(code="LSN-8"),
        )
    nurseries, new = _pair(
        kind=Kind.SETTING_PARTNERSHIP,
        mentor=castle_lead,
        mentee=lilford_lead,
        arranged_by="council",
        mentor_organisation=schools[CASTLE_NURSERY],
        mentee_organisation=schools[LILFORD_NURSERY],
        practitioners=((castle_practitioner, "mentor"), (lilford_practitioner, "mentee")),
    )
    if new:
        coel = {e.code: e for e in FrameworkElement.objects.filter(framework__slug=EYFS_COEL)}
        for days, focus, areas, outcomes in (
            (50, "Outdoor provision", ["CoEL-1"], "A loose-parts area planned for the garden."),
            (15, "Sustained shared thinking", ["CoEL-3", "CoEL-2"], "Staff model wondering aloud."),
        ):
            services.meeting_record(
                relationship=nurseries,
                by=castle_lead,
                held_on=today - timedelta(days=days),
                minutes=120,
                focus=focus,
                format="visit",
                focus_areas=[coel[code] for code in areas],
                outcomes=outcomes,
                next_meeting_on=today + timedelta(days=21),
            )

    # A partnership head teacher supporting a school.
    partner = _user(
        "partnership.head@academy.example",
        "Paul",
        "Grant",
        JobRole.HEADTEACHER,
        schools[KINGSTHORPE],
    )
    support, new = _pair(
        kind=Kind.PARTNERSHIP_HEAD,
        mentor=partner,
        mentee=head_kettering,
        arranged_by="council",
        mentor_organisation=schools[KINGSTHORPE],
        mentee_organisation=kettering,
    )
    if new:
        services.meeting_record(
            relationship=support,
            by=partner,
            held_on=today - timedelta(days=12),
            minutes=120,
            focus="Curriculum review after the inspection",
            notes="Start with the reading curriculum in Key Stage 3.",
            next_meeting_on=today + timedelta(days=14),
        )

    log(
        f"  mentoring: {Relationship.objects.count()} relationships, "
        f"{Induction.objects.count()} inductions"
    )
    return {
        "logins": [
            (
                "teacher@academy.example",
                "Mentoring: mentor to the trainee, three coaching meetings",
            ),
            ("trainee@academy.example", "Mentoring: the trainee's coaching record and actions"),
            ("ect@academy.example", "Mentoring: an ECT in term 4, reviews and an assessment done"),
            (
                "mentor.abington@academy.example",
                "Mentoring: the ECT's mentor; 12 hours of mentor training recorded",
            ),
            (
                "tutor.abington@academy.example",
                "Mentoring: the induction tutor; start, extend or move an induction, write reviews",
            ),
            (
                "ect.extended@academy.example",
                "Mentoring: an ECT whose induction was extended by a term",
            ),
            ("coach@academy.example", "Mentoring: a business coach with Abington Vale's head"),
            (
                "nursery.castle@academy.example",
                "Mentoring: an outstanding nursery mentoring another",
            ),
            (
                "nursery.lilford@academy.example",
                "Mentoring: the nursery being mentored; name a practitioner (Jo Lane)",
            ),
            (
                "sam.lilford@academy.example",
                "Mentoring: a nursery practitioner, no school role; can ask for a partner setting",
            ),
            (
                "partnership.head@academy.example",
                "Mentoring: a partnership head supporting Kettering Park",
            ),
            ("officer@academy.example", "Mentoring: counts, the partnership map, match requests"),
        ]
    }
