"""Turns a refused module approval into a message for the officer instead of a server error."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.modal_workflow import render_modal_workflow

from .services import LessonsNotPublishable


class LessonsNotPublishableMiddleware:
    """Wagtail approves inside its own transaction and offers no hook to refuse; the approval
    signal raises LessonsNotPublishable, which rolls the approval back, and lands here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, LessonsNotPublishable):
            return None
        messages.error(request, exception.message)
        url = reverse("wagtailadmin_pages:edit", args=[exception.module.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": url}
            )
        return redirect(url)
