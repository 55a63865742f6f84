from django import forms
from django.utils import timezone

from accounts.models import JobRole
from courses.models import ModulePage
from pathways.models import PathwayPage
from schools.models import School

from .models import SchoolRoleKind
from .selectors import STAFF_STATUS_LABELS


class IsoDateField(forms.DateField):
    """A date the browser's date picker can show: always YYYY-MM-DD, whatever the locale."""

    def prepare_value(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else value


class _DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


def _date_field(label: str, *, required: bool = True, help_text: str = "") -> forms.DateField:
    return IsoDateField(label=label, required=required, help_text=help_text, widget=_DateInput())


_JOB_ROLE_CHOICES = [("", "Choose a job role")] + JobRole.choices


class StaffAddForm(forms.Form):
    first_name = forms.CharField(
        label="First name", max_length=150, error_messages={"required": "Enter their first name."}
    )
    last_name = forms.CharField(
        label="Last name", max_length=150, error_messages={"required": "Enter their last name."}
    )
    email = forms.EmailField(
        label="E-mail address",
        help_text=(
            "If they already have an account with this address, it is linked, and you see "
            "their training once they confirm they work here."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": "Enter their e-mail address.",
            "invalid": "Enter an e-mail address like name@example.com.",
        },
    )
    job_role = forms.ChoiceField(
        label="Job role",
        choices=_JOB_ROLE_CHOICES,
        error_messages={"required": "Choose their job role."},
    )
    trn = forms.RegexField(
        label="Teacher reference number (optional)",
        regex=r"^\d{7}$",
        required=False,
        error_messages={"invalid": "Enter a 7-digit teacher reference number, or leave it empty."},
    )
    started_on = _date_field(
        "Started on", help_text="The school sees their training from this day."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started_on"].initial = timezone.localdate()


class StaffImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="One row for each person, with the columns Name, E-mail, Job role and "
        "(optional) TRN.",
        error_messages={"required": "Choose a CSV file to check."},
    )


class EmploymentEndForm(forms.Form):
    left_on = _date_field(
        "Their first day no longer at the school",
        help_text="From this day the school no longer sees them. They keep every record.",
    )


class RoleInviteForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address",
        help_text="We will send them a link to accept the role.",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": "Enter their e-mail address.",
            "invalid": "Enter an e-mail address like name@example.com.",
        },
    )
    kind = forms.ChoiceField(
        label="Role",
        choices=SchoolRoleKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a role."},
    )


class _ModuleChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.title


class AssignForm(forms.Form):
    """A module or a pathway, for chosen people or everyone in a job role, by an optional date."""

    module = _ModuleChoice(
        label="Module",
        queryset=ModulePage.objects.none(),
        required=False,
        empty_label="Choose a module",
    )
    pathway = _ModuleChoice(
        label="Or a pathway",
        queryset=PathwayPage.objects.none(),
        required=False,
        empty_label="Choose a pathway",
    )
    people = forms.TypedMultipleChoiceField(
        label="Who should do it",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "govuk-checkboxes--small"}),
        help_text="Tick each person, or choose a job role below.",
    )
    job_role = forms.ChoiceField(
        label="Or everyone with this job role",
        choices=[("", "Nobody else")] + JobRole.choices,
        required=False,
    )
    due_on = _date_field("Due by (optional)", required=False)

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.staff = list(staff)
        self.fields["module"].queryset = ModulePage.objects.live().order_by("title")
        self.fields["pathway"].queryset = PathwayPage.objects.live().order_by("title")
        self.fields["people"].choices = [
            (e.person_id, f"{e.person.display_name}, {e.get_job_role_display()}")
            for e in self.staff
        ]

    def clean(self):
        data = super().clean()
        if bool(data.get("module")) == bool(data.get("pathway")):
            self.add_error("module", "Choose a module or a pathway, not both.")
        chosen = set(data.get("people") or [])
        if data.get("job_role"):
            chosen |= {e.person_id for e in self.staff if e.job_role == data["job_role"]}
            if not chosen:
                self.add_error("job_role", "Nobody on the staff list has this job role.")
        if not chosen and not self.errors.get("job_role"):
            self.add_error("people", "Tick at least one person, or choose a job role.")
        data["chosen"] = [e.person for e in self.staff if e.person_id in chosen]
        return data


class StaffFilterForm(forms.Form):
    job_role = forms.ChoiceField(
        label="Job role", choices=[("", "Any job role")] + JobRole.choices, required=False
    )
    phase = forms.ChoiceField(
        label="Phase", choices=[("", "Any phase")] + School.Phase.choices, required=False
    )
    pathway = forms.TypedChoiceField(label="Pathway", coerce=int, required=False, empty_value=None)
    status = forms.ChoiceField(
        label="Status",
        choices=[("", "Any status")] + list(STAFF_STATUS_LABELS.items()),
        required=False,
    )

    def __init__(self, *args, show_phase: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pathway"].choices = [("", "Any pathway")] + [
            (p.pk, p.title) for p in PathwayPage.objects.live().order_by("title")
        ]
        if not show_phase:
            del self.fields["phase"]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "job_role": data.get("job_role") or "",
            "phase": data.get("phase") or "",
            "pathway_id": data.get("pathway"),
            "status": data.get("status") or "",
        }
