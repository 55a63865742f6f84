from django import forms
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import FrameworkElement

from .models import BusinessVolunteer, Role, SkillsRating

_QUESTION = {"legend_class": "govuk-fieldset__legend--m"}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class IsoDateField(forms.DateField):
    """A date the browser's date picker can show: always YYYY-MM-DD, whatever the locale."""

    def prepare_value(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else value


def _date_field(label: str, *, required: bool = True, help_text: str = "") -> forms.DateField:
    return IsoDateField(label=label, required=required, help_text=help_text, widget=DateInput())


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address",
        help_text="We will send them a link to join the board.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label="Role on the board",
        choices=[("", "Choose a role")] + Role.choices,
        error_messages={"required": "Choose their role on the board."},
    )
    appointed_on = _date_field(
        "Appointed on", help_text="Their training deadlines count from this date."
    )
    term_ends_on = _date_field("Term ends on (optional)", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["appointed_on"].initial = timezone.localdate()


class GovernorshipForm(forms.Form):
    role = forms.ChoiceField(label="Role on the board", choices=Role.choices)
    appointed_on = _date_field("Appointed on")
    term_ends_on = _date_field("Term ends on (optional)", required=False)
    ended_on = _date_field(
        "Left the board on (optional)",
        required=False,
        help_text="Only when they have stood down. Their records are kept.",
    )


class SkillsAuditForm(forms.Form):
    """One required rating per competency, built from the framework's rows."""

    def __init__(self, *args, groups, initial_levels, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = []
        for feature, elements in groups:
            names = []
            for element in elements:
                name = f"c{element.pk}"
                self.fields[name] = forms.TypedChoiceField(
                    label=f"{element.code} {element.title}",
                    choices=SkillsRating.Level.choices,
                    coerce=int,
                    widget=forms.RadioSelect(
                        attrs={"class": "govuk-radios--small govuk-radios--inline"}
                    ),
                    initial=initial_levels.get(element.pk),
                    error_messages={"required": f"Choose a rating for {element.title}."},
                )
                names.append(name)
            self.groups.append((feature, [self[name] for name in names]))

    def levels(self) -> dict[int, int]:
        return {int(name[1:]): level for name, level in self.cleaned_data.items()}


class CompetencyChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: FrameworkElement) -> str:
        return obj.title


class VolunteerForm(forms.ModelForm):
    skills = CompetencyChoiceField(
        queryset=FrameworkElement.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs=_QUESTION | {"class": "govuk-checkboxes--small"}),
        label="What can you bring to a board?",
        help_text="Tick the areas where you have experience from work. Select all that apply.",
        error_messages={"required": "Tick at least one area where you have experience."},
    )
    consent = forms.BooleanField(
        label="You may keep my details and contact me about governor and mentor roles",
        help_text="We share your name and skills only with the council's governor services.",
        error_messages={"required": "Tick the box to agree that we may contact you."},
    )

    class Meta:
        model = BusinessVolunteer
        fields = [
            "name",
            "email",
            "phone",
            "company",
            "sector",
            "interest",
            "availability",
            "skills",
            "about",
            "consent",
        ]
        labels = {
            "name": "Full name",
            "phone": "Phone number (optional)",
            "company": "Company or organisation",
            "sector": "Sector",
            "interest": "What would you like to do?",
            "availability": "How much time could you give?",
            "about": "Anything else we should know (optional)",
        }
        help_texts = {"sector": "For example: finance, law, manufacturing, human resources."}
        widgets = {
            "interest": forms.RadioSelect(attrs=_QUESTION),
            "availability": forms.RadioSelect(attrs=_QUESTION),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel"}),
        }
        error_messages = {
            "name": {"required": "Enter your full name."},
            "email": {
                "required": "Enter your e-mail address.",
                "invalid": "Enter an e-mail address like name@example.com.",
            },
            "company": {"required": "Enter your company or organisation."},
            "sector": {"required": "Enter your sector."},
            "interest": {"required": "Choose what you would like to do."},
            "availability": {"required": "Choose how much time you could give."},
        }

    def __init__(self, *args, competencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills"].queryset = competencies or FrameworkElement.objects.none()
        self.fields["interest"].choices = BusinessVolunteer.Interest.choices
        self.fields["availability"].choices = BusinessVolunteer.Availability.choices


class ProposalForm(forms.Form):
    role = forms.ChoiceField(
        label="Role on the board",
        choices=[(Role.CO_OPTED, Role.CO_OPTED.label), (Role.TRUSTEE, Role.TRUSTEE.label)],
        widget=forms.RadioSelect,
    )
    appointed_on = _date_field(
        "Appointed on", help_text="Their training deadlines count from this date."
    )

    def __init__(self, *args, board, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].initial = board.placement_role
        self.fields["appointed_on"].initial = timezone.localdate()


class TrainingRequirementForm(WagtailAdminModelForm):
    """The admin form: roles as tick boxes rather than raw JSON."""

    roles = forms.MultipleChoiceField(
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick none for every role.",
    )


class ProposalDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Do you want this volunteer on the board?",
        choices=[("accept", "Yes, accept them"), ("decline", "No, decline them")],
        widget=forms.RadioSelect(attrs=_QUESTION),
        error_messages={"required": "Choose whether to accept or decline the volunteer."},
    )
    reason = forms.CharField(
        label="Reason (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="If you decline, say why, so governor services can find a better match.",
    )


class TrainingRequestForm(forms.Form):
    competencies = CompetencyChoiceField(
        queryset=FrameworkElement.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs=_QUESTION | {"class": "govuk-checkboxes--small"}),
        label="Which skills should the training build? (optional)",
        help_text="The board's gaps are ticked for you.",
    )
    message = forms.CharField(
        label="What training does the board need?",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="For example: a session on school finance for the whole board before March.",
        error_messages={"required": "Say what training the board needs."},
    )

    def __init__(self, *args, competencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competencies"].queryset = competencies


class TrainingRequestAnswerForm(forms.Form):
    answer = forms.CharField(
        label="Your answer to the board",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="We e-mail it to the person who asked.",
        error_messages={"required": "Enter your answer to the board."},
    )
