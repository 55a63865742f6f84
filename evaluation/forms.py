from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page

from .models import Indicator, Questionnaire

SCALE = [(value, str(value)) for value in range(1, 6)]


class ResponseForm(forms.Form):
    """One 1-to-5 rating per question, and consent to use the answers."""

    consent = forms.BooleanField(
        label="You may use my answers, without my name, in the University's evaluation of the "
        "Academy",
        error_messages={
            "required": "Tick the box to say we may use your answers, or leave this page."
        },
    )

    def __init__(self, *args, questionnaire: Questionnaire, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questionnaire.questions.all())
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                label=question.text,
                help_text=f"1 is “{question.low_label}”, 5 is “{question.high_label}”.",
                choices=SCALE,
                coerce=int,
                widget=forms.RadioSelect(attrs={"class": "govuk-radios--inline"}),
                error_messages={"required": "Choose a number from 1 to 5."},
            )
        self.order_fields([*(f"q{q.pk}" for q in self.questions), "consent"])

    def answers(self) -> dict[int, int]:
        return {question.pk: self.cleaned_data[f"q{question.pk}"] for question in self.questions}


class QuestionnaireAdminForm(WagtailAdminModelForm):
    """Offered on modules and pathways only (not on lessons or other pages)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from courses.models import ModulePage
        from pathways.models import PathwayPage

        self.fields["pages"].queryset = Page.objects.type(ModulePage, PathwayPage).order_by("title")
        self.fields["pages"].label_from_instance = lambda page: page.title


class IndicatorAdminForm(WagtailAdminModelForm):
    """An indicator follows a platform figure or a questionnaire item, never both."""

    def clean(self):
        data = super().clean()
        source = data.get("source")
        if source == Indicator.Source.PLATFORM:
            if not data.get("platform_figure"):
                self.add_error("platform_figure", "Choose the platform figure it follows.")
            if data.get("measure"):
                self.add_error("measure", "Leave this empty: the indicator follows a figure.")
        elif source == Indicator.Source.SURVEY:
            if not data.get("measure"):
                self.add_error("measure", "Choose what the questionnaire item measures.")
            if data.get("platform_figure"):
                self.add_error(
                    "platform_figure", "Leave this empty: the indicator follows a questionnaire."
                )
        return data
