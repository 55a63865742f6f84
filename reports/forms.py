from django import forms

from .selectors import Period


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ImpactFilterForm(forms.Form):
    """The dashboard's period: an academic year, or dates from and to; and the drill-down."""

    year = forms.TypedChoiceField(
        label="Academic year",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Choose an academic year from the list."},
    )
    start = forms.DateField(
        label="From", required=False, widget=DateInput(), help_text="Or choose your own dates."
    )
    end = forms.DateField(label="To", required=False, widget=DateInput())
    provider = forms.IntegerField(required=False, widget=forms.HiddenInput)
    school = forms.IntegerField(required=False, widget=forms.HiddenInput)
    module = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.years = years
        self.fields["year"].choices = [("", "The last 12 months")] + [
            (year, Period.academic_year(year).label) for year in years
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if bool(start) != bool(end):
            self.add_error("end" if start else "start", "Enter both dates, or neither.")
        elif start and end and end < start:
            self.add_error("end", "The end date must be on or after the start date.")
        return data

    def period(self) -> Period:
        """The dates chosen, else the year chosen, else the last twelve months."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("start") and data.get("end"):
            return Period.dates(data["start"], data["end"])
        if data.get("year"):
            return Period.academic_year(data["year"])
        return Period.last_twelve_months()

    def drill(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {key: data.get(key) for key in ("provider", "school", "module")}
