from django import forms

from schools.models import School

from .models import JobRole, User


class SignupForm(forms.Form):
    """Extra fields allauth's sign-up form asks for."""

    first_name = forms.CharField(max_length=150, label="First name")
    last_name = forms.CharField(max_length=150, label="Last name")
    job_role = forms.ChoiceField(
        choices=[("", "Choose your role")] + list(JobRole.choices), label="Your role"
    )
    school = forms.ModelChoiceField(
        queryset=School.objects.all(),
        required=False,
        label="School or setting (optional)",
        empty_label="Not at a county school",
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "job_role",
        "school",
        "password1",
        "password2",
    ]

    def signup(self, request, user):
        """allauth calls this after the user is saved; the adapter has stored the fields."""


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "job_role", "school", "trn"]
        labels = {"trn": "Teacher reference number (optional)"}
