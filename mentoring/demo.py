"""Demo mentoring: a trainee and mentor with three coaching meetings, an ECT in term 4 with two
reviews and an assessment done, a business coach with a headteacher, two nurseries in
partnership and a partnership head supporting a school, each with a log-in.

Dates count back from the day the seed runs. Running it again changes nothing.
"""

from datetime import timedelta

from django.utils import timezone

from accounts.demo import demo_user
from accounts.models import JobRole, User
from courses.models import FrameworkElement, LessonPage, ModulePage
from learning.models import Reflection
from schools.models import School

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


def _induction_start_in_term_4(today):
    """The first day of the term three terms before the one today falls in (or the next)."""
    terms = list(SchoolTerm.objects.all())
    current = next((i for i, term in enumerate(terms) if term.ends_on >= today), len(terms) - 1)
    return terms[max(0, current - 3)].starts_on


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
    allowance = MentorTrainingAllowance.objects.filter(kind=Kind.ITT).order_by("hours").last()
    if allowance:
        MentorTraining.objects.get_or_create(
            mentor=teacher,
            allowance=allowance,
            description="Initial mentor training, sessions 1 to 3",
            defaults={"hours": 9, "done_on": today - timedelta(days=60)},
        )

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
    castle_lead = _user("nursery.castle@academy.example", "Nadia", "Ahmed", JobRole.EARLY_YEARS)
    lilford_lead = _user("nursery.lilford@academy.example", "Lucy", "Ford", JobRole.EARLY_YEARS)
    castle_practitioner = _user("pip.castle@academy.example", "Pip", "Walker", JobRole.EARLY_YEARS)
    lilford_practitioner = _user("sam.lilford@academy.example", "Sam", "Hale", JobRole.EARLY_YEARS)
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
            ("mentor.abington@academy.example", "Mentoring: the ECT's mentor"),
            ("tutor.abington@academy.example", "Mentoring: the induction tutor; write reviews"),
            ("coach@academy.example", "Mentoring: a business coach with Abington Vale's head"),
            (
                "nursery.castle@academy.example",
                "Mentoring: an outstanding nursery mentoring another",
            ),
            ("nursery.lilford@academy.example", "Mentoring: the nursery being mentored"),
            (
                "partnership.head@academy.example",
                "Mentoring: a partnership head supporting Kettering Park",
            ),
            ("officer@academy.example", "Mentoring: counts, the partnership map, match requests"),
        ]
    }
