"""The one way an e-mailed invitation is answered: the page its link opens and the accept flow.
Each app's concrete `EmailInvitation` says what accepting grants; this checks it is the
addressee's, unexpired and not yet accepted, and records the acceptance with the grant."""

from collections.abc import Callable
from typing import TypeVar

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from .models import EmailInvitation

Offer = TypeVar("Offer", bound=EmailInvitation)

ALREADY_ACCEPTED = "This invitation has already been accepted."
EXPIRED = "This invitation has expired. Ask whoever sent it for a new one."


def invitation_accept(*, invitation: Offer, user, grant: Callable[[Offer], object]) -> object:
    """Accept the invitation for the person it was sent to: `grant` (the owning app's service)
    makes what it offers, once, inside the same transaction as the acceptance."""
    if invitation.accepted_at:
        raise ValidationError(ALREADY_ACCEPTED)
    if not invitation.is_for(user):
        raise ValidationError(
            f"This invitation was sent to {invitation.email}. Sign out, then sign in or create "
            "an account with that e-mail address."
        )
    if invitation.is_expired:
        raise ValidationError(EXPIRED)
    with transaction.atomic():
        invitation = type(invitation).objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at:
            raise ValidationError(ALREADY_ACCEPTED)
        granted = grant(invitation)
        invitation.accepted_at = timezone.now()
        setattr(invitation, invitation.granted_field, granted)
        invitation.save(update_fields=["accepted_at", invitation.granted_field])
    return granted


def invitation_page(
    request,
    *,
    invitation: EmailInvitation,
    accept: Callable[..., object],
    template: str,
    accepted: Callable[[], tuple[str, str]],
):
    """Where an invitation's link leads: sign in or create an account, then accept. `accepted`
    gives the message and the address to go to once accepted."""
    user = request.user
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect(f"{reverse('account_login')}?next={request.path}")
        try:
            accept(invitation=invitation, user=user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            message, url = accepted()
            messages.success(request, message)
            return redirect(url)
    return render(
        request,
        template,
        {"invitation": invitation, "email_matches": invitation.is_for(user)},
    )
