"""What the governors app does: boards' members and terms, invitations, skills, volunteers."""

from datetime import date

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from academy_site.emails import email_send
from academy_site.links import site_url
from accounts.invitations import invitation_accept as invitation_accept_once
from accounts.models import JobRole

from .models import (
    BOARD_MANAGER_ROLES,
    Board,
    BusinessVolunteer,
    Governorship,
    Invitation,
    Role,
    SkillsRating,
    TrainingRequest,
    VolunteerProposal,
)
from .standings import governorship_standings_refresh


def _check_dates(*, appointed_on: date, term_ends_on: date | None, ended_on: date | None = None):
    errors = {}
    if term_ends_on and term_ends_on <= appointed_on:
        errors["term_ends_on"] = "The term must end after the appointment date."
    if ended_on and ended_on < appointed_on:
        errors["ended_on"] = "The date they left must be on or after the appointment date."
    if errors:
        raise ValidationError(errors)


def _board_open_check(board: Board) -> None:
    if board.closed_on:
        raise ValidationError(f"{board} has closed, so nobody can join it.")


def governorship_start(
    *, governor, board: Board, role: str, appointed_on: date, term_ends_on: date | None = None
) -> Governorship:
    """Put someone on a board; their training requirements start from `appointed_on`."""
    _board_open_check(board)
    _check_dates(appointed_on=appointed_on, term_ends_on=term_ends_on)
    try:
        with transaction.atomic():
            governorship = Governorship.objects.create(
                governor=governor,
                board=board,
                role=role,
                appointed_on=appointed_on,
                term_ends_on=term_ends_on,
            )
            governorship_standings_refresh(governorships=[governorship])
            return governorship
    except IntegrityError as error:
        raise ValidationError(f"{governor.display_name} is already on {board}.") from error


def governorship_update(
    *,
    governorship: Governorship,
    role: str,
    appointed_on: date,
    term_ends_on: date | None,
    ended_on: date | None,
) -> Governorship:
    """Record a governor's role and term, or the date they left the board."""
    _check_dates(appointed_on=appointed_on, term_ends_on=term_ends_on, ended_on=ended_on)
    with transaction.atomic():
        governorship.role = role
        governorship.appointed_on = appointed_on
        governorship.term_ends_on = term_ends_on
        governorship.ended_on = ended_on
        governorship.save(update_fields=["role", "appointed_on", "term_ends_on", "ended_on"])
        governorship_standings_refresh(governorships=[governorship])
    return governorship


@transaction.atomic
def board_close(*, board: Board, closed_on: date) -> Board:
    """Archive a board that has closed: its current governors leave it that day and its
    invitations can no longer be accepted, but every record stays (boards are never deleted)."""
    board = Board.objects.select_for_update().get(pk=board.pk)
    if board.closed_on:
        raise ValidationError(f"{board} closed on {board.closed_on:%-d %B %Y}.")
    leaving = list(board.governorships.current())
    for governorship in leaving:
        governorship.ended_on = max(closed_on, governorship.appointed_on)
        governorship.save(update_fields=["ended_on"])
    governorship_standings_refresh(governorships=leaving)
    board.closed_on = closed_on
    board.save(update_fields=["closed_on"])
    return board


def invitation_create(
    *,
    board: Board,
    email: str,
    role: str,
    appointed_on: date,
    term_ends_on: date | None,
    invited_by,
) -> Invitation:
    """Invite someone by e-mail to join a board; the governorship starts when they accept."""
    _board_open_check(board)
    _check_dates(appointed_on=appointed_on, term_ends_on=term_ends_on)
    email = email.strip().lower()
    if board.governorships.current().filter(governor__email__iexact=email).exists():
        raise ValidationError({"email": f"{email} is already on this board."})
    invitation = Invitation.objects.create(
        board=board,
        email=email,
        role=role,
        appointed_on=appointed_on,
        term_ends_on=term_ends_on,
        invited_by=invited_by,
    )
    email_send(
        to=email,
        template="governors/emails/invitation",
        context={
            "invitation": invitation,
            "url": site_url(reverse("governors:invitation", args=[invitation.token])),
            "inviter": invited_by,
        },
    )
    return invitation


def invitation_accept(*, invitation: Invitation, user) -> Governorship:
    """Start the governorship an invitation offers, for the person it was sent to."""
    return invitation_accept_once(
        invitation=invitation,
        user=user,
        grant=lambda locked: governorship_start(
            governor=user,
            board=locked.board,
            role=locked.role,
            appointed_on=locked.appointed_on,
            term_ends_on=locked.term_ends_on,
        ),
    )


def skills_rate(*, governor, levels: dict[int, int]) -> None:
    """Record a governor's own ratings, one per competency; a new rating replaces the old."""
    valid = set(SkillsRating.Level.values)
    if any(level not in valid for level in levels.values()):
        raise ValidationError("Choose a rating from 1 to 4 for each competency.")
    with transaction.atomic():
        for element_id, level in levels.items():
            SkillsRating.objects.update_or_create(
                governor=governor, element_id=element_id, defaults={"level": level}
            )


def volunteer_register(*, skills, **fields) -> BusinessVolunteer:
    """Record someone from business who offers to govern or mentor."""
    if not fields.get("consent"):
        raise ValidationError({"consent": "Tick the box to agree that we may contact you."})
    with transaction.atomic():
        volunteer = BusinessVolunteer.objects.create(**fields)
        volunteer.skills.set(skills)
    return volunteer


def volunteer_place(
    *, volunteer: BusinessVolunteer, board: Board, role: str, appointed_on: date, placed_by
) -> Governorship:
    """Put a volunteer on a board: an account if they have none, and their governorship."""
    if role not in (Role.CO_OPTED, Role.TRUSTEE):
        raise ValidationError({"role": "Place a volunteer as a co-opted governor or a trustee."})
    User = get_user_model()
    with transaction.atomic():
        volunteer = BusinessVolunteer.objects.select_for_update().get(pk=volunteer.pk)
        if Governorship.objects.filter(volunteer=volunteer).exists():
            raise ValidationError(f"{volunteer.name} has already been placed on a board.")
        user = User.objects.filter(email__iexact=volunteer.email).first()
        new_account = user is None
        if new_account:
            first_name, _, last_name = volunteer.name.partition(" ")
            user = User.objects.create_user(
                email=volunteer.email.lower(),
                password=None,
                first_name=first_name,
                last_name=last_name,
                job_role=JobRole.GOVERNOR,
            )
            EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
        governorship = governorship_start(
            governor=user, board=board, role=role, appointed_on=appointed_on
        )
        governorship.volunteer = volunteer
        governorship.save(update_fields=["volunteer"])
        email_send(
            to=user.email,
            template="governors/emails/placement",
            context={
                "governorship": governorship,
                "new_account": new_account,
                "placed_by": placed_by,
                "dashboard_url": site_url(reverse("governors:dashboard")),
                "password_url": site_url(reverse("account_reset_password")),
            },
        )
    return governorship


def _board_managers(board: Board) -> list:
    return [
        g.governor
        for g in board.governorships.current()
        .filter(role__in=BOARD_MANAGER_ROLES)
        .select_related("governor")
    ]


def volunteer_propose(
    *, volunteer: BusinessVolunteer, board: Board, role: str, appointed_on: date, proposed_by
) -> VolunteerProposal:
    """Propose a volunteer to a board; the board's chair accepts or declines them."""
    if role not in (Role.CO_OPTED, Role.TRUSTEE):
        raise ValidationError({"role": "Propose a volunteer as a co-opted governor or a trustee."})
    if Governorship.objects.filter(volunteer=volunteer).exists():
        raise ValidationError(f"{volunteer.name} has already been placed on a board.")
    try:
        with transaction.atomic():
            proposal = VolunteerProposal.objects.create(
                volunteer=volunteer,
                board=board,
                role=role,
                appointed_on=appointed_on,
                proposed_by=proposed_by,
            )
            url = site_url(reverse("governors:proposal", args=[board.pk, proposal.pk]))
            for manager in _board_managers(board):
                email_send(
                    to=manager.email,
                    template="governors/emails/proposal",
                    context={"proposal": proposal, "manager": manager, "url": url},
                )
    except IntegrityError as error:
        raise ValidationError(
            f"{volunteer.name} is already proposed to a board. Wait for its answer."
        ) from error
    return proposal


def _decide(proposal: VolunteerProposal) -> VolunteerProposal:
    proposal = VolunteerProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != VolunteerProposal.Status.PROPOSED:
        raise ValidationError(f"This proposal was already {proposal.get_status_display().lower()}.")
    return proposal


def _tell_proposer(proposal: VolunteerProposal) -> None:
    if proposal.proposed_by and proposal.proposed_by.email:
        email_send(
            to=proposal.proposed_by.email,
            template="governors/emails/proposal_decided",
            context={
                "proposal": proposal,
                "url": site_url(reverse("governors:council_volunteers")),
            },
        )


def proposal_accept(*, proposal: VolunteerProposal, decided_by) -> Governorship:
    """The chair accepts a proposed volunteer: only now are they placed on the board."""
    with transaction.atomic():
        proposal = _decide(proposal)
        governorship = volunteer_place(
            volunteer=proposal.volunteer,
            board=proposal.board,
            role=proposal.role,
            appointed_on=max(proposal.appointed_on, timezone.localdate()),
            placed_by=decided_by,
        )
        proposal.status = VolunteerProposal.Status.ACCEPTED
        proposal.decided_by = decided_by
        proposal.decided_at = timezone.now()
        proposal.governorship = governorship
        proposal.save(update_fields=["status", "decided_by", "decided_at", "governorship"])
        _tell_proposer(proposal)
    return governorship


def proposal_decline(
    *, proposal: VolunteerProposal, decided_by, reason: str = ""
) -> VolunteerProposal:
    """The chair declines a proposed volunteer; they wait again for another board."""
    with transaction.atomic():
        proposal = _decide(proposal)
        proposal.status = VolunteerProposal.Status.DECLINED
        proposal.decided_by = decided_by
        proposal.decided_at = timezone.now()
        proposal.reason = reason.strip()
        proposal.save(update_fields=["status", "decided_by", "decided_at", "reason"])
        _tell_proposer(proposal)
    return proposal


def training_request_create(
    *, board: Board, requested_by, competencies, message: str
) -> TrainingRequest:
    """A board asks the council's governor services for training it cannot find here."""
    if not message.strip():
        raise ValidationError({"message": "Say what training the board needs."})
    with transaction.atomic():
        request = TrainingRequest.objects.create(
            board=board, requested_by=requested_by, message=message.strip()
        )
        request.competencies.set(competencies)
    return request


def training_request_answer(
    *, training_request: TrainingRequest, answered_by, answer: str
) -> TrainingRequest:
    """The officer answers a board's training request; the person who asked is e-mailed."""
    if not answer.strip():
        raise ValidationError({"answer": "Enter your answer to the board."})
    with transaction.atomic():
        training_request = TrainingRequest.objects.select_for_update().get(pk=training_request.pk)
        if training_request.status == TrainingRequest.Status.ANSWERED:
            raise ValidationError("This request has already been answered.")
        training_request.status = TrainingRequest.Status.ANSWERED
        training_request.answer = answer.strip()
        training_request.answered_by = answered_by
        training_request.answered_at = timezone.now()
        training_request.save(update_fields=["status", "answer", "answered_by", "answered_at"])
        if training_request.requested_by:
            email_send(
                to=training_request.requested_by.email,
                template="governors/emails/training_request_answered",
                context={
                    "training_request": training_request,
                    "url": site_url(
                        reverse("governors:board_skills", args=[training_request.board_id])
                    ),
                },
            )
    return training_request
