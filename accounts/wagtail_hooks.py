from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .models import User
from .selectors import user_deletion_refusal


@reauthentication_required(allow_get=True)
def _recent_password(request):
    """Nothing to do: allauth's decorator asks for the password when it is not recent."""


@hooks.register("before_edit_user")
def password_again_before_changing_a_user(request, user):
    """Changing another person's account in the Wagtail admin waits for the password again."""
    return _recent_password(request)


@hooks.register("before_delete_user")
def refuse_to_delete_a_learner_with_records(request, user):
    """Wagtail would fail with a server error on the records that protect the account; the
    password is asked again first, as for any change to someone else's account."""
    refusal = user_deletion_refusal(user=user)
    if refusal:
        messages.error(request, refusal)
        return redirect("wagtailusers_users:edit", user.pk)
    return _recent_password(request)


@hooks.register("before_bulk_action")
def refuse_to_bulk_delete_learners_with_records(request, action_type, objects, action):
    if action_type != "delete" or action.model is not User:
        return None
    refusals = [refusal for user in objects if (refusal := user_deletion_refusal(user=user))]
    if not refusals:
        return None
    for refusal in refusals:
        messages.error(request, refusal)
    return redirect(action.next_url)
