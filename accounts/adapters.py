from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.urls import reverse

from academy_site.emails import email_send
from academy_site.links import site_url


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
