from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from .models import User
from .selectors import user_deletion_refusal


@hooks.register("before_delete_user")
def refuse_to_delete_a_learner_with_records(request, user):
    """Wagtail would fail with a server error on the records that protect the account."""
    refusal = user_deletion_refusal(user=user)
    if refusal:
        messages.error(request, refusal)
        return redirect("wagtailusers_users:edit", user.pk)
    return None


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
