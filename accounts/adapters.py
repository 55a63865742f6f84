from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator

from .mfa import mfa_required


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up stores the learner's name and job role with the account."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.first_name = data.get("first_name", "")
        user.last_name = data.get("last_name", "")
        user.job_role = data.get("job_role", "")
        user.school = data.get("school")
        if commit:
            user.save()
        return user


class MFAAdapter(DefaultMFAAdapter):
    """Someone who must use two-factor authentication cannot switch their authenticator app off."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": (
            "You cannot turn off your authenticator app: your account can see other people's "
            "records, so it needs a code as well as a password."
        ),
    }

    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        if authenticator.type != Authenticator.Type.TOTP:
            return True
        return not mfa_required(authenticator.user)
