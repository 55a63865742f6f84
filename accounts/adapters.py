from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.urls import reverse

from academy_site.emails import email_send
from academy_site.links import site_url

from .mfa import mfa_required


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up stores the learner's name and job role with the account; allauth's e-mails go
    the way every Academy e-mail goes, and say who they are from."""

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

    def get_login_redirect_url(self, request) -> str:
        """Signing in lands on the person's own home, not the marketing page: governance for
        governors and clerks, My learning for everyone else."""
        user = request.user
        if user.is_governor_or_clerk or user.governorships.current().exists():
            return reverse("governors:dashboard")
        return reverse("learning:dashboard")

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        site = SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(site_url()).netloc)
        email_send(
            to=email,
            template=template_prefix,
            context={
                "request": allauth_context.request,
                "email": email,
                "current_site": site,
                **context,
            },
        )


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Single sign-on signs in to an existing account only through an address the provider has
    verified and that is the account's own: its main address, or one it has confirmed. An address
    someone merely added to their account cannot capture another person's school sign-in."""

    def authenticate_by_email(self, sociallogin):
        match = super().authenticate_by_email(sociallogin)
        if match is None:
            return None
        user, email = match
        if user.email.lower() == email.lower():
            return match
        if EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists():
            return match
        return None


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
