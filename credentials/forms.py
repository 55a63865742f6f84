from decimal import Decimal

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone

from .codes import BODY_LENGTH, code_is_well_formed, code_normalise

EVIDENCE_TYPES = (".pdf", ".jpg", ".jpeg", ".png", ".docx", ".odt")
EVIDENCE_MAX_BYTES = 10 * 1024 * 1024


class VerifyForm(forms.Form):
    code = forms.CharField(
        label="Verification code",
        help_text="It is printed on the certificate, for example ABCD-EFGH-J. "
        "Capital or small letters, spaces and hyphens are all fine.",
        max_length=40,
        error_messages={"required": "Enter the verification code from the certificate."},
    )

    def clean_code(self) -> str:
        code = code_normalise(self.cleaned_data["code"])
        if len(code) != BODY_LENGTH + 1:
            raise forms.ValidationError(
                f"Enter all {BODY_LENGTH + 1} characters of the code: you entered {len(code)}."
            )
        if not code_is_well_formed(code):
            raise forms.ValidationError(
                "This code contains a mistake: check each character against the certificate. "
                "Codes never use 0, 1, I, L or O."
            )
        return code


class PriorLearningForm(forms.Form):
    learner_email = forms.EmailField(
        label="Learner's e-mail address", help_text="The address they sign in with."
    )
    description = forms.CharField(
        max_length=250,
        help_text="What they did and where, e.g. 'NPQ for Senior Leadership, Ambition Institute'.",
    )
    awarded_on = forms.DateField(
        label="Date completed",
        help_text="For example, 2025-07-18.",
        error_messages={"invalid": "Enter the date as year-month-day, for example 2025-07-18."},
    )
    cpd_hours = forms.DecimalField(
        label="CPD hours",
        max_digits=6,
        decimal_places=1,
        min_value=Decimal(0),
        initial=0,
    )
    academic_credits = forms.IntegerField(
        min_value=0, max_value=360, initial=0, help_text="Leave at 0 if it carries no credits."
    )
    fheq_level = forms.TypedChoiceField(
        label="FHEQ level",
        choices=[("", "No academic credits")] + [(str(n), f"Level {n}") for n in range(4, 9)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    evidence = forms.FileField(
        help_text="A certificate or transcript: PDF, image or document, up to 10 MB.",
        error_messages={"required": "Attach the evidence you have seen."},
    )

    def clean_learner_email(self):
        email = self.cleaned_data["learner_email"]
        learner = get_user_model().objects.filter(email__iexact=email).first()
        if learner is None:
            raise forms.ValidationError(
                "No one has an account with this e-mail address. Check it, or ask them to sign up."
            )
        self.learner = learner
        return email

    def clean_awarded_on(self):
        day = self.cleaned_data["awarded_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("The date completed must be today or in the past.")
        return day

    def clean_evidence(self):
        evidence = self.cleaned_data["evidence"]
        if not evidence.name.lower().endswith(EVIDENCE_TYPES):
            raise forms.ValidationError("The evidence must be a PDF, JPG, PNG, DOCX or ODT file.")
        if evidence.size > EVIDENCE_MAX_BYTES:
            raise forms.ValidationError("The evidence must be smaller than 10 MB.")
        return evidence

    def clean(self):
        data = super().clean()
        if data.get("academic_credits") and not data.get("fheq_level"):
            self.add_error("fheq_level", "Select the FHEQ level of the academic credits.")
        if not data.get("academic_credits") and not data.get("cpd_hours"):
            self.add_error("cpd_hours", "Enter the CPD hours, the academic credits, or both.")
        return data


class RevokeForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="Shown publicly on the verification page, so write it for an employer to read.",
        error_messages={"required": "Enter the reason for revoking this certificate."},
    )
