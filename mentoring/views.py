"""Mentoring pages: the pair's own page, meetings, induction records, the school's and the
council's views. Every view asks `selectors` what this user may see, and answers 404 if nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from academy_site.audit import access_record
from academy_site.forms import form_data, form_errors_add
from academy_site.permissions import permission_required_or_404
from schools.models import School
from workforce.models import SchoolRole

from . import selectors, services
from .forms import (
    CommentForm,
    EndForm,
    InductionExtendForm,
    InductionMentorForm,
    InductionRecordForm,
    InductionStartForm,
    InductionTermsForm,
    InductionTransferForm,
    MatchRequestForm,
    MeetingForm,
    MentorTrainingForm,
    OfferForm,
    PractitionerForm,
)
from .models import Action, Induction, Kind, MatchRequest, MentorTraining, Offer, Status
from .selectors import View


def _hours(number) -> str:
    """Hours or terms as people write them: 6, 2.5 (not 6.0)."""
    return f"{number:.1f}".removesuffix(".0")


def _terms(number) -> str:
    return f"{_hours(number)} term{'' if number == 1 else 's'}"


def _crumbs(*extra) -> list[tuple[str, str]]:
    return [("Mentoring", reverse("mentoring:index")), *extra]


@login_required
def index(request):
    """Everyone's mentoring: their relationships, their induction, what they lead."""
    user = request.user
    relationships = list(selectors.relationships_of(user=user))
    led = (
        SchoolRole.objects.current()
        .filter(person=user, kind__in=selectors.LEADING_KINDS)
        .select_related("school")
        .order_by("school__name")
    )
    return render(
        request,
        "mentoring/index.html",
        {
            "waiting": [r for r in relationships if r.status == Status.REQUESTED],
            "current": [r for r in relationships if r.status == Status.ACCEPTED],
            "past": [r for r in relationships if r.status in (Status.ENDED, Status.DECLINED)],
            "induction": Induction.objects.filter(ect=user).first(),
            "schools": sorted({role.school for role in led}, key=lambda s: s.name),
            "training": selectors.mentor_training(mentor=user),
            "offers": Offer.objects.filter(person=user),
            "requests": MatchRequest.objects.filter(requested_by=user),
            "can_request": selectors.organisations_of(user=user)[0].exists(),
            "is_council": user.has_perm(selectors.COUNTY_PERMISSION),
        },
    )


@login_required
def relationship(request, pk: int):
    """The pair's page: meetings with notes, coaching records, actions and shared reflections.
    The school's induction tutor and headteacher see the meeting dates only."""
    relationship, view = selectors.relationship_for(user=request.user, pk=pk)
    context = {
        "relationship": relationship,
        "view": view,
        "side": relationship.side_of(request.user),
        "meetings": selectors.meetings_of(relationship=relationship),
        "events": relationship.events.select_related("by"),
        "today": timezone.localdate(),
        "breadcrumbs": _crumbs(),
    }
    if view == View.SCHOOL:
        access_record(
            viewer=request.user,
            people=[relationship.mentee, relationship.mentor],
            what=f"mentoring record: {relationship.get_kind_display()}",
            request=request,
        )
    else:
        context["actions"] = selectors.actions_with_state(
            actions=relationship.actions.select_related("lesson", "module", "owner")
        )
        context["practitioners"] = relationship.practitioners.select_related("person")
        context["reflections"] = selectors.reflections_shared_in(relationship=relationship)
        context["comment_form"] = CommentForm()
        context["end_form"] = EndForm()
    return render(request, "mentoring/relationship.html", context)


@login_required
@require_POST
def respond(request, pk: int):
    relationship, view = selectors.relationship_for(user=request.user, pk=pk)
    if view != View.PAIR or relationship.side_of(request.user) is None:
        raise Http404
    accept = request.POST.get("answer") == "accept"
    try:
        relationship = services.relationship_respond(
            relationship=relationship, user=request.user, accept=accept
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if relationship.status == Status.ACCEPTED:
            messages.success(request, "You have both accepted: the relationship has started.")
        elif accept:
            messages.success(request, "Accepted. It starts when the other side accepts too.")
        else:
            messages.success(request, "Declined.")
    return redirect("mentoring:relationship", relationship.pk)


@login_required
def end(request, pk: int):
    relationship, view = selectors.relationship_for(user=request.user, pk=pk)
    if view != View.PAIR or relationship.side_of(request.user) is None:
        raise Http404
    form = EndForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.relationship_end(
                relationship=relationship,
                by=request.user,
                ended_on=form.cleaned_data["ended_on"],
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, "The relationship has ended. Its record is kept.")
            return redirect("mentoring:relationship", relationship.pk)
    return render(
        request,
        "mentoring/end.html",
        {
            "relationship": relationship,
            "form": form,
            "breadcrumbs": _crumbs(
                (str(relationship), reverse("mentoring:relationship", args=[relationship.pk]))
            ),
        },
    )


@login_required
def meeting_add(request, pk: int):
    """Record a meeting, its coaching record and an agreed action; either of the pair may."""
    relationship, view = selectors.relationship_for(user=request.user, pk=pk)
    if view != View.PAIR or relationship.status != Status.ACCEPTED:
        raise Http404
    form = MeetingForm(form_data(request), relationship=relationship)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.meeting_record(
                relationship=relationship,
                by=request.user,
                held_on=data["held_on"],
                minutes=data["minutes"],
                focus=data["focus"],
                notes=data["notes"],
                format=data["format"],
                next_meeting_on=data.get("next_meeting_on"),
                outcomes=data.get("outcomes", ""),
                focus_areas=data.get("focus_areas") or (),
                coaching=form.coaching(),
                actions=form.actions(),
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, "Meeting recorded. Its time is in both your CPD records.")
            return redirect("mentoring:relationship", relationship.pk)
    return render(
        request,
        "mentoring/meeting_add.html",
        {
            "relationship": relationship,
            "form": form,
            "breadcrumbs": _crumbs(
                (str(relationship), reverse("mentoring:relationship", args=[relationship.pk]))
            ),
        },
    )


@login_required
@require_POST
def action_done(request, pk: int):
    action = get_object_or_404(Action.objects.select_related("relationship"), pk=pk)
    _relationship, view = selectors.relationship_for(user=request.user, pk=action.relationship_id)
    if view != View.PAIR:
        raise Http404
    try:
        services.action_done(action=action, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("mentoring:relationship", action.relationship_id)


@login_required
@require_POST
def comment(request, pk: int, reflection_id: int):
    """The mentor comments on, or signs off, a reflection shared with them in this pair."""
    relationship, view = selectors.relationship_for(user=request.user, pk=pk)
    if view != View.PAIR or request.user.pk != relationship.mentor_id:
        raise Http404
    reflection = get_object_or_404(
        selectors.reflections_shared_in(relationship=relationship), pk=reflection_id
    )
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.reflection_comment(
                reflection=reflection,
                mentor=request.user,
                text=form.cleaned_data["text"],
                signs_off=form.cleaned_data["signs_off"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Your comment is saved. Your mentee can read it.")
    return redirect(reverse("mentoring:relationship", args=[pk]) + f"#reflection-{reflection.pk}")


@login_required
def induction(request, pk: int):
    """The ECT's induction: terms, the calendar of reviews and assessments, and their records."""
    induction, may_write = selectors.induction_for(user=request.user, pk=pk)
    if request.user.pk != induction.ect_id:
        access_record(
            viewer=request.user, people=[induction.ect], what="induction record", request=request
        )
    relationships = induction.ect.mentoring_as_mentee.filter(kind="ect").select_related("mentor")
    return render(
        request,
        "mentoring/induction.html",
        {
            "induction": induction,
            "calendar": selectors.induction_calendar(induction=induction),
            "next_due": selectors.induction_next_due(induction=induction),
            "may_write": may_write,
            "relationships": relationships,
            "events": induction.events.select_related("school", "by"),
            "breadcrumbs": _crumbs(),
        },
    )


@login_required
def induction_record(request, pk: int, term: int):
    """The induction tutor or headteacher writes a term's progress review or assessment."""
    induction, may_write = selectors.induction_for(user=request.user, pk=pk)
    due = {d.term: d for d in selectors.induction_calendar(induction=induction)}.get(term)
    if not may_write or due is None or due.record is not None:
        raise Http404
    form = InductionRecordForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.induction_record_write(
                induction=induction, term=term, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, f"{due.label} for term {term} saved.")
            return redirect("mentoring:induction", induction.pk)
    return render(
        request,
        "mentoring/induction_record.html",
        {
            "induction": induction,
            "due": due,
            "form": form,
            "breadcrumbs": _crumbs(
                (
                    f"Induction of {induction.ect.display_name}",
                    reverse("mentoring:induction", args=[pk]),
                )
            ),
        },
    )


def _induction_crumbs(induction):
    return _crumbs(
        (
            f"Induction of {induction.ect.display_name}",
            reverse("mentoring:induction", args=[induction.pk]),
        )
    )


def _led_school(user, school_id: int) -> School:
    """A school this user is headteacher or induction tutor of, else 404."""
    if not selectors.schools_led_by(user).filter(school_id=school_id).exists():
        raise Http404
    return get_object_or_404(School, pk=school_id)


@login_required
def induction_start(request, school_id: int):
    """The induction tutor or headteacher registers a teacher's induction at their school."""
    school = _led_school(request.user, school_id)
    form = InductionStartForm(form_data(request), staff=selectors.staff_of(school=school))
    if request.method == "POST" and form.is_valid():
        try:
            induction = services.induction_start(
                school=school, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, f"Induction started for {induction.ect.display_name}.")
            return redirect("mentoring:induction", induction.pk)
    return render(
        request,
        "mentoring/induction_start.html",
        {
            "school": school,
            "form": form,
            "breadcrumbs": _crumbs((str(school), reverse("mentoring:school", args=[school.pk]))),
        },
    )


def _induction_to_change(request, pk: int) -> Induction:
    induction, may_write = selectors.induction_for(user=request.user, pk=pk)
    if not may_write or induction.status != Induction.Status.IN_PROGRESS:
        raise Http404
    return induction


@login_required
def induction_extend(request, pk: int):
    """Record an extension the appropriate body decided, in terms, with its reason."""
    induction = _induction_to_change(request, pk)
    form = InductionExtendForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            induction = services.induction_extend(
                induction=induction, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                f"Induction extended by {_terms(form.cleaned_data['terms'])}: "
                f"{_terms(induction.terms_required)} in all.",
            )
            return redirect("mentoring:induction", induction.pk)
    return render(
        request,
        "mentoring/induction_extend.html",
        {"induction": induction, "form": form, "breadcrumbs": _induction_crumbs(induction)},
    )


@login_required
def induction_terms(request, pk: int):
    """Record the terms served so far, to one decimal place (part-time service counts part)."""
    induction = _induction_to_change(request, pk)
    form = InductionTermsForm(form_data(request), initial={"terms": induction.terms_completed})
    if request.method == "POST" and form.is_valid():
        try:
            induction = services.induction_terms_count(
                induction=induction, terms=form.cleaned_data["terms"], by=request.user
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                f"{_terms(induction.terms_completed)} of {_hours(induction.terms_required)} served.",
            )
            return redirect("mentoring:induction", induction.pk)
    return render(
        request,
        "mentoring/induction_terms.html",
        {"induction": induction, "form": form, "breadcrumbs": _induction_crumbs(induction)},
    )


@login_required
def induction_transfer(request, pk: int):
    """The teacher moves school: their record goes with them, and this school no longer sees it."""
    induction = _induction_to_change(request, pk)
    form = InductionTransferForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        old = induction.school
        try:
            induction = services.induction_transfer(
                induction=induction, school=form.cleaned_data["school"], by=request.user
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                f"{induction.ect.display_name}'s induction moved to {induction.school}, with its "
                "reviews, assessments and terms served. Its headteacher and induction tutor see "
                "it now.",
            )
            return redirect("mentoring:school", old.pk)
    return render(
        request,
        "mentoring/induction_transfer.html",
        {"induction": induction, "form": form, "breadcrumbs": _induction_crumbs(induction)},
    )


@login_required
def induction_mentor(request, pk: int):
    """The school names the ECT's mentor from its staff: after a move, or a change of mentor."""
    induction = _induction_to_change(request, pk)
    staff = selectors.staff_of(school=induction.school).exclude(pk=induction.ect_id)
    form = InductionMentorForm(form_data(request), staff=staff)
    if request.method == "POST" and form.is_valid():
        try:
            pair = services.induction_mentor_name(
                induction=induction, mentor=form.cleaned_data["mentor"], by=request.user
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, f"{pair.mentor.display_name} is the mentor now.")
            return redirect("mentoring:induction", induction.pk)
    return render(
        request,
        "mentoring/induction_mentor.html",
        {"induction": induction, "form": form, "breadcrumbs": _induction_crumbs(induction)},
    )


@login_required
def school(request, school_id: int):
    """A school's ECT inductions and mentoring pairs with their meeting dates, for its
    headteacher and induction tutor: never the notes."""
    relationships = selectors.school_relationships(user=request.user, school_id=school_id)
    school = get_object_or_404(School, pk=school_id)
    inductions = [
        (induction, selectors.induction_next_due(induction=induction))
        for induction in selectors.school_inductions(school_id=school_id)
    ]
    rows = [(r, r.meetings.values_list("held_on", flat=True)[:1].first()) for r in relationships]
    access_record(
        viewer=request.user,
        people={i.ect_id for i, _ in inductions} | {r.mentee_id for r in relationships},
        what=f"mentoring and induction list of {school}",
        request=request,
    )
    return render(
        request,
        "mentoring/school.html",
        {"school": school, "inductions": inductions, "rows": rows, "breadcrumbs": _crumbs()},
    )


@permission_required_or_404(selectors.COUNTY_PERMISSION)
def council(request):
    """Counts and the partnership map: which organisations work with which. Never notes."""
    return render(
        request,
        "mentoring/council.html",
        {
            "counts": selectors.counts(),
            "by_kind": selectors.counts_by_kind(),
            "sees_map": request.user.has_perm(selectors.REPORTS_PERMISSION),
            "ties": selectors.partnership_map(),
            "on_map": {tie.label for tie in selectors.partnership_map(within=False)},
            "requests": MatchRequest.objects.filter(status=MatchRequest.Status.OPEN).select_related(
                "organisation"
            ),
            "can_arrange": request.user.has_perm(selectors.ARRANGE_PERMISSION),
            "breadcrumbs": _crumbs(),
        },
    )


@permission_required_or_404(selectors.ARRANGE_PERMISSION)
def council_request(request, pk: int):
    """One school's request, with the offers ranked by how many of its needs they meet."""
    match_request = get_object_or_404(
        MatchRequest.objects.select_related("organisation", "requested_by"), pk=pk
    )
    if request.method == "POST":
        offer = get_object_or_404(Offer, pk=request.POST.get("offer"))
        try:
            services.match_propose(request=match_request, offer=offer, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, "Proposed. It starts when both sides accept.")
        return redirect("mentoring:council_request", pk)
    return render(
        request,
        "mentoring/council_request.html",
        {
            "match_request": match_request,
            "ranked": services.offers_rank(request=match_request),
            "proposed": match_request.relationships.select_related("mentor"),
            "breadcrumbs": _crumbs(("The county", reverse("mentoring:council"))),
        },
    )


@login_required
def request_add(request):
    """A school leader asks for a business coach or a partnership head, or a setting's lead or
    practitioner for a partner setting, saying what they want help with."""
    schools, role_ids = selectors.organisations_of(user=request.user)
    if not schools.exists():
        raise Http404
    form = MatchRequestForm(form_data(request), schools=schools, role_ids=role_ids)
    if request.method == "POST" and form.is_valid():
        services.match_request_make(requested_by=request.user, **form.cleaned_data)
        messages.success(request, "Your request is with the council, who will propose a match.")
        return redirect("mentoring:index")
    return render(request, "mentoring/request_add.html", {"form": form, "breadcrumbs": _crumbs()})


@login_required
def offer_add(request):
    """Offer to coach a school leader, support a school, or (a good or outstanding setting)
    mentor another setting: for the school or setting where the person works."""
    organisations, _role_ids = selectors.organisations_of(user=request.user, any_workplace=True)
    form = OfferForm(form_data(request), organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            services.offer_make(person=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, "Thank you. The council will propose you when a school asks.")
            return redirect("mentoring:index")
    return render(request, "mentoring/offer_add.html", {"form": form, "breadcrumbs": _crumbs()})


@login_required
def practitioner_add(request, pk: int):
    """A setting partnership's lead names a practitioner from their own setting."""
    relationship, view = selectors.relationship_for(user=request.user, pk=pk)
    side = relationship.side_of(request.user)
    if (
        view != View.PAIR
        or side is None
        or relationship.kind != Kind.SETTING_PARTNERSHIP
        or relationship.status != Status.ACCEPTED
    ):
        raise Http404
    setting = getattr(relationship, f"{side}_organisation")
    named = set(relationship.practitioners.values_list("person_id", flat=True))
    staff = selectors.staff_of(school=setting).exclude(
        pk__in=named | {relationship.mentor_id, relationship.mentee_id}
    )
    form = PractitionerForm(form_data(request), staff=staff)
    if request.method == "POST" and form.is_valid():
        try:
            practitioner = services.practitioner_add(
                relationship=relationship, person=form.cleaned_data["person"], by=request.user
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                f"{practitioner.person.display_name} is named. The partnership's visits count "
                "as their CPD too.",
            )
            return redirect("mentoring:relationship", relationship.pk)
    return render(
        request,
        "mentoring/practitioner_add.html",
        {
            "relationship": relationship,
            "setting": setting,
            "form": form,
            "breadcrumbs": _crumbs(
                (str(relationship), reverse("mentoring:relationship", args=[relationship.pk]))
            ),
        },
    )


@login_required
def training(request):
    """A mentor records their mentor training and sees the hours against each allowance."""
    lines = selectors.mentor_training(mentor=request.user)
    form = MentorTrainingForm(form_data(request), lines=lines)
    if request.method == "POST" and lines and form.is_valid():
        try:
            training = services.mentor_training_record(mentor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            line = next(
                line
                for line in selectors.mentor_training(mentor=request.user)
                if line.allowance.pk == training.allowance_id
            )
            note = (
                f" That is {_hours(line.over)} hours over the {_hours(line.allowance.hours)} funded: they "
                "still count as CPD."
                if line.over
                else f" {_hours(line.remaining)} of {_hours(line.allowance.hours)} funded hours left."
            )
            messages.success(request, f"{_hours(training.hours)} hours of training recorded.{note}")
            return redirect("mentoring:training")
    return render(
        request,
        "mentoring/training.html",
        {
            "lines": lines,
            "records": MentorTraining.objects.filter(mentor=request.user)
            .select_related("allowance")
            .order_by("-done_on", "-pk"),
            "form": form,
            "breadcrumbs": _crumbs(),
        },
    )
