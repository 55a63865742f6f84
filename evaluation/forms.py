from django import forms

from .models import Questionnaire

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
