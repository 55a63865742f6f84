"""What the mentoring app does: relationships and their history, meetings with their CPD time,
actions, coaching records, comments on shared reflections, induction and matching."""

from datetime import date, datetime, time
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from academy_site.emails import email_send
from academy_site.links import site_url
from credentials.models import CreditEntry
from credentials.services import cpd_time_record
from volunteers.scoring import Ranked, candidates_rank, needs_as_gaps
from workforce.models import SchoolRole

from . import selectors
from .models import (
    Action,
    CoachingRecord,
    Induction,
    InductionEvent,
    InductionRecord,
    InductionReminder,
    InductionRules,
    Kind,
    MatchRequest,
    Meeting,
    MentorTraining,
    Offer,
    Practitioner,
    ReflectionComment,
    Relationship,
    RelationshipEvent,
    Status,
)

MAX_TRAINING_HOURS = Decimal("40.0")  # a week of training in one entry: more is surely a slip

# Relationships ----------------------------------------------------------------------------


def relationship_create(
    *,
    kind: str,
    mentor,
    mentee,
    arranged_by: str,
    arranged_by_user=None,
    starts_on: date,
    mentor_organisation=None,
    mentee_organisation=None,
    mentor_business: str = "",
    accepted: bool = False,
    request: MatchRequest | None = None,
    score: int | None = None,
    practitioners: tuple = (),
) -> Relationship:
    """Start a relationship: requested until both sides accept, or accepted at once where the
    school arranges it with both people's agreement (a school-based mentor)."""
    if mentor.pk == mentee.pk:
        raise ValidationError("A mentor cannot be their own mentee.")
    now = timezone.now()
    with transaction.atomic():
        relationship = Relationship.objects.create(
            kind=kind,
            mentor=mentor,
            mentee=mentee,
            mentor_organisation=mentor_organisation,
            mentee_organisation=mentee_organisation,
            mentor_business=mentor_business,
            arranged_by=arranged_by,
            arranged_by_user=arranged_by_user,
            starts_on=starts_on,
            request=request,
            score=score,
            status=Status.ACCEPTED if accepted else Status.REQUESTED,
            mentor_accepted_at=now if accepted else None,
            mentee_accepted_at=now if accepted else None,
        )
        for person, side in practitioners:
            Practitioner.objects.create(relationship=relationship, person=person, side=side)
        RelationshipEvent.objects.create(
            relationship=relationship, status=relationship.status, by=arranged_by_user
        )
    return relationship


def relationship_respond(*, relationship: Relationship, user, accept: bool) -> Relationship:
    """One side accepts or declines; the relationship starts when both have accepted."""
    with transaction.atomic():
        relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
        side = relationship.side_of(user)
        if side is None or relationship.status != Status.REQUESTED:
            raise ValidationError("This relationship is not waiting for your answer.")
        if not accept:
            relationship.status = Status.DECLINED
            relationship.save(update_fields=["status"])
            RelationshipEvent.objects.create(
                relationship=relationship, status=Status.DECLINED, by=user, note=f"{side} declined"
            )
            return relationship
        setattr(relationship, f"{side}_accepted_at", timezone.now())
        fields = [f"{side}_accepted_at"]
        if relationship.mentor_accepted_at and relationship.mentee_accepted_at:
            relationship.status = Status.ACCEPTED
            relationship.starts_on = max(relationship.starts_on, timezone.localdate())
            fields += ["status", "starts_on"]
            if relationship.request_id:
                MatchRequest.objects.filter(pk=relationship.request_id).update(
                    status=MatchRequest.Status.MATCHED
                )
        relationship.save(update_fields=fields)
        RelationshipEvent.objects.create(
            relationship=relationship, status=relationship.status, by=user, note=f"{side} accepted"
        )
    return relationship


def relationship_end(
    *, relationship: Relationship, by, ended_on: date, reason: str, note: str = ""
) -> Relationship:
    with transaction.atomic():
        relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
        if relationship.status != Status.ACCEPTED:
            raise ValidationError("Only a relationship under way can end.")
        if ended_on < relationship.starts_on:
            raise ValidationError({"ended_on": "Enter a date on or after the day it started."})
        relationship.status = Status.ENDED
        relationship.ended_on = ended_on
        relationship.end_reason = reason
        relationship.end_note = note
        relationship.save(update_fields=["status", "ended_on", "end_reason", "end_note"])
        RelationshipEvent.objects.create(
            relationship=relationship, status=Status.ENDED, by=by, note=note or reason
        )
    return relationship


def practitioner_add(*, relationship: Relationship, person, by) -> Practitioner:
    """A setting partnership's lead names a practitioner of their own setting, who then sees
    the partnership and gets its visits' CPD time."""
    side = relationship.side_of(by)
    if relationship.kind != Kind.SETTING_PARTNERSHIP or side is None:
        raise ValidationError("Only the leads of a setting partnership name its practitioners.")
    if relationship.status != Status.ACCEPTED:
        raise ValidationError("Name practitioners once both settings have accepted.")
    setting = getattr(relationship, f"{side}_organisation")
    if setting is None or person.pk not in selectors.setting_staff_ids(setting=setting):
        raise ValidationError({"person": f"Choose someone who works at {setting}."})
    if person.pk in (relationship.mentor_id, relationship.mentee_id):
        raise ValidationError({"person": "The leads take part already."})
    try:
        with transaction.atomic():
            practitioner = Practitioner.objects.create(
                relationship=relationship, person=person, side=side
            )
            RelationshipEvent.objects.create(
                relationship=relationship,
                status=relationship.status,
                by=by,
                note=f"{person.display_name} named as a practitioner of {setting}"[:300],
            )
    except IntegrityError:
        raise ValidationError({"person": "They are named in this partnership already."}) from None
    return practitioner


# Meetings -----------------------------------------------------------------------------------


def _cpd_people(relationship: Relationship) -> list:
    people = {
        relationship.mentor_id: relationship.mentor,
        relationship.mentee_id: relationship.mentee,
    }
    for practitioner in relationship.practitioners.select_related("person"):
        people[practitioner.person_id] = practitioner.person
    return list(people.values())


def meeting_record(
    *,
    relationship: Relationship,
    by,
    held_on: date,
    minutes: int,
    focus: str,
    notes: str = "",
    format: str = Meeting.Format.MEETING,
    next_meeting_on: date | None = None,
    outcomes: str = "",
    focus_areas=(),
    coaching: dict | None = None,
    actions: tuple[dict, ...] = (),
) -> Meeting:
    """A meeting of the pair, with its coaching record and agreed actions; its time is CPD for
    both sides (and a setting partnership's practitioners), one ledger entry each."""
    if relationship.status != Status.ACCEPTED:
        raise ValidationError("Record meetings once both sides have accepted.")
    if held_on > timezone.localdate():
        raise ValidationError({"held_on": "Enter a date today or in the past."})
    if coaching and not relationship.is_coaching:
        raise ValidationError("Coaching records are for trainee and early-career pairs.")
    with transaction.atomic():
        meeting = Meeting.objects.create(
            relationship=relationship,
            format=format,
            held_on=held_on,
            minutes=minutes,
            focus=focus,
            notes=notes,
            outcomes=outcomes,
            next_meeting_on=next_meeting_on,
            recorded_by=by,
        )
        meeting.focus_areas.set(focus_areas)
        if coaching:
            CoachingRecord.objects.create(meeting=meeting, **coaching)
        for action in actions:
            action_add(relationship=relationship, meeting=meeting, **action)
        awarded_at = timezone.make_aware(datetime.combine(held_on, time(12)))
        kind = relationship.get_kind_display().lower()
        for person in _cpd_people(relationship):
            cpd_time_record(
                learner=person,
                source_key=f"mentoring-meeting:{meeting.pk}:{person.pk}",
                description=f"{meeting.get_format_display()} ({kind}): {focus}",
                cpd_hours=meeting.hours,
                awarded_at=awarded_at,
            )
    return meeting


def action_add(
    *,
    relationship: Relationship,
    text: str,
    due_on: date,
    owner=None,
    meeting: Meeting | None = None,
    lesson=None,
    module=None,
) -> Action:
    """An agreed action, owned by the mentee unless said otherwise; a lesson implies its module."""
    if lesson is not None and module is None:
        module = lesson.get_parent().specific
    return Action.objects.create(
        relationship=relationship,
        meeting=meeting,
        owner=owner or relationship.mentee,
        text=text,
        due_on=due_on,
        lesson=lesson,
        module=module,
    )


def action_done(*, action: Action, by) -> Action:
    if by.pk not in (action.relationship.mentor_id, action.relationship.mentee_id, action.owner_id):
        raise ValidationError("Only the pair can tick off its actions.")
    if not action.done_at:
        action.done_at = timezone.now()
        action.save(update_fields=["done_at"])
    return action


# Reflections -------------------------------------------------------------------------------


def reflection_comment(*, reflection, mentor, text: str, signs_off: bool = False):
    """A mentor comments on (or signs off) a reflection its learner shared with them."""
    if reflection.shared_with_id != mentor.pk:
        raise ValidationError("This reflection is not shared with you.")
    if not text.strip() and not signs_off:
        raise ValidationError({"text": "Write a comment, or sign the reflection off."})
    comment = ReflectionComment.objects.create(
        reflection=reflection, author=mentor, text=text.strip(), signs_off=signs_off
    )
    email_send(
        to=reflection.learner.email,
        template="mentoring/email/comment",
        context={
            "mentor": mentor,
            "reflection": reflection,
            "signs_off": signs_off,
            "url": site_url("/mentoring/"),
        },
    )
    return comment


# Mentor training ---------------------------------------------------------------------------


def mentor_training_record(
    *, mentor, allowance, hours: Decimal, done_on: date, description: str
) -> MentorTraining:
    """Hours of mentor training against one of the allowances for the kinds this person
    mentors, and the same hours as CPD in their ledger (source: mentor training). Hours past
    the allowance are still recorded, since the training happened, and show as over it: the
    allowance is what is funded, not what may be done."""
    hours = Decimal(hours).quantize(Decimal("0.1"))
    lines = {line.allowance.pk: line for line in selectors.mentor_training(mentor=mentor)}
    if allowance.pk not in lines:
        raise ValidationError(
            {"allowance": "Choose training for a kind of mentoring you do: trainees or ECTs."}
        )
    if hours <= 0:
        raise ValidationError({"hours": "Enter the hours of training, more than 0."})
    if hours > MAX_TRAINING_HOURS:
        raise ValidationError(
            {"hours": f"Enter at most {MAX_TRAINING_HOURS} hours at a time, one entry a day."}
        )
    if done_on > timezone.localdate():
        raise ValidationError({"done_on": "Enter a date today or in the past."})
    if done_on < allowance.applies_from:
        raise ValidationError(
            {
                "done_on": f"This allowance starts on {allowance.applies_from:%-d %B %Y}: "
                "training before then does not count against it."
            }
        )
    description = description.strip()
    try:
        with transaction.atomic():
            training = MentorTraining.objects.create(
                mentor=mentor,
                allowance=allowance,
                hours=hours,
                done_on=done_on,
                description=description,
            )
            cpd_time_record(
                learner=mentor,
                source_key=f"mentor-training:{training.pk}",
                description=f"Mentor training ({allowance.label}): {description}",
                cpd_hours=hours,
                awarded_at=timezone.make_aware(datetime.combine(done_on, time(12))),
                source=CreditEntry.Source.MENTOR_TRAINING,
            )
    except IntegrityError:
        raise ValidationError(
            {"description": "You have recorded this training on that day already."}
        ) from None
    return training


# Induction ----------------------------------------------------------------------------------


def _event(induction: Induction, what: str, by, *, school) -> InductionEvent:
    """One line of the induction's history: what changed, at which school, by whom."""
    return InductionEvent.objects.create(induction=induction, what=what[:300], school=school, by=by)


def _ect_pair_start(*, ect, mentor, school, by, on: date) -> Relationship:
    """The school's mentor for its ECT: arranged by the school, accepted at once."""
    return relationship_create(
        kind=Kind.ECT,
        mentor=mentor,
        mentee=ect,
        arranged_by="school",
        arranged_by_user=by,
        starts_on=on,
        mentor_organisation=school,
        mentee_organisation=school,
        accepted=True,
    )


def _rules_for(started_on: date):
    rules = InductionRules.objects.filter(applies_from__lte=started_on).first()
    if rules is None:
        raise ValidationError("No induction rules apply to that start date.")
    return rules


def induction_start(
    *, ect, school, appropriate_body, started_on: date, by, mentor=None
) -> Induction:
    """Register an ECT's induction at their school, and their mentor if named. One induction per
    teacher, ever: a second school takes the record over by a transfer, never a fresh start."""
    if mentor is not None and mentor.pk == ect.pk:
        raise ValidationError({"mentor": "Choose someone other than the teacher as their mentor."})
    rules = _rules_for(started_on)
    already = {"ect": "This teacher already has an induction record; its school transfers it."}
    if Induction.objects.filter(ect=ect).exists():
        raise ValidationError(already)
    try:
        with transaction.atomic():
            induction = Induction.objects.create(
                ect=ect,
                school=school,
                appropriate_body=appropriate_body,
                rules=rules,
                started_on=started_on,
            )
            _event(induction, f"Induction started at {school}", by, school=school)
            if mentor is not None:
                _ect_pair_start(ect=ect, mentor=mentor, school=school, by=by, on=started_on)
    except IntegrityError:  # a second start at the same moment: the one-to-one refuses it
        raise ValidationError(already) from None
    return induction


def induction_terms_count(*, induction: Induction, terms: Decimal, by) -> Induction:
    """Set the terms of induction served so far, to one decimal place."""
    terms = Decimal(terms).quantize(Decimal("0.1"))
    with transaction.atomic():
        induction = _in_progress(induction)
        if terms < 0 or terms > induction.terms_required:
            raise ValidationError(
                {"terms": f"Enter a number from 0 to {induction.terms_required}."}
            )
        induction.terms_completed = terms
        induction.save(update_fields=["terms_completed"])
        _event(induction, f"{terms} terms counted", by, school=induction.school)
    return induction


def _in_progress(induction: Induction) -> Induction:
    """The induction locked for a change, which only one in progress may take."""
    locked = (
        Induction.objects.select_for_update().select_related("rules", "school").get(pk=induction.pk)
    )
    if locked.status != Induction.Status.IN_PROGRESS:
        raise ValidationError(f"This induction has ended ({locked.get_status_display().lower()}).")
    return locked


def induction_extend(*, induction: Induction, terms: Decimal, by, reason: str) -> Induction:
    """The appropriate body extends induction by a number of terms (to one decimal place); the
    school records it with the reason, and the final assessment moves to the new last term."""
    terms = Decimal(terms).quantize(Decimal("0.1"))
    if terms <= 0:
        raise ValidationError({"terms": "Enter a number of terms more than 0, such as 1 or 0.5."})
    if not reason.strip():
        raise ValidationError({"reason": "Say why induction is extended."})
    with transaction.atomic():
        induction = _in_progress(induction)
        if terms > induction.rules.terms:  # longer than induction itself: surely a slip
            raise ValidationError(
                {"terms": f"Enter at most {induction.rules.terms} terms for one extension."}
            )
        induction.extension_terms += terms
        induction.save(update_fields=["extension_terms"])
        _event(
            induction,
            f"Extended by {terms} terms: {reason.strip()}",
            by,
            school=induction.school,
        )
    return induction


def induction_transfer(*, induction: Induction, school, by, mentor=None) -> Induction:
    """The ECT moves school: the record, its reviews, assessments and terms served go with
    them; the old school's pair ends, and the new school may name a mentor."""
    with transaction.atomic():
        induction = _in_progress(induction)
        old = induction.school
        if school.pk == old.pk:
            raise ValidationError({"school": f"The induction is at {old} already."})
        for relationship in Relationship.objects.filter(
            kind=Kind.ECT, mentee=induction.ect, status=Status.ACCEPTED
        ):
            relationship_end(
                relationship=relationship,
                by=by,
                ended_on=max(timezone.localdate(), relationship.starts_on),
                reason="moved_school",
            )
        induction.school = school
        induction.save(update_fields=["school"])
        _event(
            induction,
            f"Moved from {old} to {school} after {induction.terms_completed} terms",
            by,
            school=school,
        )
        if mentor is not None:
            _ect_pair_start(
                ect=induction.ect, mentor=mentor, school=school, by=by, on=timezone.localdate()
            )
    return induction


def induction_mentor_name(*, induction: Induction, mentor, by) -> Relationship:
    """The school names the ECT's mentor from its own staff (after a move, or a change of
    mentor): the pair under way ends ("mentor changed") and the new one starts today."""
    with transaction.atomic():
        induction = _in_progress(induction)
        if mentor.pk == induction.ect_id:
            raise ValidationError({"mentor": "Choose someone other than the teacher."})
        if mentor.pk not in selectors.setting_staff_ids(setting=induction.school):
            raise ValidationError({"mentor": f"Choose someone who works at {induction.school}."})
        current = list(
            Relationship.objects.filter(
                kind=Kind.ECT, mentee_id=induction.ect_id, status=Status.ACCEPTED
            )
        )
        if any(r.mentor_id == mentor.pk for r in current):
            raise ValidationError({"mentor": f"{mentor.display_name} is the mentor already."})
        today = timezone.localdate()
        for relationship in current:
            relationship_end(
                relationship=relationship,
                by=by,
                ended_on=max(today, relationship.starts_on),
                reason="mentor_changed",
            )
        pair = _ect_pair_start(
            ect=induction.ect, mentor=mentor, school=induction.school, by=by, on=today
        )
        _event(induction, f"{mentor.display_name} named as mentor", by, school=induction.school)
    return pair


def induction_record_write(
    *, induction: Induction, term: int, by, on_track: bool, evidence: str, targets: str
) -> InductionRecord:
    """A progress review or formal assessment for one term, by the school's induction tutor or
    headteacher, never the ECT's mentor. Its kind (review or assessment) comes from the rules."""
    if not selectors.may_write_records(user=by, induction=induction):
        raise ValidationError(
            "Only the induction tutor or headteacher, not the mentor, can write this."
        )
    due = {d.term: d for d in selectors.induction_calendar(induction=induction)}.get(term)
    if due is None:
        raise ValidationError({"term": "There is no review or assessment for that term."})
    if due.record is not None:
        raise ValidationError({"term": "This term's record is already written."})
    with transaction.atomic():
        record = InductionRecord.objects.create(
            induction=induction,
            term=term,
            kind=due.kind,
            on_track=on_track,
            evidence=evidence,
            targets=targets,
            school=induction.school,
            written_by=by,
        )
        if induction.terms_completed < term:
            induction.terms_completed = Decimal(term)
            induction.save(update_fields=["terms_completed"])
    return record


def induction_reminders_send(*, today: date | None = None) -> int:
    """E-mail the induction tutors and headteacher of each ECT whose next review or assessment
    is due soon: once per induction and term (a database constraint makes twice harmless)."""
    today = today or timezone.localdate()
    sent = 0
    for induction, due in selectors.inductions_due_for_reminder(today=today):
        with transaction.atomic():
            _reminder, created = InductionReminder.objects.get_or_create(
                induction=induction, term=due.term
            )
            if not created:
                continue
            for role in (
                SchoolRole.objects.current()
                .filter(school=induction.school, kind__in=selectors.LEADING_KINDS)
                .select_related("person")
            ):
                email_send(
                    to=role.person.email,
                    template="mentoring/email/induction_due",
                    context={
                        "induction": induction,
                        "due": due,
                        "url": site_url(f"/mentoring/inductions/{induction.pk}/"),
                    },
                )
            sent += 1
    return sent


# Matching -----------------------------------------------------------------------------------


def offer_make(
    *,
    kind: str,
    person,
    skills,
    organisation=None,
    business: str = "",
    inspection_grade: str = "",
    about: str = "",
) -> Offer:
    if kind == Kind.SETTING_PARTNERSHIP and inspection_grade not in (
        Offer.Grade.GOOD,
        Offer.Grade.OUTSTANDING,
    ):
        raise ValidationError(
            {"inspection_grade": "Settings rated good or outstanding can offer mentoring."}
        )
    if kind == Kind.SETTING_PARTNERSHIP and organisation is None:
        raise ValidationError({"organisation": "Choose the setting that offers mentoring."})
    offer = Offer.objects.create(
        kind=kind,
        person=person,
        organisation=organisation,
        business=business,
        inspection_grade=inspection_grade,
        about=about,
    )
    offer.skills.set(skills)
    return offer


def match_request_make(
    *, kind: str, requested_by, organisation, needs, help_wanted: str
) -> MatchRequest:
    request = MatchRequest.objects.create(
        kind=kind, requested_by=requested_by, organisation=organisation, help_wanted=help_wanted
    )
    request.needs.set(needs)
    return request


def offers_rank(*, request: MatchRequest) -> list[Ranked]:
    """Available offers of the kind asked for, ranked by the volunteers' one scoring function
    against the needs the school stated; the longest waiting first on a tie."""
    offers = (
        Offer.objects.filter(kind=request.kind, available=True)
        .exclude(person=request.requested_by)
        .select_related("person", "organisation")
        .prefetch_related("skills")
    )
    if request.kind == Kind.SETTING_PARTNERSHIP:
        offers = offers.exclude(organisation=request.organisation)
    return candidates_rank(
        candidates=((offer, {skill.pk for skill in offer.skills.all()}) for offer in offers),
        gaps=needs_as_gaps(request.needs.values_list("pk", flat=True)),
        tiebreak=lambda offer: offer.created_at,
    )


def match_propose(
    *, request: MatchRequest, offer: Offer, by, arranged_by: str = "council"
) -> Relationship:
    """Propose an offer to a request: a relationship both sides must accept before it starts."""
    if request.status != MatchRequest.Status.OPEN:
        raise ValidationError("This request is no longer waiting for a match.")
    if offer.kind != request.kind:
        raise ValidationError("That offer is of another kind.")
    ranked = {r.candidate.pk: r.score for r in offers_rank(request=request)}
    if offer.pk not in ranked:
        raise ValidationError("That offer meets none of the needs the school stated.")
    if Relationship.objects.filter(
        request=request, mentor=offer.person, status=Status.REQUESTED
    ).exists():
        raise ValidationError("This match has already been proposed.")
    relationship = relationship_create(
        kind=request.kind,
        mentor=offer.person,
        mentee=request.requested_by,
        arranged_by=arranged_by,
        arranged_by_user=by,
        starts_on=timezone.localdate(),
        mentor_organisation=offer.organisation,
        mentee_organisation=request.organisation,
        mentor_business=offer.business,
        request=request,
        score=ranked[offer.pk],
    )
    for person in (offer.person, request.requested_by):
        email_send(
            to=person.email,
            template="mentoring/email/proposed",
            context={
                "relationship": relationship,
                "url": site_url(f"/mentoring/{relationship.pk}/"),
            },
        )
    return relationship
