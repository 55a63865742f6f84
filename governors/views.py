from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from academy_site.audit import EXPORTED, access_record
from academy_site.csv_export import csv_response
from academy_site.forms import form_data, form_errors_add
from academy_site.permissions import permission_required_or_404
from accounts.invitations import invitation_page
from courses.models import FrameworkElement

from . import reminders, selectors, services
from .forms import (
    GovernorshipForm,
    InvitationForm,
    ProposalDecisionForm,
    ProposalForm,
    SkillsAuditForm,
    TrainingRequestAnswerForm,
    TrainingRequestForm,
    VolunteerForm,
)
from .matching import volunteers_rank
from .models import (
    BOARD_MANAGER_ROLES,
    Board,
    BusinessVolunteer,
    Invitation,
    ReminderSent,
    SkillsRating,
    TrainingRequest,
    VolunteerProposal,
)


def _breadcrumbs(*, council: bool = False, board: Board | None = None) -> list[tuple[str, str]]:
    """Governance pages sit under the governor's own page, officers' under the council's too."""
    crumbs = [("Governance", reverse("governors:dashboard"))]
    if council:
        crumbs.append(("Council overview", reverse("governors:council")))
    if board is not None:
        crumbs.append((str(board), reverse("governors:board", args=[board.pk])))
    return crumbs


@login_required
def dashboard(request):
    """A governor's own training, the boards they lead and, for officers, the county's."""
    user = request.user
    return render(
        request,
        "governors/dashboard.html",
        {
            "my_boards": selectors.my_training(user=user),
            "boards_led": selectors.boards_led_by(user=user),
            "has_rated": SkillsRating.objects.filter(governor=user).exists(),
        },
    )


@login_required
def board(request, board_id: int):
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    today = timezone.localdate()
    matrix = selectors.board_matrix(board=board, today=today)
    late = reminders.late_training(matrix=matrix)
    reminded = reminders.last_reminded(governorships=[row.governorship for row in matrix.rows])
    for row in matrix.rows:
        row.late = row.governorship.pk in late
        row.last_reminded = reminded.get(row.governorship.pk)
    access_record(
        viewer=request.user,
        people=[row.governorship.governor_id for row in matrix.rows],
        what=f"training record on the board of {board.name}",
        request=request,
    )
    return render(
        request,
        "governors/board.html",
        {
            "board": board,
            "matrix": matrix,
            "late": late,
            "proposals": board.volunteer_proposals.filter(
                status=VolunteerProposal.Status.PROPOSED
            ).select_related("volunteer"),
            "gaps": selectors.board_skills(board=board).gaps,
            "terms_ending": selectors.terms_ending(board=board, today=today),
            "term_days": selectors.TERM_ENDING_DAYS,
            "invitations": board.invitations.filter(accepted_at__isnull=True),
            "can_manage": selectors.can_manage(user=request.user, board=board),
            "today": today,
            "breadcrumbs": _breadcrumbs(council=request.user.has_perm("governors.manage_boards")),
        },
    )


def _reminded_message(*, governorship, reminder: ReminderSent | None) -> str:
    if reminder is None:
        return f"{governorship.governor.display_name} has no late training to be reminded of."
    at = timezone.localtime(reminder.sent_at)
    clock = f"{at:%-I:%M}{at.strftime('%p').lower()}"
    return (
        f"{governorship.governor.display_name} was already reminded today at {clock}. "
        "You can remind them again tomorrow."
    )


@login_required
def governor_remind(request, board_id: int, governorship_id: int):
    """A chair's "Remind" button: one e-mail a day to a governor whose training is late."""
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    governorship = get_object_or_404(
        board.governorships.current().select_related("governor", "board"), pk=governorship_id
    )
    if request.method != "POST":
        return redirect("governors:board", board.pk)
    today = timezone.localdate()
    sent = reminders.governor_remind(governorship=governorship, sent_by=request.user, today=today)
    if sent:
        messages.success(request, f"Reminder sent to {governorship.governor.display_name}.")
    else:
        latest = reminders.last_reminded(governorships=[governorship]).get(governorship.pk)
        if latest and timezone.localdate(latest.sent_at) != today:
            latest = None
        messages.info(request, _reminded_message(governorship=governorship, reminder=latest))
    return redirect(f"{reverse('governors:board', args=[board.pk])}#governor-{governorship.pk}")


@login_required
def board_remind_all(request, board_id: int):
    """Remind every governor on the board whose training is late, each at most once a day."""
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    if request.method != "POST":
        return redirect("governors:board", board.pk)
    today = timezone.localdate()
    late = reminders.late_training(matrix=selectors.board_matrix(board=board, today=today))
    governorships = (
        board.governorships.current().filter(pk__in=late).select_related("governor", "board")
    )
    sent = [
        g
        for g in governorships
        if reminders.governor_remind(governorship=g, sent_by=request.user, today=today)
    ]
    skipped = len(late) - len(sent)
    if sent:
        names = ", ".join(g.governor.display_name for g in sent)
        messages.success(request, f"Reminders sent to {names}.")
    if skipped:
        messages.info(
            request,
            f"{skipped} governor{'s were' if skipped > 1 else ' was'} already reminded today "
            "and will not be e-mailed again until tomorrow.",
        )
    if not late:
        messages.info(request, "Nobody on this board has late training.")
    return redirect("governors:board", board.pk)


@login_required
def board_csv(request, board_id: int):
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    today = timezone.localdate()
    matrix = selectors.board_matrix(board=board, today=today)
    access_record(
        viewer=request.user,
        people=[row.governorship.governor_id for row in matrix.rows],
        what=f"training record in the spreadsheet of {board.name}",
        request=request,
        action=EXPORTED,
    )
    return csv_response(
        filename=f"training-{board.pk}-{today.isoformat()}.csv",
        header=[
            "Governor",
            "E-mail",
            "Role",
            "Appointed on",
            "Requirement",
            "Status",
            "What it means",
        ],
        rows=(
            [
                row.governorship.governor.display_name,
                row.governorship.governor.email,
                row.governorship.get_role_display(),
                row.governorship.appointed_on.isoformat(),
                cell.requirement.name,
                cell.status.label,
                cell.status.sentence,
            ]
            for row in matrix.rows
            for cell in row.cells
            if cell.status is not None
        ),
    )


@login_required
def board_skills(request, board_id: int):
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    skills = selectors.board_skills(board=board)
    access_record(
        viewer=request.user,
        people=[governorship.governor_id for governorship in skills.governorships],
        what=f"skills audit ratings on the board of {board.name}",
        request=request,
    )
    gaps = skills.gaps
    modules = selectors.modules_for(elements=[row.element for row in gaps])
    matches = volunteers_rank(volunteers=selectors.volunteers_available(), gap_rows=gaps)
    can_place = request.user.has_perm("governors.place_volunteers")
    gap_volunteers = {row.element.pk: sum(1 for m in matches if row in m.fills) for row in gaps}
    return render(
        request,
        "governors/board_skills.html",
        {
            "board": board,
            "skills": skills,
            "gaps": [
                (row, modules.get(row.element.pk, []), gap_volunteers[row.element.pk])
                for row in gaps
            ],
            "matches": matches if can_place else [],
            "can_place": can_place,
            "levels": SkillsRating.Level.choices,
            "breadcrumbs": _breadcrumbs(
                council=request.user.has_perm("governors.manage_boards"), board=board
            ),
        },
    )


@login_required
def board_invite(request, board_id: int):
    board = selectors.board_for_leader(user=request.user, board_id=board_id, manage=True)
    form = InvitationForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_create(
                board=board, invited_by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, f"Invitation sent to {invitation.email}.")
            return redirect("governors:board", board.pk)
    return render(
        request,
        "governors/board_invite.html",
        {"board": board, "form": form, "breadcrumbs": _breadcrumbs(board=board)},
    )


@login_required
@reauthentication_required(allow_get=True)
def governorship_edit(request, board_id: int, governorship_id: int):
    board = selectors.board_for_leader(user=request.user, board_id=board_id, manage=True)
    governorship = get_object_or_404(
        board.governorships.select_related("governor"), pk=governorship_id
    )
    form = GovernorshipForm(
        form_data(request),
        initial={
            "role": governorship.role,
            "appointed_on": governorship.appointed_on,
            "term_ends_on": governorship.term_ends_on,
            "ended_on": governorship.ended_on,
        },
    )
    access_record(
        viewer=request.user,
        people=[governorship.governor_id],
        what=f"term on the board of {board.name}",
        request=request,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.governorship_update(governorship=governorship, **form.cleaned_data)
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, f"Saved {governorship.governor.display_name}'s term.")
            return redirect("governors:board", board.pk)
    return render(
        request,
        "governors/governorship_edit.html",
        {
            "board": board,
            "governorship": governorship,
            "form": form,
            "breadcrumbs": _breadcrumbs(board=board),
        },
    )


def invitation(request, token: str):
    """Where an invitation e-mail leads: sign in or create an account, then join the board."""
    invitation = get_object_or_404(Invitation.objects.select_related("board"), token=token)
    return invitation_page(
        request,
        invitation=invitation,
        accept=services.invitation_accept,
        template="governors/invitation.html",
        accepted=lambda: (f"You have joined {invitation.board}.", reverse("governors:dashboard")),
    )


@login_required
def skills_audit(request):
    framework = selectors.governance_framework()
    if framework is None or not request.user.governorships.current().exists():
        raise Http404
    groups = selectors.competencies(framework=framework)
    initial = dict(
        SkillsRating.objects.filter(
            governor=request.user, element__framework=framework
        ).values_list("element_id", "level")
    )
    form = SkillsAuditForm(form_data(request), groups=groups, initial_levels=initial)
    if request.method == "POST" and form.is_valid():
        services.skills_rate(governor=request.user, levels=form.levels())
        messages.success(request, "Your skills audit is saved. Thank you.")
        return redirect("governors:dashboard")
    return render(
        request,
        "governors/skills_audit.html",
        {
            "form": form,
            "framework": framework,
            "levels": SkillsRating.Level.choices,
            "breadcrumbs": _breadcrumbs(),
        },
    )


OVERVIEW_PER_PAGE = 25


class _BoardsPaginator(Paginator):
    """Given the number of boards, so counting them does not sum every standing again."""

    def __init__(self, boards, per_page, *, count: int):
        super().__init__(boards, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count


@permission_required_or_404("governors.manage_boards")
def council(request):
    """Every board's training met today, from the compliance summary: a page of boards, least
    compliant first or by name, with a search by name. Its queries do not grow with the county."""
    search = request.GET.get("q", "").strip()[:200]
    sort = request.GET.get("sort", "least")
    if sort not in selectors.OVERVIEW_SORTS:
        sort = "least"
    boards_total = Board.objects.count()
    paginator = _BoardsPaginator(
        selectors.boards_standing(search=search, sort=sort),
        OVERVIEW_PER_PAGE,
        count=selectors.boards_named(search).count() if search else boards_total,
    )
    page = paginator.get_page(request.GET.get("page"))
    filters = QueryDict(mutable=True)
    if search:
        filters["q"] = search
    if sort != "least":
        filters["sort"] = sort
    return render(
        request,
        "governors/council.html",
        {
            "overview": [selectors.board_standing_compliance(board) for board in page],
            "page_obj": page,
            "paginator": paginator,
            "page_range": paginator.get_elided_page_range(page.number, on_each_side=1),
            "filter_querystring": filters.urlencode(),
            "search": search,
            "sort": sort,
            "sorts": selectors.OVERVIEW_SORTS.items(),
            "boards_total": boards_total,
            "governors_total": selectors.county_governors(),
            "open_requests": TrainingRequest.objects.filter(
                status=TrainingRequest.Status.OPEN
            ).count(),
            "breadcrumbs": _breadcrumbs(),
        },
    )


@permission_required_or_404("governors.place_volunteers")
def council_volunteers(request):
    boards = list(Board.objects.all())
    volunteers = list(selectors.volunteers_available())
    gaps = selectors.gaps_for_boards(boards)
    board_gaps = [
        (board, gaps[board.pk], volunteers_rank(volunteers=volunteers, gap_rows=gaps[board.pk]))
        for board in boards
        if gaps[board.pk]
    ]
    placed = BusinessVolunteer.objects.filter(placement__isnull=False).select_related(
        "placement__board"
    )
    proposals = VolunteerProposal.objects.select_related("volunteer", "board", "decided_by")
    return render(
        request,
        "governors/council_volunteers.html",
        {
            "board_gaps": board_gaps,
            "volunteers": volunteers,
            "placed": placed,
            "proposals": proposals,
            "breadcrumbs": _breadcrumbs(council=True),
        },
    )


@permission_required_or_404("governors.place_volunteers")
@reauthentication_required(allow_get=True)
def volunteer_propose(request, board_id: int, volunteer_id: int):
    """The officer proposes a volunteer to a board; its chair then accepts or declines."""
    board = get_object_or_404(Board, pk=board_id)
    volunteer = get_object_or_404(
        selectors.volunteers_available().prefetch_related(Prefetch("skills", to_attr="skill_list")),
        pk=volunteer_id,
    )
    form = ProposalForm(form_data(request), board=board)
    if request.method == "POST" and form.is_valid():
        try:
            services.volunteer_propose(
                volunteer=volunteer, board=board, proposed_by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(
                request,
                f"{volunteer.name} is proposed to {board}. We have e-mailed the chair, who will "
                "accept or decline them.",
            )
            return redirect("governors:council_volunteers")
    gaps = selectors.board_skills(board=board).gaps
    fills = [row for row in gaps if row.element in volunteer.skill_list]
    return render(
        request,
        "governors/volunteer_propose.html",
        {
            "board": board,
            "volunteer": volunteer,
            "form": form,
            "fills": fills,
            "breadcrumbs": _breadcrumbs(council=True, board=board),
        },
    )


@login_required
def proposal(request, board_id: int, proposal_id: int):
    """The chair's answer to a volunteer proposed to their board: the board decides, so an
    officer who proposed them may look but not answer."""
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    proposal = get_object_or_404(
        board.volunteer_proposals.select_related("volunteer", "proposed_by", "decided_by"),
        pk=proposal_id,
    )
    form = ProposalDecisionForm(form_data(request))
    is_open = proposal.status == VolunteerProposal.Status.PROPOSED
    may_decide = selectors.holds_role_on(user=request.user, board=board, roles=BOARD_MANAGER_ROLES)
    if request.method == "POST" and not may_decide:
        raise Http404
    if request.method == "POST" and is_open and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "accept":
                services.proposal_accept(proposal=proposal, decided_by=request.user)
                note = f"{proposal.volunteer.name} is now on {board}. We have e-mailed them."
            else:
                services.proposal_decline(
                    proposal=proposal, decided_by=request.user, reason=form.cleaned_data["reason"]
                )
                note = f"You declined {proposal.volunteer.name}. We have told governor services."
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, note)
            return redirect("governors:board", board.pk)
    gaps = selectors.board_skills(board=board).gaps
    skills = list(proposal.volunteer.skills.all())
    return render(
        request,
        "governors/proposal.html",
        {
            "board": board,
            "proposal": proposal,
            "volunteer": proposal.volunteer,
            "skills": skills,
            "fills": [row for row in gaps if row.element in skills],
            "is_open": is_open,
            "may_decide": may_decide,
            "form": form,
            "breadcrumbs": _breadcrumbs(board=board),
        },
    )


@login_required
def training_request(request, board_id: int):
    """A board leader asks the council's governor services for training."""
    board = selectors.board_for_leader(user=request.user, board_id=board_id)
    framework = selectors.governance_framework()
    competencies = (
        framework.elements.filter(parent__isnull=False)
        if framework
        else FrameworkElement.objects.none()
    )
    gaps = selectors.board_skills(board=board).gaps
    form = TrainingRequestForm(
        form_data(request),
        competencies=competencies,
        initial={"competencies": [row.element.pk for row in gaps]},
    )
    if request.method == "POST" and form.is_valid():
        services.training_request_create(
            board=board, requested_by=request.user, **form.cleaned_data
        )
        messages.success(
            request,
            "Your request is with the council's governor services. We will e-mail you their "
            "answer.",
        )
        return redirect("governors:board_skills", board.pk)
    return render(
        request,
        "governors/training_request.html",
        {
            "board": board,
            "form": form,
            "requests": board.training_requests.prefetch_related("competencies"),
            "breadcrumbs": _breadcrumbs(board=board),
        },
    )


@permission_required_or_404("governors.manage_boards")
def council_training_requests(request):
    requests = TrainingRequest.objects.select_related(
        "board", "requested_by", "answered_by"
    ).prefetch_related("competencies")
    return render(
        request,
        "governors/council_training_requests.html",
        {
            "open": [r for r in requests if r.status == TrainingRequest.Status.OPEN],
            "answered": [r for r in requests if r.status == TrainingRequest.Status.ANSWERED],
            "breadcrumbs": _breadcrumbs(council=True),
        },
    )


@permission_required_or_404("governors.manage_boards")
def training_request_answer(request, request_id: int):
    training_request = get_object_or_404(
        TrainingRequest.objects.select_related("board", "requested_by"), pk=request_id
    )
    form = TrainingRequestAnswerForm(form_data(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.training_request_answer(
                training_request=training_request,
                answered_by=request.user,
                answer=form.cleaned_data["answer"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, f"Answer sent to {training_request.board}.")
            return redirect("governors:council_training_requests")
    return render(
        request,
        "governors/training_request_answer.html",
        {
            "training_request": training_request,
            "form": form,
            "breadcrumbs": _breadcrumbs(council=True)
            + [("Training requests", reverse("governors:council_training_requests"))],
        },
    )


def volunteer(request):
    """The public form where people from business offer to govern or mentor."""
    framework = selectors.governance_framework()
    competencies = framework.elements.filter(parent__isnull=False) if framework else None
    form = VolunteerForm(form_data(request), competencies=competencies)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        services.volunteer_register(skills=data.pop("skills"), **data)
        return redirect("governors:volunteer_thanks")
    return render(request, "governors/volunteer.html", {"form": form})


def volunteer_thanks(request):
    return render(request, "governors/volunteer_thanks.html")
