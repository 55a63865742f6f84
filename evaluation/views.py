from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from academy_site.forms import form_data, form_errors_add

from .forms import ResponseForm
from .selectors import questionnaire_offered
from .services import response_record


@login_required
def answer(request, questionnaire_id: int, page_id: int):
    """A short, optional questionnaire about a module or pathway the learner is taking."""
    offer = questionnaire_offered(
        learner=request.user, questionnaire_id=questionnaire_id, page_id=page_id
    )
    if offer is None:
        raise Http404
    form = ResponseForm(form_data(request), questionnaire=offer.questionnaire)
    if request.method == "POST" and form.is_valid():
        try:
            response_record(
                person=request.user,
                questionnaire=offer.questionnaire,
                page=offer.page,
                answers=form.answers(),
                consent=form.cleaned_data["consent"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, "Thank you. Your answers have been saved.")
            return redirect("learning:dashboard")
    return render(
        request,
        "evaluation/answer.html",
        {
            "offer": offer,
            "form": form,
            "breadcrumbs": [("My learning", reverse("learning:dashboard"))],
        },
    )
