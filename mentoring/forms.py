from django import forms
from django.utils import timezone

from courses.models import FrameworkElement, LessonPage
from schools.models import School
from workforce.forms import IsoDateField

from .models import (
    MATCHED_KINDS,
    AppropriateBody,
    EndReason,
    Kind,
    Meeting,
    MentorTrainingAllowance,
    Offer,
)
from .rules import EYFS_COEL, SUPPORT_NEEDS

_KIND_CHOICES = [(k.value, k.label) for k in MATCHED_KINDS]


class _DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _date(label: str, *, required: bool = True, help_text: str = "", error: str = ""):
    messages = {"required": error or f"Enter the {label.lower()}.", "invalid": "Enter a real date."}
    return IsoDateField(
        label=label,
        required=required,
        help_text=help_text,
        widget=_DateInput(),
        error_messages=messages,
    )


def _elements(slug: str):
    return FrameworkElement.objects.filter(framework__slug=slug)


class _LessonChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.get_parent().title}: {obj.title}"


class MeetingForm(forms.Form):
    held_on = _date("Date of the meeting", error="Enter the date you met.")
    minutes = forms.IntegerField(
        label="How long, in minutes",
        min_value=5,
        max_value=600,
        help_text="This time counts as CPD for both of you.",
        error_messages={"required": "Enter how long you met, in minutes."},
    )
    format = forms.ChoiceField(label="What kind of meeting", choices=Meeting.Format.choices)
    focus = forms.CharField(
        label="Focus",
        max_length=200,
        error_messages={"required": "Enter what the meeting was about."},
    )
    notes = forms.CharField(
        label="Notes (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Only the two of you can read these: not the school, not the council.",
    )
    focus_areas = forms.ModelMultipleChoiceField(
        label="Focus areas",
        queryset=FrameworkElement.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "govuk-checkboxes--small"}),
    )
    outcomes = forms.CharField(
        label="Outcomes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    observed = forms.CharField(
        label="What was observed", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    action_step = forms.CharField(
        label="The one action step",
        required=False,
        max_length=300,
        help_text="One small, specific change to practise before the next observation.",
    )
    practice = forms.CharField(
        label="How it was practised", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    follow_up = forms.CharField(
        label="Follow-up on the last action step (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    action_text = forms.CharField(label="Agreed action (optional)", required=False, max_length=300)
    action_due_on = _date("Action due by (if you agreed one)", required=False)
    action_lesson = _LessonChoice(
        label="Suggested lesson (optional)",
        queryset=LessonPage.objects.none(),
        required=False,
        empty_label="No lesson",
    )
    next_meeting_on = _date("Next meeting (optional)", required=False)

    COACHING = ("observed", "action_step", "practice", "follow_up")
    PARTNERSHIP = ("focus_areas", "outcomes")

    def __init__(self, *args, relationship, **kwargs):
        super().__init__(*args, **kwargs)
        self.relationship = relationship
        self.fields["held_on"].initial = timezone.localdate()
        if relationship.is_coaching:
            for name in self.PARTNERSHIP:
                del self.fields[name]
        else:
            for name in self.COACHING:
                del self.fields[name]
            if relationship.kind == Kind.SETTING_PARTNERSHIP:
                self.fields["focus_areas"].queryset = _elements(EYFS_COEL)
            else:
                del self.fields["focus_areas"]
        self.fields["action_lesson"].queryset = (
            LessonPage.objects.live().order_by("path").select_related()
        )

    def clean(self):
        data = super().clean()
        if self.relationship.is_coaching:
            given = [name for name in ("observed", "action_step", "practice") if data.get(name)]
            if given and len(given) < 3:
                for name in {"observed", "action_step", "practice"} - set(given):
                    self.add_error(name, "Fill in all three parts of the coaching record, or none.")
        if data.get("action_text") and not data.get("action_due_on"):
            self.add_error("action_due_on", "Enter the date the action is due by.")
        if data.get("action_lesson") and not data.get("action_text"):
            self.add_error("action_text", "Say what the action is.")
        return data

    def coaching(self) -> dict | None:
        if not self.relationship.is_coaching or not self.cleaned_data.get("action_step"):
            return None
        return {name: self.cleaned_data[name] for name in self.COACHING}

    def actions(self) -> tuple[dict, ...]:
        if not self.cleaned_data.get("action_text"):
            return ()
        return (
            {
                "text": self.cleaned_data["action_text"],
                "due_on": self.cleaned_data["action_due_on"],
                "lesson": self.cleaned_data.get("action_lesson"),
            },
        )


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Your comment", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    signs_off = forms.BooleanField(label="Sign this off as evidence", required=False)


class InductionRecordForm(forms.Form):
    on_track = forms.TypedChoiceField(
        label="Is the teacher on track to pass induction?",
        choices=[("yes", "Yes, on track"), ("no", "No, not on track")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether the teacher is on track."},
    )
    evidence = forms.CharField(
        label="Evidence",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What you saw against the Teachers' Standards.",
        error_messages={"required": "Enter the evidence."},
    )
    targets = forms.CharField(
        label="Targets for next term",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter the targets."},
    )


class EndForm(forms.Form):
    ended_on = _date("Last day", error="Enter the last day of the relationship.")
    reason = forms.ChoiceField(label="Why it ended", choices=EndReason.choices)
    note = forms.CharField(label="Anything to add (optional)", required=False, max_length=300)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ended_on"].initial = timezone.localdate()


class MatchRequestForm(forms.Form):
    kind = forms.ChoiceField(
        label="What you are asking for", choices=_KIND_CHOICES, widget=forms.RadioSelect
    )
    organisation = forms.ModelChoiceField(
        label="Your school or setting",
        queryset=School.objects.all(),
        error_messages={"required": "Choose your school or setting."},
    )
    needs = forms.ModelMultipleChoiceField(
        label="What you want help with",
        queryset=FrameworkElement.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "govuk-checkboxes--small"}),
        error_messages={"required": "Choose at least one thing you want help with."},
    )
    help_wanted = forms.CharField(
        label="Tell us more",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say what you want help with."},
    )

    def __init__(self, *args, schools, role_ids=frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.role_ids = role_ids
        self.fields["organisation"].queryset = schools
        self.fields["organisation"].empty_label = "Choose your school or setting"
        if len(schools) == 1:
            self.fields["organisation"].initial = schools[0].pk
        self.fields["needs"].queryset = _elements(SUPPORT_NEEDS)

    def clean(self):
        data = super().clean()
        kind, organisation = data.get("kind"), data.get("organisation")
        if not kind or not organisation:
            return data
        setting = organisation.phase == School.Phase.NURSERY
        if kind == Kind.SETTING_PARTNERSHIP and not setting:
            self.add_error(
                "organisation",
                "Choose your early-years setting: partner settings "
                "are for nurseries and other settings.",
            )
        elif kind != Kind.SETTING_PARTNERSHIP and organisation.pk not in self.role_ids:
            self.add_error(
                "kind",
                f"From {organisation} you can ask for a partner setting. Its "
                "headteacher or CPD lead asks for a coach or a partnership head.",
            )
        return data


class OfferForm(forms.Form):
    kind = forms.ChoiceField(
        label="What you offer", choices=_KIND_CHOICES, widget=forms.RadioSelect
    )
    organisation = forms.ModelChoiceField(
        label="Your school or setting (optional for a business coach)",
        queryset=School.objects.none(),
        required=False,
    )
    business = forms.CharField(
        label="Your company (business coaches)", required=False, max_length=200
    )
    inspection_grade = forms.ChoiceField(
        label="Your setting's latest Ofsted grade (settings)",
        choices=[("", "Not a setting")] + Offer.Grade.choices,
        required=False,
    )
    skills = forms.ModelMultipleChoiceField(
        label="What you can help with",
        queryset=FrameworkElement.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "govuk-checkboxes--small"}),
        error_messages={"required": "Choose at least one thing you can help with."},
    )
    about = forms.CharField(
        label="About you (optional)", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].empty_label = "None: I offer for myself"
        self.fields["skills"].queryset = _elements(SUPPORT_NEEDS)

    def clean(self):
        data = super().clean()
        organisation = data.get("organisation")
        if data.get("kind") == Kind.SETTING_PARTNERSHIP and (
            organisation is None or organisation.phase != School.Phase.NURSERY
        ):
            self.add_error(
                "organisation", "Choose the early-years setting you work at that offers mentoring."
            )
        return data


class _PersonChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.display_name} ({obj.email})"


class InductionStartForm(forms.Form):
    ect = _PersonChoice(
        label="Early-career teacher",
        queryset=None,
        empty_label="Choose a teacher",
        help_text="Someone who works at the school. A teacher with an induction elsewhere moves "
        "here when their old school transfers it.",
        error_messages={"required": "Choose the early-career teacher."},
    )
    appropriate_body = forms.ModelChoiceField(
        label="Appropriate body",
        queryset=AppropriateBody.objects.all(),
        empty_label="Choose the appropriate body",
        error_messages={"required": "Choose the appropriate body."},
    )
    started_on = _date("Start date", error="Enter the day induction started.")
    mentor = _PersonChoice(
        label="Mentor (optional)",
        queryset=None,
        required=False,
        empty_label="Name a mentor later",
    )

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ect"].queryset = staff
        self.fields["mentor"].queryset = staff

    def clean(self):
        data = super().clean()
        if data.get("mentor") and data.get("mentor") == data.get("ect"):
            self.add_error("mentor", "Choose someone other than the teacher as their mentor.")
        return data


def _decimal(
    label: str, *, what: str, help_text: str, required: str, example: str, digits: int = 3
):
    """A number of `what` (terms, hours) to one decimal place, in a narrow box."""
    number = f"Enter a number of {what}, such as {example}."
    return forms.DecimalField(
        label=label,
        max_digits=digits,
        decimal_places=1,
        help_text=help_text,
        error_messages={
            "required": required,
            "invalid": number,
            "max_decimal_places": f"Enter {what} to one decimal place, such as {example}.",
            "max_digits": number,
            "max_whole_digits": number,
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "govuk-input--width-4"}),
    )


class InductionExtendForm(forms.Form):
    terms = _decimal(
        "Extend by how many terms",
        what="terms",
        help_text="To one decimal place, as the appropriate body decided: for example 1 or 0.5.",
        required="Enter the number of terms to extend by.",
        example="1 or 0.5",
    )
    reason = forms.CharField(
        label="Why induction is extended",
        max_length=250,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The teacher can read this in their induction's history.",
        error_messages={"required": "Say why induction is extended."},
    )


class InductionTermsForm(forms.Form):
    terms = _decimal(
        "Terms served so far",
        what="terms",
        help_text="To one decimal place: part-time service counts as part of a term, such as 2.6.",
        required="Enter the terms served so far.",
        example="2 or 2.6",
    )


class InductionTransferForm(forms.Form):
    school = forms.ModelChoiceField(
        label="The school they move to",
        queryset=School.objects.all(),
        empty_label="Choose a school",
        error_messages={"required": "Choose the school the teacher moves to."},
    )


class InductionMentorForm(forms.Form):
    mentor = _PersonChoice(
        label="Mentor",
        queryset=None,
        empty_label="Choose a mentor",
        help_text="Someone who works at the school. A mentor never writes the reviews.",
        error_messages={"required": "Choose the mentor."},
    )

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentor"].queryset = staff


class MentorTrainingForm(forms.Form):
    allowance = forms.ModelChoiceField(
        label="Which training",
        queryset=MentorTrainingAllowance.objects.none(),
        empty_label="Choose the training",
        error_messages={"required": "Choose the training you did."},
    )
    done_on = _date("Date of the training", error="Enter the day you did the training.")
    hours = _decimal(
        "Hours",
        what="hours",
        help_text="To one decimal place, for example 2.5. They count as CPD too.",
        required="Enter the hours of training.",
        example="2.5",
        digits=4,
    )
    description = forms.CharField(
        label="What the training was",
        max_length=200,
        help_text="For example: Initial mentor training, session 2 (instructional coaching).",
        error_messages={"required": "Say what the training was."},
    )

    def __init__(self, *args, lines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["allowance"].queryset = MentorTrainingAllowance.objects.filter(
            pk__in=[line.allowance.pk for line in lines]
        )
        self.fields["allowance"].label_from_instance = lambda a: (
            f"{a.label} ({a.get_kind_display()}, {a.hours.normalize():f} hours funded)"
        )
        self.fields["done_on"].initial = timezone.localdate()


class PractitionerForm(forms.Form):
    person = _PersonChoice(
        label="Practitioner",
        queryset=None,
        empty_label="Choose someone from your setting",
        error_messages={"required": "Choose a practitioner from your setting."},
    )

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = staff
