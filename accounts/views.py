from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode

from .forms import ProfileForm


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your details have been saved.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


def log_in_through_allauth(request):
    """Wagtail's log-in addresses lead to allauth's, keeping where the person was going."""
    target = request.GET.get("next")
    url = reverse("account_login")
    return redirect(f"{url}?{urlencode({'next': target})}" if target else url)
